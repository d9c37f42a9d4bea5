import type { HostConfig } from "./container-state.ts";
import type { OciBlockIO, OciCpu, OciDeviceRule, OciMemory, OciResources } from "./oci-types.ts";
import { optionalField } from "./optional-field.ts";

/**
 * `linux.resources` (config-linux.md#control-groups) in the runtime-spec field order: the device
 * allow-list, memory, cpu, pids (only with a positive limit), blockIO. Docker's WithResources
 * always writes memory.disableOOMKiller (cgroup v1), cpu.shares and blockIO.weight.
 */
export function buildResources(
  hc: HostConfig,
  deviceRules: OciDeviceRule[],
  blockIO: OciBlockIO,
): OciResources {
  const pids = hc.PidsLimit ?? 0;
  return {
    devices: deviceRules,
    memory: buildMemory(hc),
    cpu: buildCpu(hc),
    ...(pids > 0 ? { pids: { limit: pids } } : {}),
    blockIO,
  };
}

/**
 * moby getMemoryResources: limit, reservation and swap only when positive (MemorySwap -1 is
 * unlimited; create already doubled an unset swap), swappiness when set (create turns -1 into
 * unset), disableOOMKiller always (create stores false when unset).
 */
export function buildMemory(hc: HostConfig): OciMemory {
  const positive = (value: number | undefined): number | undefined =>
    value !== undefined && value > 0 ? value : undefined;
  const swappiness = hc.MemorySwappiness ?? undefined;
  return {
    ...optionalField("limit", positive(hc.Memory)),
    ...optionalField("reservation", positive(hc.MemoryReservation)),
    ...optionalField("swap", positive(hc.MemorySwap)),
    ...optionalField(
      "swappiness",
      swappiness !== undefined && swappiness >= 0 ? swappiness : undefined,
    ),
    disableOOMKiller: hc.OomKillDisable ?? false,
  };
}

/** CFS period Docker uses for `--cpus` (100ms, in microseconds). */
const nanoCpusPeriod = 100000;

/**
 * moby getCPUResources: shares always; `--cpus` (NanoCpus) sets period 100000 and
 * quota NanoCpus * 100000 / 1e9 (integer division); CpuPeriod and CpuQuota, when non-zero, win;
 * realtime values when non-zero; cpuset lists when non-empty.
 */
export function buildCpu(hc: HostConfig): OciCpu {
  const nonZero = (value: number | undefined): number | undefined =>
    value === undefined || value === 0 ? undefined : value;
  const nano = hc.NanoCpus ?? 0;
  const nanoQuota = nano > 0 ? nanoCpusQuota(nano) : undefined;
  const nanoPeriod = nano > 0 ? nanoCpusPeriod : undefined;
  return {
    shares: hc.CpuShares ?? 0,
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

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === "" ? undefined : value;
}
