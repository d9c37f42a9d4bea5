/** What a slow step (reading an image, writing or verifying a rootfs) has done so far. */
export interface StepProgress {
  /** The step, in a few words: `reading image rbc.local/web:1`. */
  readonly step: string;
  /** Bytes read or written so far. */
  readonly bytes?: number;
  /** Paths written or checked so far. */
  readonly entries?: number;
}

/** Receives a step's progress as it goes: often (each chunk), so it must be cheap. */
export type OnProgress = (progress: StepProgress) => void;

/**
 * Runs one bundle's slow work (`what` it does, until its steps say more) and hands it the
 * callback its steps report through. The CLI's implementation draws a progress line on a
 * terminal; the stages only call it, so they stay free of any output.
 */
export type TrackProgress = <T>(
  dir: string,
  what: string,
  work: (onProgress: OnProgress) => Promise<T>,
) => Promise<T>;

/** Tracks nothing: the work runs with a callback that drops every report. */
export const untracked: TrackProgress = (_dir, _what, work) => work(ignoreProgress);

function ignoreProgress(): void {
  // Nobody is watching.
}

/** The stream as it is, reporting the bytes that went through it as `step`. */
export async function* countBytes(
  stream: AsyncIterable<Uint8Array>,
  step: string,
  onProgress: OnProgress | undefined,
): AsyncGenerator<Uint8Array, void, undefined> {
  let bytes = 0;
  for await (const chunk of stream) {
    bytes += chunk.byteLength;
    onProgress?.({ step, bytes });
    yield chunk;
  }
}
