import type { Ulimit } from "./container-state.ts";
import type { OciRlimit, Uint64 } from "./oci-types.ts";

/**
 * `process.rlimits` (config.md#posix-process) from HostConfig.Ulimits, in their order, as Docker's
 * WithRlimits writes them: `RLIMIT_` + the upper-cased name, and the values converted to uint64, so
 * -1 (unlimited) becomes 18446744073709551615. Absent without ulimits (rbc has no daemon
 * `--default-ulimit`s to append).
 */
export function buildRlimits(
  ulimits: readonly Ulimit[] | null | undefined,
): OciRlimit[] | undefined {
  if (ulimits === null || ulimits === undefined || ulimits.length === 0) return undefined;
  return ulimits.map((u) => ({
    type: `RLIMIT_${u.Name.toUpperCase()}`,
    hard: toUint64(u.Hard),
    soft: toUint64(u.Soft),
  }));
}

/** Go's uint64(int64): a negative value wraps around modulo 2^64. */
function toUint64(value: number): Uint64 {
  return value < 0 ? 2n ** 64n + BigInt(value) : value;
}
