import type { RunBundle } from "./read-run-bundle.ts";
import type { Runc } from "./runc.ts";
import { signalInit, type InitProcess } from "./init-process.ts";
import { killPoint } from "./kill-point.ts";
import { waitExited, waitStopped } from "./wait-stopped.ts";

/**
 * A container to stop: its bundle's id and stop settings, and its init process when this rbc
 * started it (startDetached), which is then signalled without asking runc.
 */
export type Stoppable = Pick<RunBundle, "id" | "stopSignal" | "stopTimeout"> & {
  readonly init?: InitProcess | undefined;
};

interface StopOptions {
  readonly graceSeconds?: number;
  readonly onKill?: (graceSeconds: number) => void;
}

/**
 * Stops the container as `docker stop` does, then deletes it (runc runs the poststop hook): its
 * stop signal, up to the grace period for it to exit, then SIGKILL; stopAndDelete and a restart
 * (which leaves the network to the hooks) both stop this way. `onKill` is told before SIGKILL.
 */
export async function stopContainer(
  runc: Runc,
  bundle: Stoppable,
  options: StopOptions,
): Promise<"stopped" | "killed" | "deleted" | "not running"> {
  if (bundle.init !== undefined) return stopOwnContainer(runc, bundle, bundle.init, options);
  const state = await runc.state(bundle.id);
  if (state === undefined) {
    // What a runc create killed before it stored the container leaves (see prepareStart).
    await runc.delete(bundle.id, { force: true });
    return "not running";
  }
  let outcome: "stopped" | "killed" | "deleted" = "deleted";
  if (state.status === "running" || state.status === "paused") {
    outcome = "stopped";
    const { grace, graceMs } = gracePeriod(bundle, options);
    await runc.kill(bundle.id, bundle.stopSignal).catch(() => undefined);
    killPoint("stop-signalled");
    const exited =
      state.pid > 0
        ? await waitExited({ pid: state.pid }, graceMs)
        : await waitStopped(runc, bundle.id, graceMs);
    if (!exited) {
      options.onKill?.(grace);
      outcome = "killed";
      await runc.kill(bundle.id, "KILL").catch(() => undefined);
      await waitStopped(runc, bundle.id, 5000);
    }
  }
  killPoint("stop-exited");
  await runc.delete(bundle.id, { force: true });
  return outcome;
}

/**
 * stopContainer for a container this rbc started: its stop signal and SIGKILL go straight to its
 * init process, each once its start time shows it is the same process (runc kill does no more:
 * kill(2) on the init's host pid), and /proc tells when it exited; runc only deletes it. A
 * signal Node has no number for goes through runc kill.
 */
async function stopOwnContainer(
  runc: Runc,
  bundle: Stoppable,
  init: InitProcess,
  options: StopOptions,
): Promise<"stopped" | "killed" | "deleted"> {
  let outcome: "stopped" | "killed" | "deleted" = "deleted";
  const sent = await signalInit(init, bundle.stopSignal);
  if (sent === "unknown") await runc.kill(bundle.id, bundle.stopSignal).catch(() => undefined);
  if (sent !== "gone") {
    outcome = "stopped";
    killPoint("stop-signalled");
    const { grace, graceMs } = gracePeriod(bundle, options);
    if (!(await waitExited(init, graceMs))) {
      options.onKill?.(grace);
      outcome = "killed";
      if ((await signalInit(init, "KILL")) === "sent") await waitExited(init, 5000);
    }
  }
  killPoint("stop-exited");
  await runc.delete(bundle.id, { force: true });
  return outcome;
}

/** The grace period in seconds (as configured) and in milliseconds to wait. */
function gracePeriod(bundle: Stoppable, options: StopOptions): { grace: number; graceMs: number } {
  const grace = options.graceSeconds ?? bundle.stopTimeout;
  // As `docker stop`: a negative timeout waits for the container however long it takes.
  return { grace, graceMs: grace < 0 ? Number.POSITIVE_INFINITY : grace * 1000 };
}
