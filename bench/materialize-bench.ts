/**
 * How fast rbc materializes and verifies a rootfs of many small files, against Docker and NetBSD
 * mtree doing the same in the same run. Run by hand (as root, with the engine up and dist/ built),
 * never as a timed test; see bench/README.md.
 *
 *   npx tsx bench/materialize-bench.ts [--sizes 30000,100000] [--rounds N]
 *
 * For each size: a deterministic one-layer image (many-files-image.ts) is `docker load`ed, a
 * container is created from it (never started), and a scratch bundle on it is built with
 * `rbc build`. Each round then times `rbc rootfs` and `docker export | tar -x`, then `rbc verify`
 * and `mtree -f`, each pair in an order that alternates from round to round. The table (stdout)
 * shows medians and their ratios. Everything created is removed at the end, also on failure.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { manyFilesArchive } from "./many-files-image.ts";
import { formatMaterializeReport, type SizeResult } from "./materialize-report.ts";
import { runBash, runTimed } from "./run-timed.ts";
import { ROOTFS_PATH } from "../src/contract/index.ts";

/** Always the Debian engine's CLI: the `docker` first on PATH may be something else. */
const DOCKER = "/usr/bin/docker";
/** NetBSD mtree(8) from Debian's mtree-netbsd. */
const MTREE = "/usr/bin/mtree";
const RBC = fileURLToPath(new URL("../bin/rbc.js", import.meta.url));

interface Fixture {
  readonly count: number;
  readonly image: string;
  readonly imageBytes: number;
  readonly container: string;
  readonly bundle: string;
  readonly work: string;
}

type Samples = Omit<SizeResult, "count" | "imageBytes">;

function parseOptions(): { sizes: number[]; rounds: number } {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "30000,100000" },
      rounds: { type: "string", default: "3" },
    },
  });
  const rounds = Number(values.rounds);
  const sizes = values.sizes.split(",").map(Number);
  if (!Number.isInteger(rounds) || rounds < 2) throw new Error("--rounds must be 2 or more");
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error("bad --sizes");
  return { sizes, rounds };
}

/** Loads the image, creates the container and builds the bundle (none of it timed). */
async function prepare(count: number, work: string): Promise<Fixture> {
  const image = `rbc.local/materialize-bench-${process.pid}:${count}`;
  const container = `rbc-materialize-bench-${process.pid}-${count}`;
  const archive = manyFilesArchive(image, count);
  const archivePath = join(work, "image.tar");
  await writeFile(archivePath, archive.bytes);
  progress(`docker load ${image} (${count} files, ${mib(archive.bytes.length)} MiB archive)`);
  await runTimed(DOCKER, ["load", "-i", archivePath]);
  await rm(archivePath);
  const fixture = {
    count,
    image,
    imageBytes: archive.bytes.length,
    container,
    bundle: join(work, "bundles", `files-${count}`),
    work,
  };
  await runTimed(DOCKER, ["create", "--name", container, image]);
  await mkdir(fixture.bundle, { recursive: true });
  await writeFile(join(fixture.bundle, "bundle.yaml"), `image: ${image}\n`);
  progress(`rbc build ${fixture.bundle}`);
  await runTimed(process.execPath, [RBC, "build", fixture.bundle]);
  return fixture;
}

async function cleanUp(fixture: Partial<Fixture>): Promise<void> {
  if (fixture.container !== undefined) {
    await runTimed(DOCKER, ["rm", "--force", fixture.container]).catch(() => undefined);
  }
  if (fixture.image !== undefined) {
    await runTimed(DOCKER, ["rmi", fixture.image]).catch(() => undefined);
  }
  if (fixture.work !== undefined) await rm(fixture.work, { recursive: true, force: true });
}

/** `rbc rootfs` on a bundle without rootfs/ (removed untimed), as tar extracts into a fresh dir. */
async function timeRbcRootfs(fixture: Fixture): Promise<number> {
  await rm(join(fixture.bundle, ROOTFS_PATH), { recursive: true, force: true });
  await runTimed("sync", []);
  return (await runTimed(process.execPath, [RBC, "rootfs", fixture.bundle])).seconds;
}

async function timeExportTar(fixture: Fixture): Promise<number> {
  const target = await mkdtemp(join(fixture.work, "export-"));
  await runTimed("sync", []);
  try {
    const script = `${DOCKER} export "$1" | tar --numeric-owner -x -C "$2"`;
    return (await runBash(script, [fixture.container, target])).seconds;
  } finally {
    await rm(target, { recursive: true, force: true });
  }
}

async function timeRbcVerify(fixture: Fixture): Promise<number> {
  return (await runTimed(process.execPath, [RBC, "verify", fixture.bundle])).seconds;
}

async function timeMtree(fixture: Fixture): Promise<number> {
  const { bundle } = fixture;
  const args = ["-f", join(bundle, "rootfs.mtree"), "-p", join(bundle, ROOTFS_PATH)];
  return (await runTimed(MTREE, args)).seconds;
}

async function measure(fixture: Fixture, rounds: number): Promise<Samples> {
  const samples: Samples = { rootfs: [], exportTar: [], verify: [], mtree: [] };
  progress("warm-up (not counted): rbc rootfs, docker export | tar -x");
  await timeRbcRootfs(fixture);
  await timeExportTar(fixture);
  for (let round = 0; round < rounds; round += 1) {
    const flip = round % 2 === 1;
    const pairs: [keyof Samples, (f: Fixture) => Promise<number>][][] = [
      [
        ["rootfs", timeRbcRootfs],
        ["exportTar", timeExportTar],
      ],
      [
        ["verify", timeRbcVerify],
        ["mtree", timeMtree],
      ],
    ];
    const done: string[] = [];
    for (const pair of pairs) {
      for (const [name, method] of flip ? pair.reverse() : pair) {
        const seconds = await method(fixture);
        samples[name].push(seconds);
        done.push(`${name} ${seconds.toFixed(2)} s`);
      }
    }
    progress(`${fixture.count} files, round ${round + 1}/${rounds}: ${done.join(", ")}`);
  }
  return samples;
}

function progress(line: string): void {
  process.stderr.write(`materialize-bench: ${line}\n`);
}

function mib(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

async function run(): Promise<void> {
  const { sizes, rounds } = parseOptions();
  const results: SizeResult[] = [];
  for (const count of sizes) {
    const work = await mkdtemp(join(tmpdir(), "rbc-materialize-bench-"));
    let fixture: Partial<Fixture> = {
      work,
      image: `rbc.local/materialize-bench-${process.pid}:${count}`,
      container: `rbc-materialize-bench-${process.pid}-${count}`,
    };
    try {
      fixture = await prepare(count, work);
      const complete = fixture as Fixture;
      results.push({
        count,
        imageBytes: complete.imageBytes,
        ...(await measure(complete, rounds)),
      });
    } finally {
      progress(`removing ${fixture.container ?? ""}, ${fixture.image ?? ""} and ${work}`);
      await cleanUp(fixture);
    }
  }
  process.stdout.write(`${formatMaterializeReport(results, rounds)}\n`);
}

await run();
