/**
 * How fast rbc checks a materialized rootfs before a run: the stat-only pass (`rbc verify --stat`,
 * what `rbc run` does by default) against the full digest check (`rbc verify`, `--verify=full`)
 * and NetBSD `mtree -f`, in the same run. Run by hand (as root, with the engine up and dist/
 * built), never as a timed test; see bench/README.md.
 *
 *   npx tsx bench/verify-bench.ts [--sizes 100000] [--bytes 0] [--rounds N]
 *
 * For each size: a deterministic one-layer image (many-files-image.ts, `--bytes` per file, else
 * each file holds its name) is `docker load`ed and a scratch bundle on it is built and
 * materialized with `rbc build --rootfs` (none of it timed). Each round times the three checks
 * once, in an order that rotates from round to round, with an untimed `sync` before each. The
 * table (stdout) shows medians and their ratios. Everything created is removed at the end.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { manyFilesArchive } from "./many-files-image.ts";
import { runTimed } from "./run-timed.ts";
import { formatVerifyReport, type VerifySamples } from "./verify-report.ts";
import { ROOTFS_PATH } from "../src/contract/index.ts";

/** Always the Debian engine's CLI: the `docker` first on PATH may be something else. */
const DOCKER = "/usr/bin/docker";
/** NetBSD mtree(8) from Debian's mtree-netbsd. */
const MTREE = "/usr/bin/mtree";
const RBC = fileURLToPath(new URL("../bin/rbc.js", import.meta.url));

interface Fixture {
  readonly count: number;
  readonly bytes: number;
  readonly imageBytes: number;
  readonly bundle: string;
}

function parseOptions(): { sizes: number[]; bytes: number; rounds: number } {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "100000" },
      bytes: { type: "string", default: "0" },
      rounds: { type: "string", default: "3" },
    },
  });
  const rounds = Number(values.rounds);
  const bytes = Number(values.bytes);
  const sizes = values.sizes.split(",").map(Number);
  if (!Number.isInteger(rounds) || rounds < 2) throw new Error("--rounds must be 2 or more");
  if (!Number.isInteger(bytes) || bytes < 0) throw new Error("bad --bytes");
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error("bad --sizes");
  return { sizes, bytes, rounds };
}

/** Loads the image and builds and materializes the bundle (none of it timed). */
async function prepare(count: number, bytes: number, image: string, work: string) {
  const archive = manyFilesArchive(image, count, bytes);
  const archivePath = join(work, "image.tar");
  await writeFile(archivePath, archive.bytes);
  progress(`docker load ${image} (${count} files, ${mib(archive.bytes.length)} MiB archive)`);
  await runTimed(DOCKER, ["load", "-i", archivePath]);
  await rm(archivePath);
  const bundle = join(work, "bundles", `files-${count}`);
  await mkdir(bundle, { recursive: true });
  await writeFile(join(bundle, "bundle.yaml"), `image: ${image}\n`);
  progress(`rbc build --rootfs ${bundle}`);
  await runTimed(process.execPath, [RBC, "build", "--rootfs", bundle]);
  return { count, bytes, imageBytes: archive.bytes.length, bundle };
}

type Check = readonly [keyof VerifySamples, (fixture: Fixture) => Promise<number>];

const checks: readonly Check[] = [
  [
    "stat",
    async (f) => (await runTimed(process.execPath, [RBC, "verify", "--stat", f.bundle])).seconds,
  ],
  ["full", async (f) => (await runTimed(process.execPath, [RBC, "verify", f.bundle])).seconds],
  ["startup", async () => (await runTimed(process.execPath, [RBC, "--version"])).seconds],
  [
    "mtree",
    async (f) => {
      const args = ["-f", join(f.bundle, "rootfs.mtree"), "-p", join(f.bundle, ROOTFS_PATH)];
      return (await runTimed(MTREE, args)).seconds;
    },
  ],
];

async function measure(fixture: Fixture, rounds: number): Promise<VerifySamples> {
  const samples: VerifySamples = { stat: [], full: [], mtree: [], startup: [] };
  progress("warm-up (not counted): one of each, to fill the page cache");
  for (const [, check] of checks) await check(fixture);
  for (let round = 0; round < rounds; round += 1) {
    // Rotate the order: each check runs first, second and third in turn.
    const order = checks.map((_, index) => checks[(index + round) % checks.length] as Check);
    const done: string[] = [];
    for (const [name, check] of order) {
      await runTimed("sync", []);
      const seconds = await check(fixture);
      samples[name].push(seconds);
      done.push(`${name} ${seconds.toFixed(2)} s`);
    }
    progress(`${fixture.count} files, round ${round + 1}/${rounds}: ${done.join(", ")}`);
  }
  return samples;
}

function progress(line: string): void {
  process.stderr.write(`verify-bench: ${line}\n`);
}

function mib(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

async function run(): Promise<void> {
  const { sizes, bytes, rounds } = parseOptions();
  const blocks: string[] = [];
  for (const count of sizes) {
    const work = await mkdtemp(join(tmpdir(), "rbc-verify-bench-"));
    const image = `rbc.local/verify-bench-${process.pid}:${count}`;
    try {
      const fixture = await prepare(count, bytes, image, work);
      const samples = await measure(fixture, rounds);
      blocks.push(formatVerifyReport({ ...fixture, samples }, rounds));
    } finally {
      progress(`removing ${image} and ${work}`);
      await runTimed(DOCKER, ["rmi", image]).catch(() => undefined);
      await rm(work, { recursive: true, force: true });
    }
  }
  process.stdout.write(`${blocks.join("\n\n")}\n`);
}

await run();
