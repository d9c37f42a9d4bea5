import { open } from "node:fs/promises";
import { findRunc, runcAdapter, runLog, type Runc, type RunBundle } from "../../run/index.ts";
import { openRunBundle } from "../open-run-bundle.ts";
import { exitCodes } from "../report.ts";
import type { Terminal } from "../terminal.ts";

export interface LogsFlags {
  readonly follow: boolean;
  readonly runc: string | undefined;
}

const followPollMs = 200;

/**
 * `rbc logs <bundle> [-f]`: what a detached container wrote (`<bundle>/.rbc/run.log`, appended to
 * by every `rbc run -d` and watch restart). With --follow, keeps printing new output until the
 * container is no longer running, as `docker logs -f` does.
 */
export async function logsCommand(
  given: string,
  flags: LogsFlags,
  terminal: Terminal,
): Promise<number> {
  const opened = await openRunBundle(given, terminal);
  if (typeof opened === "number") return opened;
  const { bundle } = opened;
  const runc = flags.follow ? runcAdapter(await findRunc(flags.runc)) : undefined;
  // One decoder across reads, so a character split between two reads prints whole.
  const print = (text: Uint8Array): void => {
    terminal.out(decoder.decode(text, { stream: true }));
  };
  const decoder = new TextDecoder();
  let offset = await printFrom(runLog(bundle), 0, print);
  if (runc === undefined) return exitCodes.ok;
  while (await isRunning(runc, bundle)) {
    await new Promise((done) => setTimeout(done, followPollMs));
    offset = await printFrom(runLog(bundle), offset, print);
  }
  await printFrom(runLog(bundle), offset, print);
  return exitCodes.ok;
}

/** Prints the log from byte `offset` on; the new offset. A missing log is an empty one. */
async function printFrom(
  file: string,
  offset: number,
  print: (text: Uint8Array) => void,
): Promise<number> {
  const handle = await open(file, "r").catch(() => undefined);
  if (handle === undefined) return offset;
  try {
    let position = offset;
    const buffer = Buffer.alloc(64 * 1024);
    for (;;) {
      const { bytesRead } = await handle.read({ buffer, position });
      if (bytesRead === 0) return position;
      print(buffer.subarray(0, bytesRead));
      position += bytesRead;
    }
  } finally {
    await handle.close();
  }
}

/** Whether the bundle's container runs: its id, from this directory (not a clone's). */
async function isRunning(runc: Runc, bundle: RunBundle): Promise<boolean> {
  const state = await runc.state(bundle.id);
  if (state?.bundle !== bundle.dir) return false;
  return state.status === "running" || state.status === "paused" || state.status === "created";
}
