/**
 * How fast rbc computes an image's rootfs.mtree, against the cost of reading `docker save` once
 * (the floor) and against doing it by hand with docker export, tar and NetBSD mtree. Run by hand
 * (as root, with the engine up), never as a timed test; see bench/README.md.
 *
 *   npx tsx bench/manifest-bench.ts [image] [--rounds N]
 *
 * The image defaults to rbc.local/bench-debian:1 (bench/make-debian-image.sh builds it). Each
 * round runs the three methods once, in an order that rotates from round to round; the table
 * (stdout) shows medians and their ratios. Progress goes to stderr. Exits 1 when two rbc runs
 * wrote different manifests.
 */
import { parseArgs } from "node:util";
import Docker from "dockerode";
import { formatReport, isDeterministic } from "./bench-report.ts";
import type { BenchResult } from "./bench-report.ts";
import { runByHand, runFloor, runRbc } from "./methods.ts";
import type { RbcSample } from "./methods.ts";
import { runTimed } from "./run-timed.ts";

const DEFAULT_IMAGE = "rbc.local/bench-debian:1";
const DEFAULT_ROUNDS = 3;

interface Samples {
  readonly floor: number[];
  readonly rbc: RbcSample[];
  readonly byHand: number[];
}

type Method = (image: string, samples: Samples) => Promise<string>;

const METHODS: readonly Method[] = [
  async (image, samples) => {
    samples.floor.push(await runFloor(image));
    return `floor ${last(samples.floor).toFixed(2)} s`;
  },
  async (image, samples) => {
    samples.rbc.push(await runRbc(image));
    return `rbc ${last(samples.rbc).report.seconds.toFixed(2)} s`;
  },
  async (image, samples) => {
    samples.byHand.push(await runByHand(image));
    return `by-hand ${last(samples.byHand).toFixed(2)} s`;
  },
];

function last<T>(values: readonly T[]): T {
  const value = values.at(-1);
  if (value === undefined) throw new Error("no sample");
  return value;
}

function parseOptions(): { image: string; rounds: number } {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { rounds: { type: "string", default: String(DEFAULT_ROUNDS) } },
  });
  const rounds = Number(values.rounds);
  if (!Number.isInteger(rounds) || rounds < 2) throw new Error("--rounds must be 2 or more");
  return { image: positionals[0] ?? DEFAULT_IMAGE, rounds };
}

async function measure(image: string, rounds: number): Promise<Samples> {
  const samples: Samples = { floor: [], rbc: [], byHand: [] };
  progress("warm-up (not counted): docker save | sha256sum, to fill the page cache");
  await runFloor(image);
  for (let round = 0; round < rounds; round += 1) {
    const done: string[] = [];
    for (let step = 0; step < METHODS.length; step += 1) {
      const method = METHODS[(round + step) % METHODS.length];
      if (method === undefined) continue;
      done.push(await method(image, samples));
      // Not timed: flush what this method wrote (by-hand's extracted tree, the engine's save
      // staging) so that its writeback is not charged to the next method.
      await runTimed("sync", []);
    }
    progress(`round ${round + 1}/${rounds}: ${done.join(", ")}`);
  }
  return samples;
}

function progress(line: string): void {
  process.stderr.write(`manifest-bench: ${line}\n`);
}

const { image, rounds } = parseOptions();
const inspect = await new Docker().getImage(image).inspect();
const samples = await measure(image, rounds);
const result: BenchResult = { image, imageBytes: inspect.Size, ...samples };
process.stdout.write(`${formatReport(result)}\n`);
if (!isDeterministic(result)) process.exitCode = 1;
