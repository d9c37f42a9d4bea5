/** The middle value (the mean of the two middle ones for an even count); NaN when there is none. */
export function median(values: readonly number[]): number {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  if (sorted.length % 2 === 1) return upper;
  return ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}

/**
 * `name  median   [run run run]   what`, in seconds with `digits` decimals; a missing sample (NaN)
 * shows as `-`.
 */
export function timeRow(
  name: string,
  seconds: readonly number[],
  what: string,
  digits = 2,
): string {
  const runs = seconds.map((value) => fixed(value, digits)).join(" ");
  const middle = fixed(median(seconds), digits).padStart(4 + digits);
  return `${name.padEnd(12)} ${middle}   [${runs}]   ${what}`;
}

/** `name  ratio   target <= 0.5: holds` (or `MISSED`). */
export function ratioRow(name: string, ratio: number, holds: boolean, target: string): string {
  const verdict = holds ? "holds" : "MISSED";
  return `${name.padEnd(12)} ${fixed(ratio).padStart(6)}   target ${target}: ${verdict}`;
}

function fixed(value: number, digits = 2): string {
  return Number.isNaN(value) ? "-" : value.toFixed(digits);
}
