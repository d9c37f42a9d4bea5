import {
  findRunc,
  hookEnvironment,
  readRunBundle,
  runcAdapter,
  stopAndDelete,
  type StopOutcome,
} from "../../run/index.ts";
import { exitCodes } from "../report.ts";
import { paint, type Terminal } from "../terminal.ts";

export interface StopFlags {
  /** Seconds to wait after the stop signal before SIGKILL; default: the bundle's stop_grace_period. */
  readonly time: number | undefined;
  readonly runc: string | undefined;
}

/**
 * `rbc stop <bundle>`: send the bundle's stop signal (its stopSignal annotation, else SIGTERM),
 * wait up to the grace period (--time, else its stop_grace_period, else 10 s) for the container to
 * stop, then SIGKILL it, and delete it; deleting runs its poststop hook, which releases its
 * network. A bundle that is not running is not an error.
 */
export async function stopCommand(
  path: string,
  flags: StopFlags,
  terminal: Terminal,
): Promise<number> {
  const runc = runcAdapter(await findRunc(flags.runc), await hookEnvironment());
  const bundle = await readRunBundle(path);
  if (bundle === undefined) {
    terminal.err(
      `${paint(terminal, "red", `${path}: error: no config.json (run rbc build first)`)}\n`,
    );
    return exitCodes.invalidInput;
  }
  const outcome = await stopAndDelete(runc, bundle, {
    ...(flags.time === undefined ? {} : { graceSeconds: flags.time }),
    onKill: (grace) => {
      terminal.err(`${path}: still running after ${grace}s; sending SIGKILL\n`);
    },
  });
  if (outcome === "stopped" || outcome === "killed") {
    terminal.err(`${paint(terminal, "green", "✓")} ${path}: ${bundle.id} stopped and deleted\n`);
  } else {
    terminal.err(`${path}: ${bundle.id} ${notRunning[outcome]}\n`);
  }
  return exitCodes.ok;
}

/** What stop says when it found no running container. */
const notRunning = {
  deleted: "was not running; deleted it",
  "cleaned up": "is not running; cleaned up its leftover network",
  "not running": "is not running",
} as const satisfies Record<Exclude<StopOutcome, "stopped" | "killed">, string>;
