import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseChildReport } from "./child-report.ts";
import type { ChildReport } from "./child-report.ts";
import { runBash, runTimed } from "./run-timed.ts";

/** Always the Debian engine's CLI: the `docker` first on PATH may be something else. */
const DOCKER = "/usr/bin/docker";

/** GNU time, for the CPU time of a whole process. */
const TIME = "/usr/bin/time";

/** NetBSD mtree(8) from Debian's mtree-netbsd. */
const MTREE = "/usr/bin/mtree";

/**
 * mtree(8): `-K` ADDS to the default set (flags, gid, link, mode, nlink, size, time, type, uid),
 * `-k` uses `type` plus the keywords given. `-k` computes exactly what rootfs.mtree records.
 */
const MTREE_KEYWORDS = "sha256,uid,gid,mode,type,link,size";

const CHILD = fileURLToPath(new URL("rbc-manifest-child.ts", import.meta.url));

/** The floor: read the `docker save` bytes once and hash them. */
export async function runFloor(image: string): Promise<number> {
  const run = await runBash(`${DOCKER} save "$1" | sha256sum >/dev/null`, [image]);
  return run.seconds;
}

export interface RbcSample {
  readonly report: ChildReport;
  /** The child's wall time, spawn to exit, including Node and tsx start-up. */
  readonly processSeconds: number;
}

/**
 * rbc: readImageManifest + writeMtree on the Engine API's `docker save` stream, in a child; with
 * `export`, the same on a created container's `docker export` stream instead.
 */
export async function runRbc(image: string, read: "save" | "export" = "save"): Promise<RbcSample> {
  const loader = import.meta.resolve("tsx");
  const run = await runTimed(process.execPath, ["--import", loader, CHILD, image, read]);
  return { report: parseChildReport(run.stdout), processSeconds: run.seconds };
}

/** A scratch project with one bundle on the image, and a layer cache directory of its own. */
export interface BuildProject {
  readonly root: string;
  readonly bundle: string;
  readonly cacheHome: string;
}

export async function makeBuildProject(image: string): Promise<BuildProject> {
  const root = await mkdtemp(join(tmpdir(), "rbc-bench-build-"));
  const bundle = join(root, "bundles", "deb");
  await mkdir(bundle, { recursive: true });
  const overlay = `image: ${image}\ncommand: ["nginx", "-g", "daemon off;"]\n`;
  await writeFile(join(bundle, "bundle.yaml"), overlay);
  return { root, bundle, cacheHome: join(root, "cache") };
}

export interface BuildSample {
  /** `rbc build` from nothing: no lock, no manifest, an empty layer cache. */
  readonly cold: number;
  /** The CPU time (user and system) of that process and its children (git). */
  readonly coldCpu: number;
  /** `rbc build` again right after, nothing changed: the lock and the manifest reused. */
  readonly again: number;
  /** sha256 of the rootfs.mtree the cold build wrote. */
  readonly mtreeSha256: string;
}

/**
 * A whole `node <checkout>/bin/rbc.js build` process on the project's bundle, spawn to exit,
 * twice: from nothing (its files and cache deleted first, not timed), then again unchanged.
 */
export async function runBuild(project: BuildProject, rbc: string): Promise<BuildSample> {
  for (const name of await readdir(project.bundle)) {
    if (name !== "bundle.yaml") await rm(join(project.bundle, name), { recursive: true });
  }
  await rm(project.cacheHome, { recursive: true, force: true });
  const usage = join(project.root, "usage");
  // GNU time writes the process's CPU time to a file; `env` runs rbc in the project.
  const build = () =>
    runTimed(TIME, [
      "-f",
      "%U %S",
      "-o",
      usage,
      "env",
      "-C",
      project.root,
      `XDG_CACHE_HOME=${project.cacheHome}`,
      process.execPath,
      rbc,
      "build",
      "--quiet",
      "bundles/deb",
    ]);
  const cold = (await build()).seconds;
  const [user = Number.NaN, system = Number.NaN] = (await readFile(usage, "utf8"))
    .trim()
    .split(" ")
    .map(Number);
  const mtree = await readFile(join(project.bundle, "rootfs.mtree"));
  const again = (await build()).seconds;
  const mtreeSha256 = createHash("sha256").update(mtree).digest("hex");
  return { cold, coldCpu: user + system, again, mtreeSha256 };
}

/**
 * By hand: `docker create` + `docker export | tar -x` + `mtree -c`, all timed; `docker rm` and
 * the removal of the extracted tree are not.
 */
export async function runByHand(image: string): Promise<number> {
  const work = await mkdtemp(join(tmpdir(), "rbc-bench-by-hand-"));
  const rootfs = join(work, "rootfs");
  await mkdir(rootfs);
  let container: string | undefined;
  try {
    const started = performance.now();
    // The image has no command; the container is never started, so any path will do.
    container = (await runTimed(DOCKER, ["create", image, "/never-started"])).stdout.trim();
    await runBash(`${DOCKER} export "$1" | tar --numeric-owner -x -C "$2"`, [container, rootfs]);
    const spec = join(work, "by-hand.mtree");
    await runBash(`${MTREE} -c -k ${MTREE_KEYWORDS} -p "$1" >"$2"`, [rootfs, spec]);
    return (performance.now() - started) / 1000;
  } finally {
    if (container !== undefined) await runTimed(DOCKER, ["rm", container]);
    await rm(work, { recursive: true, force: true });
  }
}
