import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseChildReport } from "./child-report.ts";
import type { ChildReport } from "./child-report.ts";
import { runBash, runTimed } from "./run-timed.ts";

/** Always the Debian engine's CLI: the `docker` first on PATH may be something else. */
const DOCKER = "/usr/bin/docker";

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

/** rbc: readImageManifest + writeMtree on the Engine API's `docker save` stream, in a child. */
export async function runRbc(image: string): Promise<RbcSample> {
  const loader = import.meta.resolve("tsx");
  const run = await runTimed(process.execPath, ["--import", loader, CHILD, image]);
  return { report: parseChildReport(run.stdout), processSeconds: run.seconds };
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
