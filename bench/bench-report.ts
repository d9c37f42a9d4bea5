import type { RbcSample } from "./methods.ts";
import { median, ratioRow, timeRow } from "./table.ts";

/** Every sample of one benchmark run, in round order. */
export interface BenchResult {
  readonly image: string;
  readonly imageBytes: number;
  readonly floor: readonly number[];
  readonly rbc: readonly RbcSample[];
  readonly byHand: readonly number[];
}

/** The targets: ratios of medians measured in the same run, never absolute times. */
const RBC_OVER_FLOOR_AT_MOST = 1.5;
const RBC_OVER_BY_HAND_BELOW = 1;

const MIB = 1024 * 1024;

/** True when every rbc run wrote the same rootfs.mtree. */
export function isDeterministic(result: BenchResult): boolean {
  return new Set(result.rbc.map((sample) => sample.report.mtreeSha256)).size === 1;
}

export function formatReport(result: BenchResult): string {
  const rbcSeconds = result.rbc.map((sample) => sample.report.seconds);
  const overFloor = median(rbcSeconds) / median(result.floor);
  const overByHand = median(rbcSeconds) / median(result.byHand);
  return [
    `image ${result.image}: ${mib(result.imageBytes)} MiB; ${result.floor.length} rounds, ` +
      "methods alternating; seconds, median first",
    "",
    timeRow("floor", result.floor, "docker save | sha256sum"),
    timeRow("rbc", rbcSeconds, "Engine API save stream -> readImageManifest -> writeMtree"),
    timeRow(
      "  of which",
      result.rbc.map((sample) => sample.report.openSeconds),
      "waiting for the engine's response headers (the floor waits too)",
    ),
    timeRow("by-hand", result.byHand, "docker create + export | tar -x + mtree -c"),
    timeRow(
      "rbc process",
      result.rbc.map((sample) => sample.processSeconds),
      "the rbc child, spawn to exit (+ Node/tsx start-up; not in the ratios)",
    ),
    "",
    ratioRow(
      "rbc/floor",
      overFloor,
      overFloor <= RBC_OVER_FLOOR_AT_MOST,
      `<= ${RBC_OVER_FLOOR_AT_MOST}`,
    ),
    ratioRow("rbc/by-hand", overByHand, overByHand < RBC_OVER_BY_HAND_BELOW, "< 1 (faster)"),
    "",
    ...manifestRows(result),
  ].join("\n");
}

function manifestRows(result: BenchResult): string[] {
  const reports = result.rbc.map((sample) => sample.report);
  const peak = Math.max(...reports.map((report) => report.maxRssKiB)) * 1024;
  const first = reports[0];
  const digests = reports.map((report) => report.mtreeSha256);
  const sameness = isDeterministic(result)
    ? `identical in all ${reports.length} runs`
    : `DIFFERENT between runs: ${digests.join(" ")}`;
  return [
    `rbc peak RSS ${mib(peak)} MiB (largest of ${reports.length} runs; image ${mib(result.imageBytes)} MiB)`,
    `manifest     ${first?.entries ?? 0} entries, ${mib(first?.mtreeBytes ?? 0)} MiB of mtree`,
    `             sha256 ${first?.mtreeSha256 ?? "-"}, ${sameness}`,
  ];
}

function mib(bytes: number): string {
  return (bytes / MIB).toFixed(1);
}
