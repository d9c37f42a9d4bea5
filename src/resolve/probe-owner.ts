import { readFileSync, readlinkSync } from "node:fs";
import { hostname } from "node:os";

/**
 * Who created a probe container (docker.ts withProbeContainer), written on it as labels so that a
 * later rbc can tell a probe whose creator died (killed, or cut off from the engine before its
 * removal) from one a live rbc is using. A process is named by its pid and its start time in
 * clock ticks since boot (/proc/<pid>/stat), which a reused pid does not share; a pid means
 * something only in one pid namespace of one boot of one host, so those are recorded too.
 */

/** Every probe container carries it (the value "true"); the sweep lists probes by it. */
export const PROBE_LABEL = "dev.rbc.probe";

export interface ProbeOwner {
  readonly host: string;
  /** /proc/sys/kernel/random/boot_id, new at every boot. */
  readonly bootId: string;
  /** The pid namespace, as /proc/self/ns/pid names it (`pid:[4026531836]`). */
  readonly pidNamespace: string;
  readonly pid: number;
  /** Field 22 of /proc/<pid>/stat. */
  readonly startTicks: string;
}

const LABELS = {
  host: `${PROBE_LABEL}.host`,
  bootId: `${PROBE_LABEL}.boot-id`,
  pidNamespace: `${PROBE_LABEL}.pid-ns`,
  pid: `${PROBE_LABEL}.pid`,
  startTicks: `${PROBE_LABEL}.pid-start`,
} as const;

let current: ProbeOwner | undefined;

/** This process (read once; a field this system does not give is empty). */
export function currentProbeOwner(): ProbeOwner {
  current ??= {
    host: hostname(),
    bootId: readOr(() => readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim()),
    pidNamespace: readOr(() => readlinkSync("/proc/self/ns/pid")),
    pid: process.pid,
    startTicks: processStartTicks(process.pid) ?? "",
  };
  return current;
}

/** The labels of a probe this process creates. */
export function probeLabels(owner: ProbeOwner = currentProbeOwner()): Record<string, string> {
  return {
    [PROBE_LABEL]: "true",
    [LABELS.host]: owner.host,
    [LABELS.bootId]: owner.bootId,
    [LABELS.pidNamespace]: owner.pidNamespace,
    [LABELS.pid]: String(owner.pid),
    [LABELS.startTicks]: owner.startTicks,
  };
}

/** The creator a probe's labels name; undefined for a probe an older rbc made (no owner). */
export function probeOwnerOf(labels: Readonly<Record<string, string>>): ProbeOwner | undefined {
  const pid = Number(labels[LABELS.pid]);
  if (!Number.isSafeInteger(pid) || pid <= 0) return undefined;
  return {
    host: labels[LABELS.host] ?? "",
    bootId: labels[LABELS.bootId] ?? "",
    pidNamespace: labels[LABELS.pidNamespace] ?? "",
    pid,
    startTicks: labels[LABELS.startTicks] ?? "",
  };
}

/** Whether the process `pid`, started at `startTicks`, still runs (in this pid namespace). */
export function processRuns(pid: number, startTicks: string): boolean {
  return processStartTicks(pid) === startTicks;
}

/** Field 22 (starttime) of /proc/<pid>/stat; the fields start after the command's last `)`. */
function processStartTicks(pid: number): string | undefined {
  const stat = readOr(() => readFileSync(`/proc/${pid}/stat`, "utf8"));
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return stat === "" ? undefined : fields[19];
}

function readOr(read: () => string): string {
  try {
    return read();
  } catch {
    return "";
  }
}
