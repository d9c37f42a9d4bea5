import { parseByteSize } from "./byte-size.ts";
import { parseDuration } from "./duration.ts";
import type { ReplacedKey, ReplacedSettings } from "./layer.ts";
import type { OverlayDocument } from "./overlay-document.ts";
import { splitShellWords } from "./shell-words.ts";
import { stopSignalProblem } from "./stop-signal.ts";

/**
 * How each replaced key (a scalar or list a later overlay replaces whole: `image`, `command`,
 * `mem_limit`, `stop_grace_period`, ...) reads its raw YAML value into its normal form.
 */

type Read<T> = { readonly value: T } | { readonly problem: string };

type ReplacedReader<K extends ReplacedKey> = (
  raw: NonNullable<OverlayDocument[K]>,
) => Read<ReplacedSettings[K]>;

const same = <T>(value: T) => ({ value });

/**
 * Turns each replaced setting's accepted forms into its normal form: sizes to bytes, durations to
 * seconds, `cpus` to a number. Ranges and fixed values (`ipc`, `oom_score_adj`) the schema checks;
 * forms it cannot express become problems here.
 *
 * `command` and `entrypoint` strings become words. An empty result stays empty here: for
 * `entrypoint` it means "reset", and for `command` merge.ts drops it, as Docker ignores an empty Cmd.
 */
export const replacedReaders: { readonly [K in ReplacedKey]: ReplacedReader<K> } = {
  command: (raw) => words("command", raw),
  entrypoint: (raw) => words("entrypoint", raw),
  user: same,
  working_dir: readWorkingDir,
  container_name: same,
  hostname: same,
  domainname: same,
  tty: same,
  read_only: same,
  privileged: same,
  mem_limit: parseByteSize,
  mem_reservation: parseByteSize,
  // -1: unlimited swap.
  memswap_limit: (raw) => (raw === -1 || raw === "-1" ? { value: -1 } : parseByteSize(raw)),
  mem_swappiness: same,
  oom_kill_disable: same,
  oom_score_adj: same,
  cpus: readCpus,
  cpu_shares: same,
  cpu_quota: same,
  cpu_period: same,
  cpu_rt_runtime: (raw) => microseconds("cpu_rt_runtime", raw),
  cpu_rt_period: (raw) => microseconds("cpu_rt_period", raw),
  cpuset: (raw) => readCpuList("cpuset", raw),
  cpuset_mems: (raw) => readCpuList("cpuset_mems", raw),
  pids_limit: same,
  shm_size: parseByteSize,
  init: same,
  ipc: same,
  pid: same,
  uts: same,
  userns_mode: same,
  cgroup: same,
  cgroup_parent: same,
  // Docker treats `default` as the default network, the bridge.
  network_mode: (raw) => ({ value: raw === "default" ? "bridge" : raw }),
  stop_signal: (raw) => {
    const problem = stopSignalProblem(raw);
    return problem === undefined ? { value: raw } : { problem };
  },
  stop_grace_period: readGracePeriod,
};

function words(key: string, raw: string | readonly string[]): Read<readonly string[]> {
  if (typeof raw !== "string") return { value: raw };
  const split = splitShellWords(raw);
  if ("problem" in split)
    return { problem: `"${key}" cannot be split into words: ${split.problem}` };
  return { value: split.words };
}

/** Docker refuses a relative working directory (daemon verifyContainerSettings). */
function readWorkingDir(raw: string): Read<string> {
  if (raw.startsWith("/")) return { value: raw };
  return {
    problem: `"working_dir" must be an absolute path, as Docker requires, got ${JSON.stringify(raw)}`,
  };
}

/**
 * Docker accepts CPU and memory node numbers up to 8192, "the normal maximum number of CPUs in
 * Linux" (moby pkg/sysinfo isCpusetListAvailable, parsers.ParseUintListMaximum), or more only on
 * a host that has more; a bundle must not depend on the build host, so 8192 it is.
 */
const maxCpusetNumber = 8192;

function readCpuList(key: string, raw: string): Read<string> {
  const numbers = raw.split(/[,-]/).map(Number);
  if (numbers.every((n) => n <= maxCpusetNumber)) return { value: raw };
  return {
    problem: `"${key}" numbers must be at most ${maxCpusetNumber}, got ${JSON.stringify(raw)}`,
  };
}

/** A number, or a decimal string as `docker run --cpus` takes it (`1.5`, `.5`); above 0. */
function readCpus(raw: number | string): Read<number> {
  const value = typeof raw === "number" ? raw : Number(raw.trim());
  const decimal = typeof raw === "number" || /^\s*(\d+(\.\d*)?|\.\d+)\s*$/.test(raw);
  if (decimal && value > 0) return { value };
  const got = typeof raw === "number" ? String(raw) : JSON.stringify(raw);
  return { problem: `"cpus" must be a number of CPUs greater than 0, such as 1.5, got ${got}` };
}

/** Seconds, or a duration string; seconds may have a fraction. */
function readGracePeriod(raw: number | string): Read<number> {
  const nanoseconds = typeof raw === "number" ? raw * 1e9 : parseDuration(raw);
  // Go's time.Duration holds at most 2^63-1 ns (about 292 years); ParseDuration refuses more.
  if (nanoseconds !== undefined && nanoseconds <= maxDurationNanoseconds) {
    return { value: nanoseconds / 1e9 };
  }
  return {
    problem: `"stop_grace_period" must be a duration such as "10s", "1m30s" or "500ms", or a number of seconds, got ${JSON.stringify(raw)}`,
  };
}

const maxDurationNanoseconds = 2 ** 63 - 1;

/** The realtime CPU settings count microseconds; Compose also takes a duration (`95ms`). */
function microseconds(key: string, raw: number | string): Read<number> {
  if (typeof raw === "number") return { value: raw };
  const nanoseconds = parseDuration(raw);
  if (nanoseconds !== undefined && nanoseconds <= maxDurationNanoseconds) {
    return { value: Math.round(nanoseconds / 1e3) };
  }
  return {
    problem: `"${key}" must be a number of microseconds or a duration such as "95ms", got ${JSON.stringify(raw)}`,
  };
}
