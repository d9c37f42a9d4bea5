/**
 * Collect keyed items into batches: the batch fires `delayMs` after the last item arrives, with
 * one item per key (the latest). Handlers run one at a time; items that arrive while one runs
 * form the next batch.
 */
export function createBatcher<T>(
  delayMs: number,
  handle: (items: ReadonlyMap<string, T>) => Promise<void>,
): { add: (key: string, item: T) => void; idle: () => Promise<void> } {
  let pending = new Map<string, T>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();
  const fire = (): void => {
    timer = undefined;
    const items = pending;
    pending = new Map();
    running = running.then(() => handle(items));
  };
  return {
    add: (key, item) => {
      pending.set(key, item);
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
