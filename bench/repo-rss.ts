import type { RepositoryResult, StepResult } from "./repo-result.ts";

/** The targets for memory (issue 14); never asserted, only reported. */
const PEAK_RSS_MIB = 400;
const TARGET_BUNDLES = 1000;
/** Our reading of "flat in the number of bundles": at most a quarter more at 1,000 bundles. */
const FLAT_RSS_GROWTH = 1.25;

const STEPS = [
  ["build (cold)", (result) => result.build],
  ["check", (result) => result.check],
  ["check --offline", (result) => result.offline],
  ["check (retagged)", (result) => result.retag],
] as const satisfies readonly (readonly [string, (result: RepositoryResult) => StepResult])[];

/**
 * Each step's peak RSS at each N, its growth per bundle between the smallest and the largest N,
 * and at 1,000 bundles: measured when 1,000 was run, else extrapolated linearly from the smallest
 * and largest N (labelled so); then the two memory targets.
 */
export function rssRows(results: readonly RepositoryResult[]): string[] {
  const sorted = [...results].sort((a, b) => a.bundles - b.bundles);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (first === undefined || last === undefined) return [];
  const measured = sorted.find((result) => result.bundles === TARGET_BUNDLES);
  const two = first.bundles !== last.bundles;
  const at1000 = (step: (result: RepositoryResult) => StepResult) => {
    if (measured !== undefined) return mib(step(measured));
    if (!two) return Number.NaN;
    return mib(step(first)) + slope(first, last, step) * (TARGET_BUNDLES - first.bundles);
  };
  const how =
    measured !== undefined
      ? "measured"
      : two
        ? `linear from N=${first.bundles} and N=${last.bundles}`
        : "not measured";
  const header = [
    "peak RSS, MiB".padEnd(18),
    ...sorted.map((result) => `N=${result.bundles}`.padStart(8)),
    "KiB/bundle".padStart(11),
    `  N=${TARGET_BUNDLES} (${how})`,
  ].join(" ");
  const rows = STEPS.map(([name, step]) =>
    [
      name.padEnd(18),
      ...sorted.map((result) => mib(step(result)).toFixed(1).padStart(8)),
      (two ? (slope(first, last, step) * 1024).toFixed(0) : "-").padStart(11),
      `  ${fixed(at1000(step))}`,
    ].join(" "),
  );
  const largest = Math.max(...STEPS.map(([, step]) => at1000(step)));
  const smallest = Math.max(...STEPS.map(([, step]) => mib(step(first))));
  return [
    header,
    ...rows,
    "",
    verdictLine(
      `peak RSS N=${TARGET_BUNDLES}`,
      Number.isNaN(largest) ? "-" : `${fixed(largest)} MiB`,
      largest < PEAK_RSS_MIB,
      `< ${PEAK_RSS_MIB} MiB (${how})`,
    ),
    verdictLine(
      `RSS N=${TARGET_BUNDLES}/N=${first.bundles}`,
      fixed(largest / smallest, 2),
      largest / smallest <= FLAT_RSS_GROWTH,
      `<= ${FLAT_RSS_GROWTH}, flat in N (${how}; largest step at each N)`,
    ),
  ];
}

/** MiB per bundle of a step's peak RSS between two repositories. */
function slope(
  first: RepositoryResult,
  last: RepositoryResult,
  step: (result: RepositoryResult) => StepResult,
): number {
  return (mib(step(last)) - mib(step(first))) / (last.bundles - first.bundles);
}

function mib(run: StepResult): number {
  return run.maxRssKiB / 1024;
}

function fixed(value: number, digits = 1): string {
  return Number.isNaN(value) ? "-" : value.toFixed(digits);
}

/** `name  value   target …: met` (or `MISSED`, or `not measured` when the value is NaN). */
export function verdictLine(name: string, value: string, holds: boolean, target: string): string {
  const outcome = value.startsWith("-") ? "not measured" : holds ? "met" : "MISSED";
  return `${name.padEnd(22)} ${value.padStart(10)}   target ${target}: ${outcome}`;
}
