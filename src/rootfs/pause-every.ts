import { setImmediate } from "node:timers/promises";

/** How many synchronous steps run between two turns of the event loop. */
const BATCH = 1024;

/**
 * Lets the event loop turn once every BATCH steps of a long loop of synchronous system calls
 * (a rootfs of 100,000 entries), so timers, signals and streams are not starved meanwhile.
 */
export async function pauseEvery(step: number): Promise<void> {
  if (step % BATCH === BATCH - 1) await setImmediate();
}

/**
 * Calls `step` until it returns false, letting the event loop turn every BATCH calls: for a loop
 * whose steps are too cheap to await one by one.
 */
export async function repeatWithPauses(step: () => boolean): Promise<void> {
  for (;;) {
    for (let count = 0; count < BATCH; count += 1) if (!step()) return;
    await setImmediate();
  }
}
