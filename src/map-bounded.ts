/**
 * `work` on every item, at most `jobs` at a time, started in item order; the results come back in
 * item order, whatever order they finish in. `settle` receives each result in item order as soon
 * as it and every result before it are in, one at a time: the caller can print (or write) each
 * item in order while later ones are still being worked on. An async `settle` delays only the
 * settling of the next result, not the work.
 *
 * When `work` or `settle` throws, no further item starts, the items under way finish, and the
 * failure of the earliest item is thrown: nothing runs on after the call has returned.
 */
export async function mapBounded<T, R>(
  items: readonly T[],
  jobs: number,
  work: (item: T, index: number) => Promise<R>,
  settle?: (result: R, index: number) => void | Promise<void>,
): Promise<R[]> {
  const outcomes = items.map(() => deferred<R>());
  let next = 0;
  let stopped = false;
  const worker = async (): Promise<void> => {
    while (!stopped && next < items.length) {
      const index = next;
      next += 1;
      const outcome = outcomes[index];
      try {
        outcome?.resolve(await work(items[index] as T, index));
      } catch (cause) {
        stopped = true;
        outcome?.reject(cause);
      }
    }
  };
  const width = Math.max(1, Math.min(Math.floor(jobs) || 1, items.length));
  const workers = Promise.all(Array.from({ length: width }, worker));
  const results: R[] = [];
  try {
    // Items start in order, so every item before a failed one has started and will settle.
    for (const [index, outcome] of outcomes.entries()) {
      const result = await outcome.promise;
      await settle?.(result, index);
      results.push(result);
    }
  } catch (cause) {
    stopped = true;
    await workers;
    throw cause;
  }
  await workers;
  return results;
}

interface Deferred<R> {
  readonly promise: Promise<R>;
  readonly resolve: (value: R) => void;
  readonly reject: (cause: unknown) => void;
}

function deferred<R>(): Deferred<R> {
  let resolve: (value: R) => void = () => undefined;
  let reject: (cause: unknown) => void = () => undefined;
  const promise = new Promise<R>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  // A failure after the first one is never awaited: it must not count as unhandled.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}
