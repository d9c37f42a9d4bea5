import { execFile, spawn } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";

const exec = promisify(execFile);

/** How often the cycle looks at /proc for the old init's exit, as rbc's stop does. */
const EXIT_POLL_MS = 5;

/** One raw restart, in seconds: runc alone, no rbc, no hooks. */
export interface RawSample {
  /** `runc kill` spawned → `runc run -d` returned. */
  readonly seconds: number;
  /** `runc kill <id> TERM`, then /proc until the init exited, then `runc delete`. */
  readonly stop: number;
  /** `runc run -d`. */
  readonly start: number;
}

/** A copy of a bundle that runc runs as itself, restarted by `cycle`. */
export interface RawRunc {
  readonly cycle: () => Promise<RawSample>;
  /** `runc delete --force` and the copy removed. */
  readonly close: () => Promise<void>;
}

/**
 * Copies the bundle (config.json, its bind sources, rootfs) to a scratch directory, with no hooks
 * (so no network: runc gives it an empty network namespace) and a cgroup of its own, and starts
 * it as `id`. The floor a restart of rbc watch is compared with: what runc itself takes to stop,
 * delete and start the same container.
 */
export async function startRawRunc(bundleDir: string, id: string): Promise<RawRunc> {
  const dir = await mkdtemp(join(tmpdir(), "rbc-watch-bench-raw-"));
  const close = async (): Promise<void> => {
    await exec("runc", ["delete", "--force", id]).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await cp(bundleDir, dir, { recursive: true, verbatimSymlinks: true });
    const config = JSON.parse(await readFile(join(dir, "config.json"), "utf8")) as {
      hooks?: unknown;
      linux?: { cgroupsPath?: string };
    };
    delete config.hooks;
    if (config.linux) config.linux.cgroupsPath = `/rbc/${id}`;
    await writeFile(join(dir, "config.json"), JSON.stringify(config));
    await exec("runc", ["delete", "--force", id]).catch(() => undefined);
    let pid = await start(dir, id);
    const cycle = async (): Promise<RawSample> => {
      const began = performance.now();
      await runc(["kill", id, "TERM"]);
      while (await running(pid)) await sleep(EXIT_POLL_MS);
      await runc(["delete", id]);
      const stopped = performance.now();
      pid = await start(dir, id);
      const started = performance.now();
      return {
        seconds: (started - began) / 1000,
        stop: (stopped - began) / 1000,
        start: (started - stopped) / 1000,
      };
    };
    return { cycle, close };
  } catch (cause) {
    await close();
    throw cause;
  }
}

/** `runc run -d` of the copy; the init's pid, from runc's pid file. */
async function start(dir: string, id: string): Promise<number> {
  const pidFile = join(dir, "init.pid");
  await runc(["run", "--detach", "--pid-file", pidFile, "--bundle", dir, id]);
  return Number((await readFile(pidFile, "utf8")).trim());
}

/**
 * Runs runc to its exit, its output discarded: a detached container keeps runc's stdio, so the
 * wait is for runc's exit, not for its pipes to close.
 */
function runc(args: readonly string[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn("runc", [...args], { stdio: "ignore" });
    child.on("error", fail);
    child.on("exit", (code, signal) => {
      if (code === 0) done();
      else fail(new Error(`runc ${args.join(" ")} failed (${signal ?? `exit ${String(code)}`})`));
    });
  });
}

async function running(pid: number): Promise<boolean> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => undefined);
  const state = stat?.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
  return state !== undefined && state !== "Z" && state !== "X";
}
