import { initRunning } from "./init-process.ts";
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
 * restart learns of the exit within milliseconds); false if `ms` pass first. A zombie has exited,
 * and so has a process of another start time than `startTime` (when given) under the same pid.
 */
export async function waitExited(
  init: { readonly pid: number; readonly startTime?: string },
  ms: number,
): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (!(await initRunning(init))) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((done) => setTimeout(done, pidPollMs));
  }
}
