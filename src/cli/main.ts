import { EnvironmentError, RuncExitError } from "../errors/index.ts";
import type { Engine } from "../resolve/index.ts";
import { createProgram, CommanderError } from "./program.ts";
import { exitCodes } from "./report.ts";
import { paint, processTerminal, type Terminal } from "./terminal.ts";

/** What the CLI reaches the outside world through, besides the terminal. */
export interface Ports {
  /** Connects to the Docker engine (default: the dockerode adapter, loaded on first use). */
  readonly engine?: () => Promise<Engine>;
}

/**
 * The process edge: runs the command line and turns every outcome into a documented exit code.
 * The only place that decides exit codes.
 */
export async function main(
  argv: readonly string[],
  terminal: Terminal = processTerminal(),
  ports: Ports = {},
): Promise<number> {
  let exitCode: number = exitCodes.ok;
  const program = createProgram({
    terminal,
    engine: ports.engine ?? connectEngine,
    done: (code) => {
      exitCode = code;
    },
  });
  try {
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (cause) {
    return exitCodeFor(cause, terminal);
  }
}

function exitCodeFor(cause: unknown, terminal: Terminal): number {
  if (cause instanceof CommanderError) {
    // --help and --version end with exit code 0; usage errors are invalid input.
    return cause.exitCode === 0 ? exitCodes.ok : exitCodes.invalidInput;
  }
  if (cause instanceof RuncExitError) {
    terminal.err(`${paint(terminal, "red", `error: ${cause.message}`)}\n`);
    return exitCodes.runtime;
  }
  if (cause instanceof EnvironmentError) {
    terminal.err(`${paint(terminal, "red", `error: ${cause.message}`)}\n`);
    return exitCodes.environment;
  }
  const stack = cause instanceof Error ? (cause.stack ?? cause.message) : String(cause);
  terminal.err(
    `internal error: ${stack}\nThis is a bug in rbc; please report it with the command you ran.\n`,
  );
  return exitCodes.internal;
}

/** The engine of this environment; resolve (and dockerode) load only for commands that use it. */
async function connectEngine(): Promise<Engine> {
  const resolve = await import("../resolve/index.ts");
  return resolve.connectEngine();
}
