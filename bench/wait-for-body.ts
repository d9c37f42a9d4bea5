import { get } from "node:http";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";

/** How often the page is asked for, and how long one request may take. */
const POLL_INTERVAL_MS = 10;
const REQUEST_TIMEOUT_MS = 500;

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
  let timeouts = 0;
  let last = "no answer yet";
  for (;;) {
    const answer = await fetchBody(port);
    if (answer.body === expected) return { at: performance.now(), timeouts };
    if (answer.timedOut) timeouts += 1;
    last = answer.body ?? answer.error;
    if (performance.now() >= deadline) {
      throw new Error(`port ${port} did not answer "${expected}" within ${limitMs} ms: ${last}`);
    }
    await sleep(POLL_INTERVAL_MS);
  }
}

type Answer =
  | { readonly body: string; readonly timedOut?: undefined }
  | { readonly body?: undefined; readonly error: string; readonly timedOut: boolean };

function fetchBody(port: number): Promise<Answer> {
  return new Promise((done) => {
    const request = get({ host: "127.0.0.1", port, path: "/", agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        done({ body: Buffer.concat(chunks).toString("utf8").trim() });
      });
      response.on("error", (cause) => {
        done({ error: cause.message, timedOut: false });
      });
    });
    request.setTimeout(REQUEST_TIMEOUT_MS, () => {
      request.destroy();
      done({ error: `no response in ${REQUEST_TIMEOUT_MS} ms`, timedOut: true });
    });
    request.on("error", (cause) => {
      done({ error: cause.message, timedOut: false });
    });
  });
}
