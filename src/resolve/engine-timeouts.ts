import { EnvironmentError, RbcError } from "../errors/index.ts";
import { readableChunks } from "./readable-chunks.ts";

/** How long rbc waits for the engine, in milliseconds. */
export interface EngineTimeouts {
  /** One request, until the engine's answer (or a stream's headers) arrives. */
  readonly callMs: number;
  /** A stream (`docker save`, `docker export`, a file read) with no bytes for this long. */
  readonly stallMs: number;
}

/** Defaults: a request gets 60 s; a stream may pause 120 s (the engine prepares `docker save`). */
export const DEFAULT_ENGINE_TIMEOUTS: EngineTimeouts = { callMs: 60_000, stallMs: 120_000 };

/**
 * The timeouts of this environment: `RBC_ENGINE_TIMEOUT` and `RBC_ENGINE_STALL_TIMEOUT`, in
 * seconds (a positive number; anything else leaves the default).
 */
export function engineTimeouts(env: NodeJS.ProcessEnv = process.env): EngineTimeouts {
  const seconds = (name: string, fallback: number): number => {
    const value = Number(env[name]);
    return env[name] !== undefined && env[name] !== "" && Number.isFinite(value) && value > 0
      ? value * 1000
      : fallback;
  };
  return {
    callMs: seconds("RBC_ENGINE_TIMEOUT", DEFAULT_ENGINE_TIMEOUTS.callMs),
    stallMs: seconds("RBC_ENGINE_STALL_TIMEOUT", DEFAULT_ENGINE_TIMEOUTS.stallMs),
  };
}

/** The error of an engine that did not answer `what` within `ms`. */
export function engineTimeoutError(
  endpoint: string,
  what: string,
  ms: number,
  variable: string,
): EnvironmentError {
  return new EnvironmentError(
    "ENGINE_TIMEOUT",
    `the Docker engine at ${endpoint} did not answer ${what} within ${seconds(ms)} (set ${variable} to wait longer)`,
  );
}

/**
 * `work(signal)`, given `ms` to settle: past that the signal aborts the request (dockerode then
 * closes its socket) and the call rejects with `timeout()` whether or not `work` heeds the signal.
 */
export function withTimeout<T>(
  ms: number,
  timeout: () => Error,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(timeout());
      controller.abort();
    }, ms);
    work(controller.signal).then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (cause: unknown) => {
        clearTimeout(timer);
        reject(cause instanceof Error ? cause : new Error(String(cause)));
      },
    );
  });
}

/**
 * `stream`'s chunks, failing with `stalled()` (and the stream destroyed, which closes its socket)
 * when no chunk arrives for `ms`, and with `broken(cause)` when the stream fails otherwise (the
 * connection dropped). Only the wait for the engine counts: time the consumer spends
 * between chunks does not.
 */
export async function* stallGuard(
  stream: NodeJS.ReadableStream,
  ms: number,
  stalled: () => Error,
  broken: (cause: unknown) => Error = (cause) => cause as Error,
): AsyncGenerator<Uint8Array, void, undefined> {
  const chunks = readableChunks(stream);
  // Response streams are Readables: destroying one closes its socket.
  const destroy = (cause?: Error) => {
    (stream as { destroy?: (cause?: Error) => void }).destroy?.(cause);
  };
  try {
    for (;;) {
      const timer = setTimeout(() => {
        destroy(stalled());
      }, ms);
      let next: IteratorResult<Uint8Array>;
      try {
        next = await chunks.next();
      } catch (cause) {
        // The stall timer destroys the stream with its own error; anything else broke it.
        throw cause instanceof RbcError ? cause : broken(cause);
      } finally {
        clearTimeout(timer);
      }
      if (next.done === true) return;
      yield next.value;
    }
  } finally {
    destroy();
  }
}

function seconds(ms: number): string {
  return `${String(ms / 1000)} s`;
}
