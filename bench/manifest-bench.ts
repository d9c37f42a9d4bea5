/**
 * How fast rbc computes an image's rootfs.mtree, against the cost of reading `docker save` once
 * (the floor), against reading a created container's `docker export` instead, against doing it by
 * hand with docker export, tar and NetBSD mtree, and as a whole `rbc build` process. Run by hand
 * (as root, with the engine up and dist/ built), never as a timed test; see bench/README.md.
 *
 *   npx tsx bench/manifest-bench.ts [image] [--rounds N] [--baseline <checkout>]
 *
 * The image defaults to rbc.local/bench-debian:1 (bench/make-debian-image.sh builds it). Each
 * round runs every method once, in an order that rotates from round to round; the table (stdout)
 * shows medians and their ratios. `--baseline` adds the `rbc build` of another checkout (its
 * dist/ built), e.g. the main branch, measured in the same rounds. Progress goes to stderr. Exits
 * 1 when two rbc runs wrote different manifests, or a build wrote another one.
 */
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import Docker from "dockerode";
import { formatReport, isDeterministic } from "./bench-report.ts";
import type { BenchResult } from "./bench-report.ts";
import { makeBuildProject, runBuild, runByHand, runFloor, runRbc } from "./methods.ts";
import type { BuildProject, BuildSample, RbcSample } from "./methods.ts";
import { runTimed } from "./run-timed.ts";

const DEFAULT_IMAGE = "rbc.local/bench-debian:1";
const DEFAULT_ROUNDS = 3;
const RBC = fileURLToPath(new URL("../bin/rbc.js", import.meta.url));

interface Samples {
  readonly floor: number[];
  readonly rbc: RbcSample[];
  readonly exported: RbcSample[];
  readonly byHand: number[];
  readonly build: BuildSample[];
  readonly baseline: BuildSample[];
}

interface Options {
  readonly image: string;
  readonly rounds: number;
  readonly baseline: string | undefined;
}

type Method = (samples: Samples) => Promise<string>;

function methods(options: Options, project: BuildProject): Method[] {
  const { image, baseline } = options;
  const all: Method[] = [
    async (samples) => {
      samples.floor.push(await runFloor(image));
      return `floor ${last(samples.floor).toFixed(2)} s`;
    },
    async (samples) => {
      samples.rbc.push(await runRbc(image));
      return `rbc ${last(samples.rbc).report.seconds.toFixed(2)} s`;
    },
    async (samples) => {
      samples.exported.push(await runRbc(image, "export"));
      return `export ${last(samples.exported).report.seconds.toFixed(2)} s`;
    },
    async (samples) => {
      samples.byHand.push(await runByHand(image));
      return `by-hand ${last(samples.byHand).toFixed(2)} s`;
    },
    async (samples) => {
      samples.build.push(await runBuild(project, RBC));
      return `build ${last(samples.build).cold.toFixed(2)} s`;
    },
  ];
  if (baseline === undefined) return all;
  const baselineRbc = join(baseline, "bin", "rbc.js");
  return [
    ...all,
    async (samples) => {
      samples.baseline.push(await runBuild(project, baselineRbc));
      return `baseline build ${last(samples.baseline).cold.toFixed(2)} s`;
    },
  ];
}

function last<T>(values: readonly T[]): T {
  const value = values.at(-1);
  if (value === undefined) throw new Error("no sample");
  return value;
}

function parseOptions(): Options {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      rounds: { type: "string", default: String(DEFAULT_ROUNDS) },
      baseline: { type: "string" },
    },
  });
  const rounds = Number(values.rounds);
  if (!Number.isInteger(rounds) || rounds < 2) throw new Error("--rounds must be 2 or more");
  return { image: positionals[0] ?? DEFAULT_IMAGE, rounds, baseline: values.baseline };
}

async function measure(options: Options, project: BuildProject): Promise<Samples> {
  const samples: Samples = {
    floor: [],
    rbc: [],
    exported: [],
    byHand: [],
    build: [],
    baseline: [],
  };
  const list = methods(options, project);
  progress("warm-up (not counted): docker save | sha256sum, to fill the page cache");
  await runFloor(options.image);
  for (let round = 0; round < options.rounds; round += 1) {
    const done: string[] = [];
    for (let step = 0; step < list.length; step += 1) {
      const method = list[(round + step) % list.length];
      if (method === undefined) continue;
      done.push(await method(samples));
      // Not timed: flush what this method wrote (by-hand's extracted tree, the engine's save
      // staging) so that its writeback is not charged to the next method.
      await runTimed("sync", []);
    }
    progress(`round ${round + 1}/${options.rounds}: ${done.join(", ")}`);
  }
  return samples;
}

function progress(line: string): void {
  process.stderr.write(`manifest-bench: ${line}\n`);
}

const options = parseOptions();
const inspect = await new Docker().getImage(options.image).inspect();
const project = await makeBuildProject(options.image);
try {
  const samples = await measure(options, project);
  const result: BenchResult = { image: options.image, imageBytes: inspect.Size, ...samples };
  process.stdout.write(`${formatReport(result)}\n`);
  if (!isDeterministic(result)) process.exitCode = 1;
} finally {
  await rm(project.root, { recursive: true, force: true });
}
