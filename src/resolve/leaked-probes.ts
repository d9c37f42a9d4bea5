import { probeOwnerOf, type ProbeOwner } from "./probe-owner.ts";

/**
 * Which probe containers were left behind (their creator was killed, or lost the engine before
 * removing them) and may go, and which another rbc may be using right now and must stay:
 * - a probe older than `maxAgeSeconds` goes, whoever made it: a probe lives for a few engine
 *   calls, each with a timeout;
 * - a younger one goes only when its creator ran in this very pid namespace of this boot of this
 *   host and runs no more (`runs` tells, by pid and start time). A probe made elsewhere (another
 *   host or container sharing the engine, or an older rbc that wrote no owner) waits for its age.
 */

/** A probe as the engine lists it (`GET /containers/json`). */
export interface ListedProbe {
  readonly id: string;
  /** Creation time, in seconds since the epoch (the engine's clock). */
  readonly created: number;
  readonly labels: Readonly<Record<string, string>>;
}

export interface LeakedProbesOptions {
  readonly self: ProbeOwner;
  readonly nowSeconds: number;
  readonly maxAgeSeconds: number;
  readonly runs: (pid: number, startTicks: string) => boolean;
}

export function leakedProbes(
  probes: readonly ListedProbe[],
  options: LeakedProbesOptions,
): string[] {
  return probes
    .filter((probe) => isLeaked(probe, options))
    .map((probe) => probe.id)
    .sort();
}

function isLeaked(probe: ListedProbe, options: LeakedProbesOptions): boolean {
  if (probe.created < options.nowSeconds - options.maxAgeSeconds) return true;
  const owner = probeOwnerOf(probe.labels);
  if (owner === undefined || !sameProcessSpace(owner, options.self)) return false;
  return !options.runs(owner.pid, owner.startTicks);
}

/** Whether a pid of `owner` can be looked up here: same host, boot and pid namespace, all known. */
function sameProcessSpace(owner: ProbeOwner, self: ProbeOwner): boolean {
  return (
    owner.startTicks !== "" &&
    [owner.host, owner.bootId, owner.pidNamespace].every((value) => value !== "") &&
    owner.host === self.host &&
    owner.bootId === self.bootId &&
    owner.pidNamespace === self.pidNamespace
  );
}

/** The probes of a `GET /containers/json` answer; entries of another shape are skipped. */
export function toListedProbes(json: unknown): ListedProbe[] {
  if (!Array.isArray(json)) return [];
  const probes: ListedProbe[] = [];
  for (const item of json as unknown[]) {
    const { Id, Created, Labels } = (item ?? {}) as Record<string, unknown>;
    if (typeof Id !== "string" || typeof Created !== "number") continue;
    const labels = typeof Labels === "object" && Labels !== null ? Labels : {};
    probes.push({ id: Id, created: Created, labels: labels as Record<string, string> });
  }
  return probes;
}
