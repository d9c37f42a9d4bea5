import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { parseJson } from "../../src/json/index.ts";
import { inspectContainer, removeContainer, runDocker } from "./docker.ts";
import type { DockerResult } from "./docker.ts";
import { defaultEngine, type Engine } from "./engines.ts";

/**
 * Captures the OCI config.json the engine itself generates for a `docker run`, through the
 * capture runtime wrapper (scripts/capture-runtime.sh, registered with `dockerd --add-runtime`).
 * The wrapper copies `<bundle>/config.json` to `<capture dir>/<container id>.json` on
 * `runc create`, before runc can reject it, so containers that exit at once or never start
 * are captured too.
 *
 * Each engine names its capture runtime and dir (test/support/engines.ts); for the host's
 * engine, env RBC_CAPTURE_RUNTIME (default `rbc-capture`) and RBC_CAPTURE_DIR (default
 * `/var/lib/rbc-capture`) must match how dockerd was started.
 */

export interface CaptureSettings {
  readonly runtime: string;
  readonly dir: string;
}

export interface CapturedRun {
  /** Full 64-hex container ID. */
  readonly containerId: string;
  /** The engine's config.json, parsed exactly (uint64 values as bigint). */
  readonly spec: unknown;
  /** `docker container inspect` taken before removal; undefined if already removed (--rm). */
  readonly inspect: unknown;
  /** The `docker run -d` client result; exitCode is non-zero when the start failed. */
  readonly run: DockerResult;
}

export function captureSettings(engine: Engine = defaultEngine): CaptureSettings {
  return { runtime: engine.captureRuntime, dir: engine.captureDir };
}

/** Whether the running engine has the capture runtime registered. */
export async function captureRuntimeAvailable(engine: Engine = defaultEngine): Promise<boolean> {
  const info = await runDocker(["info", "--format", "{{json .Runtimes}}"], { engine });
  if (info.exitCode !== 0) return false;
  const runtimes = JSON.parse(info.stdout) as Record<string, unknown>;
  return Object.hasOwn(runtimes, captureSettings(engine).runtime);
}

/**
 * `docker run --runtime <capture> <runArgs>` and return the captured config.json, parsed.
 * runArgs are everything after `docker run`, e.g. `["--user", "alice", "rbc.local/app:1"]`.
 * The container is removed afterwards (unless `keepContainer`: then the caller removes it).
 */
export async function captureDockerSpec(
  runArgs: readonly string[],
  engine: Engine = defaultEngine,
): Promise<unknown> {
  return (await captureDockerRun(runArgs, { engine })).spec;
}

/** Like captureDockerSpec, with the container ID, its inspect JSON and the client result. */
export async function captureDockerRun(
  runArgs: readonly string[],
  options: { keepContainer?: boolean; engine?: Engine } = {},
): Promise<CapturedRun> {
  const engine = options.engine ?? defaultEngine;
  const settings = captureSettings(engine);
  const scratch = await mkdtemp(join(tmpdir(), "rbc-capture-"));
  const cidfile = join(scratch, "cid");
  let containerId: string | undefined;
  try {
    // Detached, so long-running commands return at once; the capture happens at `runc create`,
    // which has run by the time `docker run -d` returns. The cidfile is written at create, so
    // the ID is known even when the start fails. Never pull: only local images exist here.
    const run = await runDocker(
      [
        "run",
        "--detach",
        "--pull",
        "never",
        "--cidfile",
        cidfile,
        "--runtime",
        settings.runtime,
        ...runArgs,
      ],
      { engine },
    );
    containerId = await readContainerId(cidfile);
    if (containerId === undefined) {
      throw new Error(
        `docker run created no container (exit ${run.exitCode}): ${run.stderr.trim()}`,
      );
    }
    const captured = join(settings.dir, `${containerId}.json`);
    const text = await waitForFile(captured);
    if (text === undefined) {
      throw new Error(
        `no spec captured at ${captured} (runtime "${settings.runtime}"; is dockerd started with ` +
          `--add-runtime and RBC_CAPTURE_DIR matching?); docker run exit ${run.exitCode}: ` +
          run.stderr.trim(),
      );
    }
    await rm(captured, { force: true });
    const inspect = await inspectContainer(containerId, engine).catch(() => undefined);
    // BigInt-safe: unlimited rlimits (2^64-1) and other uint64 values must stay exact.
    return { containerId, spec: parseJson(text), inspect, run };
  } finally {
    if (containerId !== undefined && options.keepContainer !== true)
      await removeContainer(containerId, engine);
    await rm(scratch, { recursive: true, force: true });
  }
}

async function readContainerId(cidfile: string): Promise<string | undefined> {
  try {
    const id = (await readFile(cidfile, "utf8")).trim();
    return id === "" ? undefined : id;
  } catch {
    return undefined;
  }
}

/** The wrapper copies before `docker run` returns; the short poll only absorbs fs latency. */
async function waitForFile(path: string, attempts = 20): Promise<string | undefined> {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    try {
      return await readFile(path, "utf8");
    } catch {
      await sleep(100);
    }
  }
  return undefined;
}
