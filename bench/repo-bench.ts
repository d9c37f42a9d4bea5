/**
 * rbc at repository scale: a generated repository of N bundles (default 1,000) over ten local
 * images, two of them over 150 MB sharing their base layer, measured in one run, each command a
 * separate rbc process: a cold `rbc build` (empty layer cache), `rbc check` with nothing changed,
 * `rbc check --offline`, and `rbc check` after one image's tag moved to a new image; against the
 * floor of an online check, one Node process making the N image inspects. Run by hand (as root,
 * with the engine up and dist/ built), never as a timed test; see bench/README.md.
 *
 *   npx tsx bench/repo-bench.ts [--bundles N[,N…]] [--jobs J] [--floor-rounds R] [--keep]
 *
 * The repository and the layer cache live in a temporary directory, removed at the end with the
 * run's image tags unless --keep. The table goes to stdout, progress to stderr.
 */
import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { watchEngine } from "./engine-events.ts";
import { inspectFloor } from "./inspect-floor.ts";
import { measuredRbc, rbcTakesJobs } from "./measured-rbc.ts";
import { writeRepository } from "./repo-generate.ts";
import { benchRefs, moveRetagged, prepareImages, removeImages } from "./repo-images.ts";
import type { BenchImages } from "./repo-images.ts";
import { driftedCount, formatRepoReport } from "./repo-report.ts";
import type { DiskUsage, RepositoryResult, StepResult } from "./repo-result.ts";
import { runTimed } from "./run-timed.ts";

interface Options {
  readonly bundles: readonly number[];
  readonly jobs: number;
  readonly floorRounds: number;
  readonly keep: boolean;
}

/** What every step of one repository shares. */
interface Bench {
  readonly work: string;
  readonly cacheHome: string;
  readonly images: BenchImages;
  /** Image ids and references whose engine events count. */
  readonly watched: ReadonlySet<string>;
  /** `--jobs J` for commands that take it. */
  readonly jobsArgs: { readonly build: string[]; readonly check: string[] };
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      bundles: { type: "string", default: "1000" },
      jobs: { type: "string", default: String(availableParallelism()) },
      "floor-rounds": { type: "string", default: "3" },
      keep: { type: "boolean", default: false },
    },
  });
  const bundles = values.bundles.split(",").map(Number);
  if (!bundles.every((count) => Number.isInteger(count) && count >= 10)) {
    throw new Error("--bundles takes counts of 10 or more, comma-separated");
  }
  const jobs = Number(values.jobs);
  const floorRounds = Number(values["floor-rounds"]);
  if (!Number.isInteger(jobs) || jobs < 1) throw new Error("--jobs must be 1 or more");
  if (!Number.isInteger(floorRounds) || floorRounds < 1) {
    throw new Error("--floor-rounds must be 1 or more");
  }
  return { bundles, jobs, floorRounds, keep: values.keep };
}

/** One rbc step, after an untimed `sync`, with the engine's events during it. */
async function step(
  bench: Bench,
  name: string,
  args: readonly string[],
  expected: number,
): Promise<StepResult> {
  await runTimed("sync", []);
  const watch = watchEngine(bench.watched);
  const run = await measuredRbc(bench.work, bench.cacheHome, args, expected).catch(
    async (error: unknown) => {
      await watch.stop();
      throw error;
    },
  );
  const engine = await watch.stop();
  progress(
    `${name}: ${run.seconds.toFixed(2)} s, peak RSS ${(run.maxRssKiB / 1024).toFixed(1)} MiB, ` +
      `${engine.saves} saves, ${engine.creates} probes; ${run.closing}`,
  );
  return { ...run, ...engine };
}

async function floors(refs: readonly string[], width: number, rounds: number) {
  const floor: number[] = [];
  const floorWide: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    await runTimed("sync", []);
    floor.push(await inspectFloor(refs, 1));
    floorWide.push(await inspectFloor(refs, width));
    progress(`floor ${round + 1}/${rounds}: ${floor.at(-1)?.toFixed(2) ?? "-"} s one at a time`);
  }
  return { floor, floorWide };
}

async function measureRepository(
  bench: Bench,
  count: number,
  options: Options,
): Promise<RepositoryResult> {
  const { images, jobsArgs } = bench;
  await mkdir(bench.work, { recursive: true });
  progress(`N=${count}: writing the repository in ${bench.work}`);
  await writeRepository(bench.work, count, images.images);
  const build = await step(bench, "build (cold)", ["build", ...jobsArgs.build], 0);
  const cache = await diskUsage(bench.cacheHome);
  const committed = await diskUsage(join(bench.work, "bundles"));
  const check = await step(bench, "check", ["check", ...jobsArgs.check], 0);
  const offline = await step(
    bench,
    "check --offline",
    ["check", "--offline", ...jobsArgs.check],
    0,
  );
  const refs = Array.from({ length: count }, (_, index) => {
    return (images.images[index % images.images.length] ?? images.retag.image).ref;
  });
  const { floor, floorWide } = await floors(refs, options.jobs, options.floorRounds);
  await moveRetagged(images, false);
  let retag: StepResult;
  try {
    retag = await step(bench, "check (retagged)", ["check", ...jobsArgs.check], 1);
  } finally {
    await moveRetagged(images, true);
  }
  const retagged = refs.filter((ref) => ref === images.retag.image.ref).length;
  return {
    bundles: count,
    retagged,
    build,
    check,
    offline,
    retag,
    floor,
    floorWide,
    cache,
    committed,
  };
}

/** Sizes and blocks of the regular files under `dir` (0 when it does not exist). */
async function diskUsage(dir: string): Promise<DiskUsage> {
  const usage = { bytes: 0, diskBytes: 0, files: 0 };
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const stats = await stat(join(entry.parentPath, entry.name));
    usage.bytes += stats.size;
    usage.diskBytes += stats.blocks * 512;
    usage.files += 1;
  }
  return usage;
}

async function jobsArgsFor(jobs: number): Promise<Bench["jobsArgs"]> {
  const args = ["--jobs", String(jobs)];
  return {
    build: (await rbcTakesJobs("build")) ? args : [],
    check: (await rbcTakesJobs("check")) ? args : [],
  };
}

function progress(line: string): void {
  process.stderr.write(`repo-bench: ${line}\n`);
}

async function main(): Promise<void> {
  const options = parseOptions();
  const root = await mkdtemp(join(tmpdir(), "rbc-repo-bench-"));
  const suffix = randomBytes(4).toString("hex");
  let images: BenchImages | undefined;
  try {
    progress(`images (suffix ${suffix})`);
    images = await prepareImages(suffix, root);
    const jobsArgs = await jobsArgsFor(options.jobs);
    const watched = new Set([
      ...images.images.flatMap((image) => [image.id, image.ref]),
      images.retag.nextId,
      images.retag.nextRef,
    ]);
    const before = loadavg()[0] ?? Number.NaN;
    const results: RepositoryResult[] = [];
    for (const count of options.bundles) {
      const bench: Bench = {
        work: join(root, `repo-${count}`),
        cacheHome: join(root, `cache-${count}`),
        images,
        watched,
        jobsArgs,
      };
      results.push(await measureRepository(bench, count, options));
    }
    const load = { before, after: loadavg()[0] ?? Number.NaN, cpus: availableParallelism() };
    const jobs = jobsArgs.build.length > 0 ? options.jobs : undefined;
    const report = { images, jobs, width: options.jobs, load, results };
    process.stdout.write(`${formatRepoReport(report)}\n`);
    // A check that missed the moved tag, or blamed other bundles, measured the wrong thing.
    const wrong = results.some((result) => driftedCount(result) !== result.retagged);
    process.exitCode = wrong ? 1 : 0;
  } finally {
    if (options.keep) {
      progress(`kept ${root} and the images tagged *:${suffix} (docker rmi them when done)`);
    } else {
      await rm(root, { recursive: true, force: true });
      await removeImages(benchRefs(suffix));
    }
  }
}

await main();
