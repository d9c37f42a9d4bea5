import { error, type Diagnostic } from "../diagnostics.ts";
import type { BlkioSettings, OverlaySettings } from "../overlay/index.ts";
import type { HostConfig, ThrottleDevice, Ulimit, WeightDevice } from "../spec/index.ts";
import type { HostConfigRequest } from "./host-config-request.ts";

/**
 * The resource settings of an overlay as the HostConfig fields `docker run` sends: limits, CPU,
 * block I/O, ulimits and sysctls, with the CLI's own checks (ulimit names, the sysctl allow-list,
 * blkio device paths, CPU precision) as diagnostics at the overlay key.
 */
export function resourceRequest(s: OverlaySettings, diagnostics: Diagnostic[]): HostConfigRequest {
  const hc: HostConfigRequest = {};
  if (s.ulimits !== undefined) hc.Ulimits = ulimits(s.ulimits, diagnostics);
  if (s.sysctls !== undefined) hc.Sysctls = sysctls(s.sysctls, diagnostics);
  if (s.mem_limit !== undefined) hc.Memory = s.mem_limit;
  if (s.mem_reservation !== undefined) hc.MemoryReservation = s.mem_reservation;
  if (s.memswap_limit !== undefined) hc.MemorySwap = s.memswap_limit;
  if (s.mem_swappiness !== undefined) hc.MemorySwappiness = s.mem_swappiness;
  if (s.oom_kill_disable !== undefined) hc.OomKillDisable = s.oom_kill_disable;
  if (s.oom_score_adj !== undefined) hc.OomScoreAdj = s.oom_score_adj;
  if (s.cpus !== undefined) {
    const nano = nanoCpus(s.cpus);
    if (nano === undefined) {
      diagnostics.push(
        error("OVL202", `cpus ${s.cpus} is too precise (at most 9 decimals)`, { key: "cpus" }),
      );
    } else hc.NanoCpus = nano;
  }
  if (s.cpu_shares !== undefined) hc.CpuShares = s.cpu_shares;
  if (s.cpu_quota !== undefined) hc.CpuQuota = s.cpu_quota;
  if (s.cpu_period !== undefined) hc.CpuPeriod = s.cpu_period;
  if (s.cpu_rt_runtime !== undefined) hc.CpuRealtimeRuntime = s.cpu_rt_runtime;
  if (s.cpu_rt_period !== undefined) hc.CpuRealtimePeriod = s.cpu_rt_period;
  if (s.cpuset !== undefined) hc.CpusetCpus = s.cpuset;
  if (s.cpuset_mems !== undefined) hc.CpusetMems = s.cpuset_mems;
  if (s.pids_limit !== undefined) hc.PidsLimit = s.pids_limit;
  if (s.shm_size !== undefined) hc.ShmSize = s.shm_size;
  if (s.blkio_config !== undefined) Object.assign(hc, blkio(s.blkio_config, diagnostics));
  return hc;
}

/**
 * `cpus` as NanoCpus, computed from the number's decimal form so that 1.1 gives exactly
 * 1100000000 (Docker's opts.ParseCPUs uses exact rationals); undefined below a nano-CPU.
 */
export function nanoCpus(cpus: number): number | undefined {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(String(cpus));
  if (!match) return undefined;
  const [, sign = "", whole = "", fraction = "", exponent = "0"] = match;
  const digits = BigInt(`${sign}${whole}${fraction}`);
  const scale = Number(exponent) - fraction.length + 9;
  if (scale >= 0) return Number(digits * 10n ** BigInt(scale));
  const divisor = 10n ** BigInt(-scale);
  return digits % divisor === 0n ? Number(digits / divisor) : undefined;
}

/** go-units' ulimit names. */
const ulimitNames = new Set([
  "core",
  "cpu",
  "data",
  "fsize",
  "locks",
  "memlock",
  "msgqueue",
  "nice",
  "nofile",
  "nproc",
  "rss",
  "rtprio",
  "rttime",
  "sigpending",
  "stack",
]);

function ulimits(
  settings: NonNullable<OverlaySettings["ulimits"]>,
  diagnostics: Diagnostic[],
): Ulimit[] {
  return Object.entries(settings).flatMap(([name, { soft, hard }]) => {
    const key = `ulimits.${name}`;
    if (!ulimitNames.has(name)) {
      diagnostics.push(error("OVL202", `unknown ulimit "${name}"`, { key }));
      return [];
    }
    // go-units ParseUlimit compares the raw numbers, so a soft limit above -1 (unlimited) fails too.
    if (soft > hard) {
      diagnostics.push(
        error("OVL202", `ulimit ${name}: soft limit ${soft} exceeds hard limit ${hard}`, { key }),
      );
      return [];
    }
    return [{ Name: name, Soft: soft, Hard: hard }];
  });
}

/** The CLI's allow-list of namespaced sysctls (opts.ValidateSysctl). */
function isAllowedSysctl(name: string): boolean {
  const ipc = [
    "kernel.msgmax",
    "kernel.msgmnb",
    "kernel.msgmni",
    "kernel.sem",
    "kernel.shmall",
    "kernel.shmmax",
    "kernel.shmmni",
    "kernel.shm_rmid_forced",
  ];
  return ipc.includes(name) || name.startsWith("net.") || name.startsWith("fs.mqueue.");
}

function sysctls(
  settings: Readonly<Record<string, string>>,
  diagnostics: Diagnostic[],
): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(settings)) {
    if (isAllowedSysctl(name)) kept[name] = value;
    else {
      diagnostics.push(
        error(
          "OVL202",
          `sysctl "${name}" is not namespaced (Docker allows net.*, fs.mqueue.* and IPC kernel.* ones)`,
          {
            key: `sysctls.${name}`,
          },
        ),
      );
    }
  }
  return kept;
}

type ThrottleKey =
  "device_read_bps" | "device_write_bps" | "device_read_iops" | "device_write_iops";

const throttleFields: readonly (readonly [ThrottleKey, keyof HostConfig])[] = [
  ["device_read_bps", "BlkioDeviceReadBps"],
  ["device_write_bps", "BlkioDeviceWriteBps"],
  ["device_read_iops", "BlkioDeviceReadIOps"],
  ["device_write_iops", "BlkioDeviceWriteIOps"],
];

/** `blkio_config` (opts.ValidateWeightDevice, ValidateThrottle*Device: paths under /dev/). */
function blkio(settings: BlkioSettings, diagnostics: Diagnostic[]): HostConfigRequest {
  const hc: HostConfigRequest = {};
  if (settings.weight !== undefined) hc.BlkioWeight = settings.weight;
  const devicePath = (path: string, key: string): boolean => {
    if (path.startsWith("/dev/")) return true;
    diagnostics.push(error("SPC505", `block device "${path}" is not under /dev/`, { key }));
    return false;
  };
  if (settings.weight_device !== undefined) {
    hc.BlkioWeightDevice = settings.weight_device.flatMap((d, i): WeightDevice[] => {
      const key = `blkio_config.weight_device[${i}]`;
      if (!devicePath(d.path, key)) return [];
      if (d.weight > 0 && (d.weight < 10 || d.weight > 1000)) {
        diagnostics.push(error("OVL202", `device weight ${d.weight} is not 10 to 1000`, { key }));
        return [];
      }
      return [{ Path: d.path, Weight: d.weight }];
    });
  }
  for (const [name, field] of throttleFields) {
    const list = settings[name];
    if (list === undefined) continue;
    const devices = list.flatMap((d, i): ThrottleDevice[] =>
      devicePath(d.path, `blkio_config.${name}[${i}]`) ? [{ Path: d.path, Rate: d.rate }] : [],
    );
    Object.assign(hc, { [field]: devices });
  }
  return hc;
}
