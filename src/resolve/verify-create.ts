import { error, type Diagnostic } from "../diagnostics.ts";
import type { ContainerState, HostConfig } from "../spec/index.ts";
import type { EngineTarget } from "../overlay/index.ts";
import type { CreateRequest } from "./create-request.ts";
import { joinedContainer } from "./donors.ts";

/** The overlay key that sets each checked HostConfig field. */
const overlayKey: Partial<Record<keyof HostConfig, string>> = {
  Memory: "mem_limit",
  MemorySwap: "memswap_limit",
  MemoryReservation: "mem_reservation",
  MemorySwappiness: "mem_swappiness",
  NanoCpus: "cpus",
  CpuPeriod: "cpu_period",
  CpuQuota: "cpu_quota",
  CpuRealtimeRuntime: "cpu_rt_runtime",
  CpuRealtimePeriod: "cpu_rt_period",
  CpusetCpus: "cpuset",
  CpusetMems: "cpuset_mems",
  BlkioWeight: "blkio_config.weight",
  OomScoreAdj: "oom_score_adj",
  ShmSize: "shm_size",
  NetworkMode: "network_mode",
  UTSMode: "uts",
  IpcMode: "ipc",
  PidMode: "pid",
  OomKillDisable: "oom_kill_disable",
  Annotations: "annotations",
};

/** Docker's minimum memory limit and reservation (linuxMinMemory). */
const minMemory = 6 * 1024 * 1024;

/**
 * The create requests the engine refuses whatever its host (moby daemon verifyContainerSettings,
 * verifyPlatformContainerResources, runconfig validateNetMode), checked on the merged settings.
 * Checks that depend on the host (CPU count, cpuset availability, kernel features) are left out.
 */
export function verifyCreate(
  request: CreateRequest,
  state: ContainerState,
  target: EngineTarget,
): Diagnostic[] {
  const hc = state.HostConfig;
  const problems: [keyof HostConfig, Code, string][] = [];
  const check: Check = (failed, field, code, message) => {
    if (failed) problems.push([field, code, message]);
  };
  checkMemory(hc, check);
  checkCpu(hc, check);
  const weight = hc.BlkioWeight ?? 0;
  check(
    weight > 0 && (weight < 10 || weight > 1000),
    "BlkioWeight",
    "OVL202",
    "the blkio weight must be 10 to 1000",
  );
  check(
    hc.OomScoreAdj < -1000 || hc.OomScoreAdj > 1000,
    "OomScoreAdj",
    "OVL202",
    "oom_score_adj must be -1000 to 1000",
  );
  check(hc.ShmSize < 0, "ShmSize", "OVL202", "shm_size must not be negative");
  checkNetwork(request, hc, check);
  check(!validIpcMode(hc.IpcMode), "IpcMode", "OVL202", `invalid IPC mode "${hc.IpcMode}"`);
  check(
    Object.hasOwn(hc.Annotations ?? {}, ""),
    "Annotations",
    "OVL202",
    "an annotation key must not be empty (the runtime spec forbids it; Docker 26.1 refuses it)",
  );
  checkTarget(hc, target, check);
  return [
    ...problems.map(([field, code, message]) =>
      error(code, message, { key: overlayKey[field] ?? field }),
    ),
    ...checkRecursiveReadOnly(request, state, target),
  ];
}

/**
 * A bind that must be recursively read-only (`bind.recursive: readonly`, Docker 25+
 * ReadOnlyForceRecursive): Docker 20.10 has no `rro` and ignores the option, so the mounts below
 * the source would silently stay writable. Docker 26.1 refuses to start such a container on a host
 * that cannot do it; rbc's 26.1 target is a host that can.
 */
function checkRecursiveReadOnly(
  request: CreateRequest,
  state: ContainerState,
  target: EngineTarget,
): Diagnostic[] {
  if (target.docker !== "20.10") return [];
  return state.Mounts.filter((m) => m.ReadOnlyForceRecursive === true).map((m) => {
    const i = (request.mounts ?? []).findIndex((r) => r.Destination === m.Destination);
    const message = `a recursively read-only bind (${m.Destination}) needs target docker 26.1: Docker 20.10 leaves the mounts below its source writable`;
    return error("OVL205", message, {
      key: i === -1 ? "container" : `volumes[${i}].bind.recursive`,
    });
  });
}

type Code = "OVL202" | "OVL204" | "OVL205";

type Check = (failed: boolean, field: keyof HostConfig, code: Code, message: string) => void;

/**
 * Settings the target's engine or host cannot express. On cgroup v2 Docker has no real-time CPU
 * scheduler settings at all: the API refuses them for any v2 host (runconfig validateResources,
 * sysinfo CPURealtime is false on v2). Memory swappiness and the OOM-killer switch have no v2
 * knob either: verifyPlatformContainerResources discards them, controllers or not (sysinfo
 * MemorySwappiness and OomKillDisable are false on v2), which rbc refuses rather than drop a
 * setting silently (`oom_kill_disable: false` is the default and says nothing). Docker 26.1 also
 * refuses at create a UTS or PID mode it does not know, which 20.10 ran with a private namespace
 * (verifyPlatformContainerSettings).
 */
function checkTarget(hc: HostConfig, target: EngineTarget, check: Check): void {
  if (target.cgroup === "v2") {
    const rt =
      "cgroup v2 has no real-time CPU scheduler settings (Docker refuses them on a v2 host)";
    check((hc.CpuRealtimeRuntime ?? 0) !== 0, "CpuRealtimeRuntime", "OVL205", rt);
    check((hc.CpuRealtimePeriod ?? 0) !== 0, "CpuRealtimePeriod", "OVL205", rt);
    const swappiness =
      "cgroup v2 has no memory swappiness (Docker discards mem_swappiness on a v2 host)";
    check((hc.MemorySwappiness ?? null) !== null, "MemorySwappiness", "OVL205", swappiness);
    const oom =
      "cgroup v2 cannot disable the OOM killer (Docker discards oom_kill_disable on a v2 host)";
    check(hc.OomKillDisable === true, "OomKillDisable", "OVL205", oom);
  }
  if (target.docker === "20.10") return;
  const refused = (what: string): string => `Docker 26.1 refuses ${what} at create`;
  const uts = hc.UTSMode;
  check(uts !== "" && uts !== "host", "UTSMode", "OVL205", refused(`the UTS mode "${uts}"`));
  const pid = hc.PidMode;
  const pidOk = pid === "" || pid === "host" || /^container:./.test(pid);
  check(!pidOk, "PidMode", "OVL205", refused(`the PID mode "${pid}"`));
}

/** IpcMode.Valid: Docker refuses any other mode (20.10 at start, 26.1 at create). */
function validIpcMode(mode: string): boolean {
  return (
    ["", "private", "shareable", "none", "host"].includes(mode) || mode.startsWith("container:")
  );
}

function checkMemory(hc: HostConfig, check: Check): void {
  const memory = hc.Memory ?? 0;
  const swap = hc.MemorySwap ?? 0;
  const reservation = hc.MemoryReservation ?? 0;
  check(memory !== 0 && memory < minMemory, "Memory", "OVL202", "the minimum memory limit is 6MB");
  check(
    memory > 0 && swap > 0 && swap < memory,
    "MemorySwap",
    "OVL204",
    "memswap_limit must be at least mem_limit",
  );
  check(memory === 0 && swap > 0, "MemorySwap", "OVL204", "memswap_limit needs mem_limit");
  check(
    reservation !== 0 && reservation < minMemory,
    "MemoryReservation",
    "OVL202",
    "the minimum memory reservation is 6MB",
  );
  check(
    memory > 0 && reservation > memory,
    "MemoryReservation",
    "OVL204",
    "mem_reservation must not exceed mem_limit",
  );
  const swappiness = hc.MemorySwappiness ?? null;
  check(
    swappiness !== null && (swappiness < 0 || swappiness > 100),
    "MemorySwappiness",
    "OVL202",
    "mem_swappiness must be 0 to 100",
  );
}

function checkCpu(hc: HostConfig, check: Check): void {
  const nano = hc.NanoCpus ?? 0;
  const period = hc.CpuPeriod ?? 0;
  const quota = hc.CpuQuota ?? 0;
  check(nano < 0, "NanoCpus", "OVL202", "cpus must not be negative");
  check(nano > 0 && period > 0, "NanoCpus", "OVL204", "cpus and cpu_period cannot both be set");
  check(nano > 0 && quota > 0, "NanoCpus", "OVL204", "cpus and cpu_quota cannot both be set");
  check(
    period !== 0 && (period < 1000 || period > 1000000),
    "CpuPeriod",
    "OVL202",
    "cpu_period must be 1000 to 1000000 (1ms to 1s)",
  );
  check(quota > 0 && quota < 1000, "CpuQuota", "OVL202", "cpu_quota must be at least 1000 (1ms)");
  const rtRuntime = hc.CpuRealtimeRuntime ?? 0;
  const rtPeriod = hc.CpuRealtimePeriod ?? 0;
  check(
    rtRuntime !== 0 && rtPeriod !== 0 && rtRuntime > rtPeriod,
    "CpuRealtimeRuntime",
    "OVL204",
    "cpu_rt_runtime must not exceed cpu_rt_period",
  );
  check(
    !isCpuList(hc.CpusetCpus ?? ""),
    "CpusetCpus",
    "OVL202",
    `invalid cpuset "${hc.CpusetCpus ?? ""}"`,
  );
  check(
    !isCpuList(hc.CpusetMems ?? ""),
    "CpusetMems",
    "OVL202",
    `invalid cpuset_mems "${hc.CpusetMems ?? ""}"`,
  );
}

/** Empty, or comma-separated numbers and ascending ranges (`0-3,8`; pkg/parsers ParseUintList). */
function isCpuList(list: string): boolean {
  if (list === "") return true;
  return list.split(",").every((part) => {
    const range = /^(\d+)(?:-(\d+))?$/.exec(part);
    return range !== null && (range[2] === undefined || Number(range[2]) >= Number(range[1]));
  });
}

/** runconfig validateNetMode: a joined network brings its own name, DNS, hosts and ports. */
function checkNetwork(request: CreateRequest, hc: HostConfig, check: Check): void {
  const joined = joinedContainer(hc.NetworkMode) !== undefined;
  const hostname = (request.config.Hostname ?? "") !== "";
  const conflict = (what: string): string =>
    `${what} cannot be set with network_mode ${hc.NetworkMode}`;
  check(joined && hostname, "NetworkMode", "OVL204", conflict("hostname"));
  check(joined && (hc.Dns ?? []).length > 0, "NetworkMode", "OVL204", conflict("dns"));
  check(
    joined && (hc.ExtraHosts ?? []).length > 0,
    "NetworkMode",
    "OVL204",
    conflict("extra_hosts"),
  );
  check(
    joined && Object.keys(hc.PortBindings ?? {}).length > 0,
    "NetworkMode",
    "OVL204",
    conflict("ports"),
  );
  check(
    hc.UTSMode === "host" && hostname,
    "UTSMode",
    "OVL204",
    "hostname cannot be set with uts host",
  );
}
