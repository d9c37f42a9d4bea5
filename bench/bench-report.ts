import type { BuildSample, RbcSample } from "./methods.ts";
import { median, ratioRow, timeRow } from "./table.ts";

/** Every sample of one benchmark run, in round order. */
export interface BenchResult {
  readonly image: string;
  readonly imageBytes: number;
  readonly floor: readonly number[];
  readonly rbc: readonly RbcSample[];
  /** rbc's manifest code on a created container's `docker export` instead of `docker save`. */
  readonly exported: readonly RbcSample[];
  readonly byHand: readonly number[];
  /** Whole `rbc build` processes of this checkout. */
  readonly build: readonly BuildSample[];
  /** The same of `--baseline`'s checkout; empty without it. */
  readonly baseline: readonly BuildSample[];
}

/** The targets: ratios of medians measured in the same run, never absolute times. */
const RBC_OVER_FLOOR_AT_MOST = 1.5;
const RBC_OVER_BY_HAND_BELOW = 1;
const BUILD_OVER_FLOOR_AT_MOST = 1;

const MIB = 1024 * 1024;

/** True when every rbc run, and every build, wrote the same rootfs.mtree. */
export function isDeterministic(result: BenchResult): boolean {
  const digests = [
    ...result.rbc.map((sample) => sample.report.mtreeSha256),
    ...result.build.map((sample) => sample.mtreeSha256),
  ];
  return new Set(digests).size === 1;
}

export function formatReport(result: BenchResult): string {
  const rbcSeconds = result.rbc.map((sample) => sample.report.seconds);
  const floor = median(result.floor);
  const overFloor = median(rbcSeconds) / floor;
  const overByHand = median(rbcSeconds) / median(result.byHand);
  const buildOverFloor = median(result.build.map((sample) => sample.cold)) / floor;
  return [
    `image ${result.image}: ${mib(result.imageBytes)} MiB; ${result.floor.length} rounds, ` +
      "methods alternating; seconds, median first",
    "",
    timeRow("floor", result.floor, "docker save | sha256sum"),
    ...readRows("rbc", result.rbc, "Engine API save stream -> readImageManifest -> writeMtree"),
    ...readRows(
      "export",
      result.exported,
      "create (never started) + Engine API export stream -> scanLayer -> writeMtree",
    ),
    timeRow("by-hand", result.byHand, "docker create + export | tar -x + mtree -c"),
    timeRow(
      "rbc process",
      result.rbc.map((sample) => sample.processSeconds),
      "the rbc child, spawn to exit (+ Node/tsx start-up; not in the ratios)",
    ),
    ...buildRows("build", result.build, "this checkout"),
    ...buildRows("baseline", result.baseline, "--baseline's checkout"),
    "",
    ratioRow(
      "rbc/floor",
      overFloor,
      overFloor <= RBC_OVER_FLOOR_AT_MOST,
      `<= ${RBC_OVER_FLOOR_AT_MOST}`,
    ),
    ratioRow("rbc/by-hand", overByHand, overByHand < RBC_OVER_BY_HAND_BELOW, "< 1 (faster)"),
    ratioRow(
      "build/floor",
      buildOverFloor,
      buildOverFloor <= BUILD_OVER_FLOOR_AT_MOST,
      `<= ${BUILD_OVER_FLOOR_AT_MOST}`,
    ),
    ...(result.baseline.length === 0
      ? []
      : [informative("base/floor", median(result.baseline.map((s) => s.cold)) / floor)]),
    informative(
      "export/rbc",
      median(result.exported.map((s) => s.report.seconds)) / median(rbcSeconds),
    ),
    "",
    ...manifestRows(result),
  ].join("\n");
}

function readRows(name: string, samples: readonly RbcSample[], what: string): string[] {
  return [
    timeRow(
      name,
      samples.map((sample) => sample.report.seconds),
      what,
    ),
    timeRow(
      "  cpu",
      samples.map((sample) => sample.report.cpuSeconds),
      "its CPU time (user + system), seconds",
    ),
    timeRow(
      "  of which",
      samples.map((sample) => sample.report.openSeconds),
      "waiting for the engine's response headers",
    ),
  ];
}

function buildRows(name: string, samples: readonly BuildSample[], whose: string): string[] {
  if (samples.length === 0) return [];
  return [
    timeRow(
      `${name} cold`,
      samples.map((sample) => sample.cold),
      `rbc build of ${whose}, spawn to exit: no lock, no manifest, empty layer cache`,
    ),
    timeRow(
      "  cpu",
      samples.map((sample) => sample.coldCpu),
      "its CPU time (user + system, git included), seconds",
    ),
    timeRow(
      `${name} again`,
      samples.map((sample) => sample.again),
      "the same build once more, nothing changed: lock and manifest reused",
    ),
  ];
}

/** A ratio the benchmark reports without a target. */
function informative(name: string, ratio: number): string {
  return `${name.padEnd(12)} ${ratio.toFixed(2).padStart(6)}   (no target)`;
}

function manifestRows(result: BenchResult): string[] {
  const reports = result.rbc.map((sample) => sample.report);
  const peak = Math.max(...reports.map((report) => report.maxRssKiB)) * 1024;
  const first = reports[0];
  const digests = reports.map((report) => report.mtreeSha256);
  const sameness = isDeterministic(result)
    ? `identical in all ${reports.length} runs and all ${result.build.length} cold builds`
    : `DIFFERENT between runs: ${[...digests, ...result.build.map((s) => s.mtreeSha256)].join(" ")}`;
  const exported = result.exported.map((sample) => sample.report.mtreeSha256);
  const exportSame = exported.every((digest) => digest === first?.mtreeSha256);
  return [
    `rbc peak RSS ${mib(peak)} MiB (largest of ${reports.length} runs; image ${mib(result.imageBytes)} MiB)`,
    `manifest     ${first?.entries ?? 0} entries, ${mib(first?.mtreeBytes ?? 0)} MiB of mtree`,
    `             sha256 ${first?.mtreeSha256 ?? "-"}, ${sameness}`,
    `export       ${result.exported[0]?.report.entries ?? 0} entries, sha256 ` +
      `${exported[0] ?? "-"}: ${exportSame ? "the same manifest" : "NOT the image's manifest (Docker's init layer)"}`,
  ];
}

function mib(bytes: number): string {
  return (bytes / MIB).toFixed(1);
}
