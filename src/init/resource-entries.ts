import type { HostConfig, ThrottleDevice } from "../spec/index.ts";
import type { OverlayEntry } from "./overlay-document.ts";
import { sameSetting } from "./init-overlay.ts";

type Field = keyof HostConfig;

/** A HostConfig field that one overlay key sets, with the value the overlay writes for it. */
interface Simple {
  readonly field: Field;
  readonly key: OverlayEntry["key"];
  readonly value?: (v: never) => unknown;
}

/** The resource keys that set one HostConfig field each (resource-request.ts, the other way). */
const simpleFields: readonly Simple[] = [
  { field: "Memory", key: "mem_limit" },
  { field: "MemoryReservation", key: "mem_reservation" },
  { field: "MemorySwap", key: "memswap_limit" },
  { field: "MemorySwappiness", key: "mem_swappiness" },
  { field: "OomKillDisable", key: "oom_kill_disable" },
  { field: "OomScoreAdj", key: "oom_score_adj" },
  { field: "NanoCpus", key: "cpus", value: (nano: number) => cpusOf(nano) },
  { field: "CpuShares", key: "cpu_shares" },
  { field: "CpuQuota", key: "cpu_quota" },
  { field: "CpuPeriod", key: "cpu_period" },
  { field: "CpuRealtimeRuntime", key: "cpu_rt_runtime" },
  { field: "CpuRealtimePeriod", key: "cpu_rt_period" },
  { field: "CpusetCpus", key: "cpuset" },
  { field: "CpusetMems", key: "cpuset_mems" },
  { field: "PidsLimit", key: "pids_limit" },
  { field: "ShmSize", key: "shm_size" },
  { field: "Sysctls", key: "sysctls" },
  {
    field: "Ulimits",
    key: "ulimits",
    value: (list: readonly { Name: string; Soft: number; Hard: number }[]) =>
      Object.fromEntries(list.map((u) => [u.Name, { soft: u.Soft, hard: u.Hard }])),
  },
];

/** The resource keys of the container's settings that differ from the image's `baseline`. */
export function resourceEntries(hc: HostConfig, baseline: HostConfig): OverlayEntry[] {
  const entries = simpleFields.flatMap(({ field, key, value }): OverlayEntry[] => {
    const own = hc[field];
    const base = field === "MemorySwap" ? derivedSwap(hc, baseline) : baseline[field];
    if (sameSetting(own, base, field === "MemorySwappiness") || own === undefined) return [];
    const written = value === undefined ? own : value(own as never);
    return [{ key, value: written, comment: `HostConfig.${field}` } as OverlayEntry];
  });
  const blkio = blkioEntry(hc, baseline);
  return blkio === undefined ? entries : [...entries, blkio];
}

/** The swap limit Docker derives from a memory limit: twice the limit (adaptContainerSettings). */
function derivedSwap(hc: HostConfig, baseline: HostConfig): number | undefined {
  const memory = hc.Memory ?? 0;
  return memory > 0 ? 2 * memory : baseline.MemorySwap;
}

/** NanoCpus as the decimal number of CPUs `cpus` takes (exactly: 1500000000 → 1.5). */
function cpusOf(nano: number): number {
  const whole = Math.trunc(nano / 1e9);
  const fraction = String(Math.abs(nano % 1e9))
    .padStart(9, "0")
    .replace(/0+$/, "");
  return Number(fraction === "" ? String(whole) : `${whole}.${fraction}`);
}

const throttles = [
  ["BlkioDeviceReadBps", "device_read_bps"],
  ["BlkioDeviceWriteBps", "device_write_bps"],
  ["BlkioDeviceReadIOps", "device_read_iops"],
  ["BlkioDeviceWriteIOps", "device_write_iops"],
] as const;

function blkioEntry(hc: HostConfig, baseline: HostConfig): OverlayEntry | undefined {
  const value: Record<string, unknown> = {};
  const fields: string[] = [];
  if (!sameSetting(hc.BlkioWeight ?? 0, baseline.BlkioWeight ?? 0)) {
    value["weight"] = hc.BlkioWeight;
    fields.push("BlkioWeight");
  }
  if (!sameSetting(hc.BlkioWeightDevice, baseline.BlkioWeightDevice)) {
    value["weight_device"] = (hc.BlkioWeightDevice ?? []).map((d) => ({
      path: d.Path,
      weight: d.Weight,
    }));
    fields.push("BlkioWeightDevice");
  }
  for (const [field, key] of throttles) {
    if (sameSetting(hc[field], baseline[field])) continue;
    value[key] = (hc[field] ?? []).map((d: ThrottleDevice) => ({ path: d.Path, rate: d.Rate }));
    fields.push(field);
  }
  if (fields.length === 0) return undefined;
  const comment = fields.map((f) => `HostConfig.${f}`).join(", ");
  return { key: "blkio_config", value, comment };
}
