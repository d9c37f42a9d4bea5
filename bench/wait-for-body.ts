import { get } from "node:http";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";

/**
 * A new request starts every POLL_INTERVAL_MS, whether or not earlier ones have finished, and the
 * first that reads the expected body ends the wait: the measure is when the page first answered,
 * not how long one client waits on a lost connection attempt. (A SYN that arrives while a
 * restarted rbc container's interface moves between namespaces is dropped, and TCP resends it only
 * after a second; such requests count as timed out: after REQUEST_TIMEOUT_MS, or when still waiting STALLED_MS
 * after the answer.)
 */
const POLL_INTERVAL_MS = 10;
const REQUEST_TIMEOUT_MS = 500;
/** A request to a local container answers within a few ms, or its SYN was lost. */
const STALLED_MS = 50;

/** When the page first answered with the expected body, and how many requests timed out first. */
export interface Answered {
  /** performance.now() when the matching response had been read. */
  readonly at: number;
  readonly timeouts: number;
}

/**
 * Polls `http://127.0.0.1:<port>/` until its body (trimmed) is `expected`. Each request uses a
 * new connection, so none is kept open to a container that is being replaced. Throws after
 * `limitMs` with the last thing the page answered.
 */
export async function waitForBody(
  port: number,
  expected: string,
  limitMs: number,
): Promise<Answered> {
  const deadline = performance.now() + limitMs;
  const seen = { answeredAt: undefined as number | undefined, timeouts: 0, last: "no answer yet" };
  const pending = new Set<number>(); // start times of requests without an answer yet
  for (;;) {
    const started = performance.now();
    pending.add(started);
    void fetchBody(port).then((answer) => {
      pending.delete(started);
      if (answer.body === expected) seen.answeredAt ??= performance.now();
      else if (answer.timedOut) seen.timeouts += 1;
      seen.last = answer.body ?? answer.error;
    });
    await sleep(POLL_INTERVAL_MS);
    const at = seen.answeredAt;
    if (at !== undefined) {
      // Requests still waiting well after a local answer came lost their SYN: count them too.
      const stalled = [...pending].filter((start) => at - start > STALLED_MS).length;
      return { at, timeouts: seen.timeouts + stalled };
    }
    if (performance.now() >= deadline) {
      throw new Error(
        `port ${port} did not answer "${expected}" within ${limitMs} ms: ${seen.last}`,
      );
    }
  }
}

type Answer =
  | { readonly body: string; readonly timedOut?: undefined }
  | { readonly body?: undefined; readonly error: string; readonly timedOut: boolean };

function fetchBody(port: number): Promise<Answer> {
  return new Promise((done) => {
    // `timeout` (unlike request.setTimeout) also covers connecting.
    const options = {
      host: "127.0.0.1",
      port,
      path: "/",
      agent: false,
      timeout: REQUEST_TIMEOUT_MS,
    };
    const request = get(options, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        done({ body: Buffer.concat(chunks).toString("utf8").trim() });
      });
      response.on("error", (cause) => {
        done({ error: cause.message, timedOut: false });
      });
    });
    request.on("timeout", () => {
      request.destroy();
      done({ error: `no response in ${REQUEST_TIMEOUT_MS} ms`, timedOut: true });
    });
    request.on("error", (cause) => {
      done({ error: cause.message, timedOut: false });
    });
  });
}
