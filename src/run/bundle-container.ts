import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import {
  releaseUnusedNetwork,
  clearRestartMark,
  markRestart,
  networkPrerequisites,
} from "../network/index.ts";
import { namespacePinLeaf, parkingFiles, runPath, runtimeBundleDir } from "../contract/index.ts";
import {
  AlreadyRunningError,
  ContainerIdInUseError,
  JoinedBundleNotRunningError,
  RuncExitError,
} from "../errors/index.ts";
import { legacyContainer } from "./legacy-container.ts";
import type { RunBundle } from "./read-run-bundle.ts";
import type { Runc } from "./runc.ts";
import { readInitProcess, type InitProcess } from "./init-process.ts";
import { killPoint } from "./kill-point.ts";
import { stopContainer, type Stoppable } from "./stop-container.ts";
import { ownDirectory } from "./own-directory.ts";
import { runtimeBundle, type RuntimeBundle } from "./runtime-bundle.ts";

/**
 * What must hold before runc starts a bundle: no live container with its id (a stopped one is
 * deleted, which also runs its poststop hook, as is what a killed runc create left), none of
 * another bundle directory holding the id (that one is left alone, as Docker refuses a name in
 * use), none an older rbc started from the directory as `rbc-<name>`, its network's plugins and
 * ports available, and the directories runc binds from the bundle present.
 */
export async function prepareStart(
  runc: Runc,
  bundle: RunBundle,
  options: { justDeleted?: boolean } = {},
): Promise<void> {
  // A restart has just deleted the container: asking runc again would only cost time.
  if (options.justDeleted !== true) {
    const existing = await runc.state(bundle.id);
    if (existing !== undefined && existing.bundle !== bundle.dir) {
      throw new ContainerIdInUseError(bundle.id, existing.bundle);
    }
    if (existing?.status === "running" || existing?.status === "paused") {
      throw new AlreadyRunningError(bundle.id, bundle.dir);
    }
    const legacy = await legacyContainer(runc, bundle, { live: true });
    if (legacy !== undefined) {
      throw new AlreadyRunningError(legacy.id, bundle.dir, { olderRbc: true });
    }
    // A stopped container is deleted, which runs its poststop hook. With none, runc may still
    // hold the id: a runc create killed before it stored the container leaves its directory.
    await runc.delete(bundle.id, { force: true });
  }
  for (const id of bundle.joins) {
    if (!existsSync(runPath(id, namespacePinLeaf("net"))))
      throw new JoinedBundleNotRunningError(id);
  }
  if (bundle.networkHook !== undefined) await networkPrerequisites(bundle.networkHook);
  // The run log may hold what the container prints: for root's eyes only.
  await ownDirectory(join(bundle.dir, ".rbc"), 0o700);
  for (const dir of bundle.bindDirs) await ownDirectory(dir);
}

/** How a start fills in a bundle's run-time environment (run/runtime-bundle.ts). */
export interface LaunchOptions {
  /** The environment `${VAR}` templates read; default: this rbc's own. */
  readonly environment?: NodeJS.ProcessEnv;
  /** Told about variables a template read that are not set (Compose uses a blank string too). */
  readonly warn?: (message: string) => void;
}

/** The bundle as runc runs it, its unset variables reported. */
async function launchable(bundle: RunBundle, options: LaunchOptions): Promise<RuntimeBundle> {
  const runtime = await runtimeBundle(bundle, options.environment ?? process.env);
  for (const name of runtime.unset) {
    options.warn?.(`the ${name} variable is not set; a blank string is used for it`);
  }
  return runtime;
}

/**
 * Runs the bundle in the foreground and returns the container's exit code. runc exits 1 both when
 * the container exits 1 and when it cannot start the container at all; the pid file it writes
 * once the container's process runs tells the two apart, and a start that failed is a runc
 * failure (exit 4), its reason already printed by runc.
 */
export async function runForeground(
  runc: Runc,
  bundle: RunBundle,
  options: LaunchOptions = {},
): Promise<number> {
  const pidFile = join(bundle.dir, ".rbc", "run.pid");
  await rm(pidFile, { force: true });
  const runtime = await launchable(bundle, options);
  const code = await runc.run(runtime.dir, bundle.id, pidFile).finally(runtime.cleanup);
  const started = existsSync(pidFile);
  await rm(pidFile, { force: true });
  if (!started && code !== 0) {
    throw new RuncExitError(code, `runc could not start ${bundle.id} (runc exit ${code})`);
  }
  return code;
}

/** `<bundle>/.rbc/run.log`: where a detached container's output goes. */
export function runLog(bundle: RunBundle): string {
  return join(bundle.dir, ".rbc", "run.log");
}

/**
 * Starts the bundle detached as its id, its output appended to run.log; its init process, which
 * a later stop can signal without asking runc (undefined if it is gone already).
 */
export async function startDetached(
  runc: Runc,
  bundle: RunBundle,
  options: { justDeleted?: boolean } & LaunchOptions = {},
): Promise<InitProcess | undefined> {
  await prepareStart(runc, bundle, options);
  const runtime = await launchable(bundle, options);
  const pidFile = join(bundle.dir, ".rbc", "init.pid");
  await rm(pidFile, { force: true });
  // runc has read the filled-in config.json once it returns: the container no longer needs it.
  await runc.runDetached(runtime.dir, bundle.id, runLog(bundle), pidFile).finally(runtime.cleanup);
  return readInitProcess(pidFile);
}

/**
 * What stopAndDelete found and did: a running container `stopped` within its grace period or
 * `killed` after it, then deleted; a container that was not running (exited, or created and never
 * started) `deleted`; no container but a network it left (parked by an interrupted restart, or
 * kept by a delete whose poststop hook could not run) `cleaned up`; or nothing: `not running`.
 */
export type StopOutcome = "stopped" | "killed" | "deleted" | "cleaned up" | "not running";

/**
 * Stops the bundle's container as `docker stop` does, then deletes it (runc runs the poststop
 * hook, which tears the network down): its stop signal, up to `graceSeconds` for it to exit, then
 * SIGKILL. A network no container uses any more is torn down too. `onKill` is told before SIGKILL
 * is sent.
 */
export async function stopAndDelete(
  runc: Runc,
  bundle: Stoppable & Pick<RunBundle, "networkHook">,
  options: { graceSeconds?: number; onKill?: (graceSeconds: number) => void } = {},
): Promise<StopOutcome> {
  const name = bundle.networkHook?.name;
  // A stop is never a restart: the mark of a restart whose rbc died would make the poststop hook
  // park the network for a container that never comes.
  if (name !== undefined) await clearRestartMark(name);
  const outcome = await stopContainer(runc, bundle, options);
  // A filled-in config.json an rbc killed mid-start left behind goes with the container.
  await rm(runtimeBundleDir(bundle.id), { recursive: true, force: true });
  const released = name !== undefined && (await releaseUnusedNetwork(name));
  return outcome === "not running" && released ? "cleaned up" : outcome;
}

/**
 * Whether the bundle carries the mark of a restart that rbc did not finish (a restart marks the
 * bundle before it stops the container, and takes the mark back once it is deleted): its
 * container may still run the config.json from before the restart.
 */
export function restartInterrupted(bundle: Pick<RunBundle, "networkHook">): boolean {
  const name = bundle.networkHook?.name;
  return name !== undefined && existsSync(runPath(name, parkingFiles.restarting));
}

/** Runs one step of a restart; rbc watch passes one that times it. */
export type RestartStep = <T>(name: "stop" | "start", work: () => Promise<T>) => Promise<T>;

/**
 * Restarts a running bundle with its (new) config.json: stops and deletes it, then starts it
 * detached. Its network is kept across the restart (parked by the poststop hook, adopted
 * by the new container's create-runtime hook; see network/parked-network.ts) when its mode and
 * published ports stay the same; a failed start releases it.
 */
export async function restartDetached(
  runc: Runc,
  running: Stoppable & Pick<RunBundle, "networkHook">,
  next: RunBundle,
  options: {
    graceSeconds?: number;
    step?: RestartStep;
    /** Runs between the stop and the start, once no container of the bundle runs. */
    afterStop?: () => Promise<void>;
  } & LaunchOptions = {},
): Promise<InitProcess | undefined> {
  const step: RestartStep = options.step ?? ((_name, work) => work());
  // A network is kept for a container of the same id only (not across a change of id, as from
  // an older rbc's `rbc-<name>`): the next one's hook looks for it under its own. Otherwise the
  // old container is stopped as rbc stop does, its network released.
  const name = running.id === next.id ? running.networkHook?.name : undefined;
  killPoint("restart");
  if (name !== undefined) await markRestart(name);
  killPoint("restart-marked");
  try {
    await step("stop", () =>
      name === undefined
        ? stopAndDelete(runc, running, options)
        : stopContainer(runc, running, options),
    );
    killPoint("restart-deleted");
  } finally {
    if (name !== undefined) await clearRestartMark(name);
  }
  killPoint("restart-starting");
  try {
    const start = { ...options, justDeleted: running.id === next.id };
    const init = await step("start", async () => {
      await options.afterStop?.();
      return startDetached(runc, next, start);
    });
    killPoint("restart-started");
    return init;
  } catch (cause) {
    if (name !== undefined) await releaseUnusedNetwork(name);
    throw cause;
  }
}
