import type { EngineTarget } from "../overlay/index.ts";
import type { HostConfig } from "./container-state.ts";
import type { OciBlockIO, OciCpu, OciDeviceRule, OciMemory, OciResources } from "./oci-types.ts";
import { optionalField } from "./optional-field.ts";

/**
 * `linux.resources` (config-linux.md#control-groups) in the runtime-spec field order: the device
 * allow-list, memory, cpu, pids (only with a positive limit), blockIO. Docker 20.10's
 * WithResources always writes memory, cpu (with its shares) and blockIO; 26.1 leaves out a memory
 * or cpu object that would be empty (getMemoryResources, getCPUResources return nil).
 */
export function buildResources(
  hc: HostConfig,
  deviceRules: OciDeviceRule[],
  blockIO: OciBlockIO,
  target: EngineTarget,
): OciResources {
  const pids = hc.PidsLimit ?? 0;
  const memory = buildMemory(hc, target);
  const cpu = buildCpu(hc, target);
  const keep = (value: object): boolean =>
    target.docker === "20.10" || Object.keys(value).length > 0;
  return {
    devices: deviceRules,
    ...(keep(memory) ? { memory } : {}),
    ...(keep(cpu) ? { cpu } : {}),
    ...(pids > 0 ? { pids: { limit: pids } } : {}),
    blockIO,
  };
}

/**
 * moby getMemoryResources: limit, reservation and swap only when positive (MemorySwap -1 is
 * unlimited; create already doubled an unset swap), swappiness when set (create turns -1 into
 * unset), disableOOMKiller when set (create stores false when unset; 20.10 writes it always).
 * On cgroup v2 verifyPlatformContainerResources unsets swappiness and OomKillDisable, whatever
 * they were: v2 has neither knob (sysinfo MemorySwappiness and OomKillDisable are false on v2).
 * resolve refuses a swappiness or `oom_kill_disable: true` for a v2 target.
 */
export function buildMemory(hc: HostConfig, target: EngineTarget): OciMemory {
  const v1 = target.cgroup === "v1";
  const swappiness = v1 ? (hc.MemorySwappiness ?? undefined) : undefined;
  return {
    ...optionalField("limit", positive(hc.Memory)),
    ...optionalField("reservation", positive(hc.MemoryReservation)),
    ...optionalField("swap", positive(hc.MemorySwap)),
    ...optionalField(
      "swappiness",
      swappiness !== undefined && swappiness >= 0 ? swappiness : undefined,
    ),
    ...optionalField("disableOOMKiller", v1 ? oomKillDisable(hc, target) : undefined),
  };
}

function oomKillDisable(hc: HostConfig, target: EngineTarget): boolean | undefined {
  if (target.docker === "20.10") return hc.OomKillDisable ?? false;
  return hc.OomKillDisable ?? undefined;
}

/** CFS period Docker uses for `--cpus` (100ms, in microseconds). */
const nanoCpusPeriod = 100000;

/**
 * moby getCPUResources: shares always on 20.10, only when positive on 26.1; `--cpus` (NanoCpus)
 * sets period 100000 and quota NanoCpus * 100000 / 1e9 (integer division); CpuPeriod and
 * CpuQuota, when non-zero, win; realtime values when non-zero; cpuset lists when non-empty.
 */
export function buildCpu(hc: HostConfig, target: EngineTarget): OciCpu {
  const nonZero = (value: number | undefined): number | undefined =>
    value === undefined || value === 0 ? undefined : value;
  const nano = hc.NanoCpus ?? 0;
  const nanoQuota = nano > 0 ? nanoCpusQuota(nano) : undefined;
  const nanoPeriod = nano > 0 ? nanoCpusPeriod : undefined;
  return {
    ...(target.docker === "20.10"
      ? { shares: hc.CpuShares ?? 0 }
      : optionalField("shares", positive(hc.CpuShares))),
    ...optionalField("quota", nonZero(hc.CpuQuota) ?? nanoQuota),
    ...optionalField("period", nonZero(hc.CpuPeriod) ?? nanoPeriod),
    ...optionalField("realtimeRuntime", nonZero(hc.CpuRealtimeRuntime)),
    ...optionalField("realtimePeriod", nonZero(hc.CpuRealtimePeriod)),
    ...optionalField("cpus", nonEmpty(hc.CpusetCpus)),
    ...optionalField("mems", nonEmpty(hc.CpusetMems)),
  };
}

/** Integer arithmetic as Go's int64 does it; the product can exceed 2^53. */
function nanoCpusQuota(nanoCpus: number): number {
  return Number((BigInt(Math.trunc(nanoCpus)) * BigInt(nanoCpusPeriod)) / 1_000_000_000n);
}

function positive(value: number | undefined): number | undefined {
  return value !== undefined && value > 0 ? value : undefined;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === "" ? undefined : value;
}
