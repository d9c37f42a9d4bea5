import { readFile } from "node:fs/promises";
import type { Runc } from "./runc.ts";

const pollMs = 100;
const pidPollMs = 5;

/** Poll `runc state` until the container has stopped or is gone; false if `ms` pass first. */
export async function waitStopped(runc: Runc, id: string, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (;;) {
    const state = await runc.state(id);
    if (state === undefined || state.status === "stopped") return true;
    if (Date.now() >= deadline) return false;
    await new Promise((done) => setTimeout(done, pollMs));
  }
}

/**
 * Wait for the container's init process to exit, watching /proc (no runc process per poll, so a
 * restart learns of the exit within milliseconds); false if `ms` pass first. A zombie has exited.
 */
export async function waitExited(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (!(await isRunning(pid))) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((done) => setTimeout(done, pidPollMs));
  }
}

async function isRunning(pid: number): Promise<boolean> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => undefined);
  // The state follows the command name in parentheses, which may itself contain ") ".
  const state = stat?.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
  return state !== undefined && state !== "Z" && state !== "X";
}
