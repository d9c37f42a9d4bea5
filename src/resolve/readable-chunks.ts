import { finished } from "node:stream";

/** How many chunks may wait for the consumer before the stream is paused. */
const WAITING_CHUNKS = 8;

/**
 * The chunks of a Readable (an Engine API response) one by one, as its `data` events bring them,
 * the stream paused while WAITING_CHUNKS of them wait for the consumer. A Readable's own async
 * iterator reads with `read()`, which joins every waiting chunk into a new Buffer: on a 200 MB
 * `docker save` that copy and its garbage doubled the CPU time of reading the stream (1.1 s
 * against 0.4-0.6 s, measured on the bench image). The stream ends as `stream.finished` says: a
 * failure or a close before the end (ERR_STREAM_PREMATURE_CLOSE) is thrown once the chunks that
 * came before it are yielded.
 */
export async function* readableChunks(
  stream: NodeJS.ReadableStream,
): AsyncGenerator<Uint8Array, void, undefined> {
  const waiting: Uint8Array[] = [];
  let ended: { readonly failure?: Error } | undefined;
  let wake: (() => void) | undefined;
  const signal = () => {
    const resume = wake;
    wake = undefined;
    resume?.();
  };
  const onData = (chunk: Uint8Array) => {
    waiting.push(chunk);
    if (waiting.length >= WAITING_CHUNKS) stream.pause();
    signal();
  };
  stream.on("data", onData);
  const stopWatching = finished(stream, { writable: false }, (failure) => {
    ended = failure === undefined || failure === null ? {} : { failure };
    signal();
  });
  try {
    for (;;) {
      const chunk = waiting.shift();
      if (chunk !== undefined) {
        if (waiting.length === 0 && ended === undefined) stream.resume();
        yield chunk;
      } else if (ended !== undefined) {
        if (ended.failure !== undefined) throw ended.failure;
        return;
      } else {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
    }
  } finally {
    stream.off("data", onData);
    stopWatching();
  }
}
