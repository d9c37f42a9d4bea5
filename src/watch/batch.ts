/**
 * Collect keys into batches: the batch fires `delayMs` after the last key arrives. Handlers run
 * one at a time; keys that arrive while one runs form the next batch.
 */
export function createBatcher(
  delayMs: number,
  handle: (keys: ReadonlySet<string>) => Promise<void>,
): { add: (key: string) => void; idle: () => Promise<void> } {
  let pending = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();
  const fire = (): void => {
    timer = undefined;
    const keys = pending;
    pending = new Set();
    running = running.then(() => handle(keys));
  };
  return {
    add: (key) => {
      pending.add(key);
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(fire, delayMs);
    },
    idle: async () => {
      if (timer !== undefined) {
        clearTimeout(timer);
        timer = undefined;
      }
      await running;
    },
  };
}
