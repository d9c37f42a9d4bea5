import {
  findRunc,
  foreignHolder,
  hookEnvironment,
  legacyContainer,
  runcAdapter,
  stopAndDelete,
  type StopOutcome,
} from "../../run/index.ts";
import { openRunBundle } from "../open-run-bundle.ts";
import { exitCodes } from "../report.ts";
import { note, paint, type Terminal } from "../terminal.ts";

export interface StopFlags {
  /** Seconds to wait after the stop signal before SIGKILL; default: the bundle's stop_grace_period. */
  readonly time: number | undefined;
  readonly runc: string | undefined;
}

/**
 * `rbc stop <bundle>`: send the bundle's stop signal (its stopSignal annotation, else SIGTERM),
 * wait up to the grace period (--time, else its stop_grace_period, else 10 s) for the container to
 * stop, then SIGKILL it, and delete it; deleting runs its poststop hook, which releases its
 * network. A bundle that is not running is not an error. Only this bundle directory's container
 * is stopped: one of another directory holding its id (a second clone of the repository) is left
 * alone, and one an older rbc started from this directory as `rbc-<name>` is stopped too.
 */
export async function stopCommand(
  given: string,
  flags: StopFlags,
  terminal: Terminal,
): Promise<number> {
  const runc = runcAdapter(await findRunc(flags.runc), await hookEnvironment());
  const opened = await openRunBundle(given, terminal);
  if (typeof opened === "number") return opened;
  const { path, bundle } = opened;
  const options = {
    ...(flags.time === undefined ? {} : { graceSeconds: flags.time }),
    onKill: (grace: number) => {
      terminal.err(`${path}: still running after ${grace}s; sending SIGKILL\n`);
    },
  };
  const holder = await foreignHolder(runc, bundle);
  if (holder !== undefined) {
    terminal.err(`${path}: ${bundle.id} is not this bundle's: it runs ${holder}; left alone\n`);
  } else {
    report(terminal, path, bundle.id, await stopAndDelete(runc, bundle, options));
  }
  const legacy = await legacyContainer(runc, bundle);
  if (legacy !== undefined) {
    const outcome = await stopAndDelete(runc, legacy, options);
    report(terminal, path, `${legacy.id} (started by an older rbc)`, outcome);
  }
  return exitCodes.ok;
}

function report(terminal: Terminal, path: string, id: string, outcome: StopOutcome): void {
  if (outcome === "stopped" || outcome === "killed") {
    note(terminal, `${paint(terminal, "green", "✓")} ${path}: ${id} stopped and deleted\n`);
  } else {
    note(terminal, `${path}: ${id} ${notRunning[outcome]}\n`);
  }
}

/** What stop says when it found no running container. */
const notRunning = {
  deleted: "was not running; deleted it",
  "cleaned up": "is not running; cleaned up its leftover network",
  "not running": "is not running",
} as const satisfies Record<Exclude<StopOutcome, "stopped" | "killed">, string>;
