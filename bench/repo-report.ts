import type { BenchImages } from "./repo-images.ts";
import type { DiskUsage, RepositoryResult, StepResult } from "./repo-result.ts";
import { rssRows, verdictLine } from "./repo-rss.ts";
import { median, timeRow } from "./table.ts";

export interface RepoBenchReport {
  readonly images: BenchImages;
  /** `--jobs` passed to rbc, or undefined when this rbc has no such option. */
  readonly jobs: number | undefined;
  /** How many inspects the wide floor makes at a time. */
  readonly width: number;
  readonly load: { readonly before: number; readonly after: number; readonly cpus: number };
  readonly results: readonly RepositoryResult[];
}

/** The targets (issue 14); never asserted, only reported. */
const CHECK_OVER_FLOOR = 2;
const RETAG_READS = 1;

const MIB = 1024 * 1024;

export function formatRepoReport(report: RepoBenchReport): string {
  const { images, jobs, width, load } = report;
  const [debian, app] = images.images;
  const small = images.images.slice(2);
  const jobsText = jobs === undefined ? "rbc has no --jobs (sequential)" : `rbc --jobs ${jobs}`;
  return [
    `images: ${debian?.ref ?? "-"} ${mib(debian?.bytes ?? 0)}, ${app?.ref ?? "-"} ` +
      `${mib(app?.bytes ?? 0)} (the first plus one layer), ${small.length} busybox-sized ` +
      `(${mib(Math.max(...small.map((image) => image.bytes)))} at most); bundles on them in turn`,
    `${jobsText}; load average (1 min) ${load.before.toFixed(2)} before, ` +
      `${load.after.toFixed(2)} after (${load.cpus} CPUs); seconds of single runs unless [runs]`,
    ...report.results.flatMap((result) => ["", ...repositoryRows(result, images, width)]),
    "",
    "targets (issue 14; ratios to the floor measured in the same run)",
    ...report.results.flatMap(targetRows),
    "",
    ...rssRows(report.results),
  ].join("\n");
}

function repositoryRows(result: RepositoryResult, images: BenchImages, width: number): string[] {
  const floor = median(result.floor);
  const header =
    `${"step".padEnd(18)} ${"seconds".padStart(8)} ${"/floor".padStart(7)} ` +
    `${"peak RSS".padStart(10)} ${"saves".padStart(5)} ${"probes".padStart(6)} ` +
    `${"exports".padStart(7)}   closing line`;
  const step = (name: string, run: StepResult) =>
    `${name.padEnd(18)} ${run.seconds.toFixed(2).padStart(8)} ` +
    `${(run.seconds / floor).toFixed(1).padStart(7)} ${mib(run.maxRssKiB * 1024).padStart(10)} ` +
    `${String(run.saves).padStart(5)} ${String(run.creates).padStart(6)} ` +
    `${String(run.exports).padStart(7)}   ${run.closing}`;
  return [
    `N = ${result.bundles} bundles (${result.retagged} on the retagged ${images.retag.image.ref})`,
    header,
    step("build (cold)", result.build),
    step("check", result.check),
    step("check --offline", result.offline),
    step("check (retagged)", result.retag),
    timeRow("floor", result.floor, `node: ${result.bundles} image inspects, one at a time`),
    timeRow(
      `floor x${width}`,
      result.floorWide,
      `the same, ${width} at a time (not in the ratios)`,
    ),
    `layer cache  ${usage(result.cache)} after the build`,
    `bundles/     ${usage(result.committed)} of generated files after the build`,
  ];
}

function targetRows(result: RepositoryResult): string[] {
  const at = `N=${result.bundles}`;
  const checkRatio = result.check.seconds / median(result.floor);
  // The image may be read through `docker save` or a created container's `docker export`.
  const reads = result.retag.saves + result.retag.exports;
  return [
    verdictLine(
      `check/floor ${at}`,
      checkRatio.toFixed(2),
      checkRatio <= CHECK_OVER_FLOOR,
      `<= ${CHECK_OVER_FLOOR}`,
    ),
    verdictLine(
      `retag reads ${at}`,
      String(reads),
      reads === RETAG_READS,
      `${RETAG_READS} save or export (not one per bundle: ${result.retagged} use it)`,
    ),
    verdictLine(
      `retag drift ${at}`,
      String(driftedCount(result)),
      driftedCount(result) === result.retagged,
      `${result.retagged}: the bundles on the moved tag, no other (correctness, not timing)`,
    ),
  ];
}

/** How many bundles the retagged check reported drifted (its closing line), NaN if unsaid. */
export function driftedCount(result: RepositoryResult): number {
  return Number(/(\d+) drifted/.exec(result.retag.closing)?.[1] ?? Number.NaN);
}

function usage(disk: DiskUsage): string {
  return `${mib(disk.bytes)} (${mib(disk.diskBytes)} on disk, ${disk.files} files)`;
}

function mib(bytes: number): string {
  return `${(bytes / MIB).toFixed(1)} MiB`;
}
