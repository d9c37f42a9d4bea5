import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";

/** A finished child process: its stdout (when captured) and its wall time, spawn to exit. */
export interface TimedRun {
  readonly stdout: string;
  readonly seconds: number;
}

/**
 * Runs a command to completion (in `cwd`, else the current directory), timing it end to end;
 * stderr passes through. Throws when it exits non-zero: a benchmark of a failed run measures
 * nothing.
 */
export function runTimed(
  command: string,
  args: readonly string[],
  cwd?: string,
): Promise<TimedRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, stdio: ["ignore", "pipe", "inherit"] });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      const seconds = (performance.now() - started) / 1000;
      if (code === 0) {
        resolve({ stdout: Buffer.concat(chunks).toString("utf8"), seconds });
        return;
      }
      const status = signal === null ? `exit ${String(code)}` : `signal ${signal}`;
      reject(new Error(`${[command, ...args].join(" ")} failed (${status})`));
    });
  });
}

/** Runs a bash script (`set -euo pipefail`) with positional arguments, so none is re-parsed. */
export function runBash(script: string, args: readonly string[]): Promise<TimedRun> {
  return runTimed("bash", ["-c", `set -euo pipefail; ${script}`, "bash", ...args]);
}
