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
