import { findRunc, readRunBundle, runcAdapter, waitStopped } from "../../run/index.ts";
import { exitCodes } from "../report.ts";
import { paint, type Terminal } from "../terminal.ts";

export interface StopFlags {
  /** Seconds to wait after the stop signal before SIGKILL. */
  readonly time: number | undefined;
  readonly runc: string | undefined;
}

// Docker's default grace period. The overlay's stop_grace_period is not yet recorded in the
// bundle, so --time is the only way to change it.
const defaultGraceSeconds = 10;

/**
 * `rbc stop <bundle>`: send the bundle's stop signal (its stopSignal annotation, else SIGTERM),
 * wait up to the grace period for the container to stop, then SIGKILL it, and delete it.
 * A bundle that is not running is not an error.
 */
export async function stopCommand(
  path: string,
  flags: StopFlags,
  terminal: Terminal,
): Promise<number> {
  const runc = runcAdapter(await findRunc(flags.runc));
  const bundle = await readRunBundle(path);
  if (bundle === undefined) {
    terminal.err(
      `${paint(terminal, "red", `${path}: error: no config.json (run rbc build first)`)}\n`,
    );
    return exitCodes.invalidInput;
  }
  const state = await runc.state(bundle.id);
  if (state === undefined) {
    terminal.err(`${path}: ${bundle.id} is not running\n`);
    return exitCodes.ok;
  }
  if (state.status === "running") {
    await runc.kill(bundle.id, bundle.stopSignal);
    const grace = (flags.time ?? defaultGraceSeconds) * 1000;
    if (!(await waitStopped(runc, bundle.id, grace))) {
      terminal.err(`${path}: still running after ${grace / 1000}s; sending SIGKILL\n`);
      await runc.kill(bundle.id, "KILL").catch(() => undefined);
      await waitStopped(runc, bundle.id, 5000);
    }
  }
  await runc.delete(bundle.id, { force: true });
  terminal.err(`${paint(terminal, "green", "✓")} ${path}: ${bundle.id} stopped and deleted\n`);
  return exitCodes.ok;
}
