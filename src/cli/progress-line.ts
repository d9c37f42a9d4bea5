import type { StepProgress, TrackProgress } from "../progress.ts";

/** Where the line is drawn: the terminal's stderr. */
export interface ProgressStream {
  readonly write: (text: string) => void;
  /** The terminal's width, when known: a longer line would wrap, and `\r` erases only its last row. */
  readonly columns: () => number | undefined;
}

/** Time as the line needs it (a fake one in tests). */
export interface ProgressClock {
  readonly now: () => number;
  /** Calls `tick` every `ms` milliseconds until the returned function is called. */
  readonly every: (ms: number, tick: () => void) => () => void;
}

/**
 * One line on stderr, rewritten in place, that tells what a slow bundle step is doing. It shows
 * only once the step has run for `delayMs` (fast runs print nothing extra), is redrawn at most
 * every `intervalMs`, and is erased when the last step ends. While several bundles' steps run at
 * once (`--jobs`), it shows the one that has run longest and how many others run:
 * `bundles/db: reading image rbc.local/db:1 … 45 MB (+3 more)`.
 */
export interface ProgressLine {
  readonly track: TrackProgress;
  /** Erases the line, if it is drawn, so that other output starts on a clean line. */
  readonly clear: () => void;
}

export const progressTiming = { delayMs: 1000, intervalMs: 100 } as const;

interface Task {
  readonly dir: string;
  /** When the line may show: the start of the step, or of the oldest one under way. */
  readonly started: number;
  latest: StepProgress;
}

// ECMA-48: CR goes back to column 1, EL (erase in line) clears from the cursor to its end.
const eraseLine = "\r\u001b[K";

export function progressLine(
  stream: ProgressStream,
  clock: ProgressClock = systemClock,
  timing: { readonly delayMs: number; readonly intervalMs: number } = progressTiming,
): ProgressLine {
  // Steps under way, oldest first. Steps may nest (a run that materializes: the inner one tells
  // more) or overlap (bundles compiled at once, rbc watch), and end in any order.
  const active: Task[] = [];
  let drawn: string | undefined;
  let stopTicking: (() => void) | undefined;
  const clear = (): void => {
    if (drawn === undefined) return;
    stream.write(eraseLine);
    drawn = undefined;
  };
  const draw = (): void => {
    const text = lineText(active, clock.now() - timing.delayMs, stream.columns());
    if (text === undefined) clear();
    else if (text !== drawn) {
      stream.write(`\r${text}\u001b[K`);
      drawn = text;
    }
  };
  const track: TrackProgress = async (dir, what, work) => {
    // A step inside another goes on from the outer step's clock: the wait has been long already.
    const started = active[0]?.started ?? clock.now();
    const task: Task = { dir, started, latest: { step: what } };
    active.push(task);
    // The ticker runs while any step is under way, so every step sees the same one.
    const stop = stopTicking ?? clock.every(timing.intervalMs, draw);
    stopTicking = stop;
    try {
      return await work((progress) => {
        task.latest = progress;
      });
    } finally {
      active.splice(active.indexOf(task), 1);
      // The steps still under way take the line over in place; the last one erases it.
      if (active.length === 0) {
        clear();
        stop();
        stopTicking = undefined;
      } else draw();
    }
  };
  return { track, clear };
}

/**
 * The line for the steps under way, once the oldest started before `since`: the bundle that has
 * run longest, at its innermost step, and how many other bundles run; undefined before.
 */
function lineText(
  active: readonly Task[],
  since: number,
  columns: number | undefined,
): string | undefined {
  const oldest = active[0];
  if (oldest === undefined || oldest.started > since) return undefined;
  const task = active.findLast((t) => t.dir === oldest.dir) ?? oldest;
  const others = new Set(active.map((t) => t.dir)).size - 1;
  const more = others > 0 ? ` (+${String(others)} more)` : "";
  return fitted(progressText(task.dir, task.latest), more, columns);
}

/** `bundles/web: reading image rbc.local/web:1 … 45 MB`. */
export function progressText(dir: string, progress: StepProgress): string {
  const amounts = [
    ...(progress.entries === undefined ? [] : [`${progress.entries} paths`]),
    ...(progress.bytes === undefined ? [] : [formatBytes(progress.bytes)]),
  ];
  const done = amounts.length === 0 ? "" : ` … ${amounts.join(", ")}`;
  return `${dir}: ${progress.step}${done}`;
}

/** Decimal units, as `docker images` prints sizes: 980 B, 12.5 kB, 45 MB, 1.2 GB. */
export function formatBytes(bytes: number): string {
  const units = ["B", "kB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const shown = unit === 0 || value >= 10 ? Math.floor(value).toString() : value.toFixed(1);
  return `${shown} ${units[unit] ?? ""}`;
}

/**
 * The text and its suffix cut to one row of the terminal (80 columns when its width is unknown),
 * the text giving way first.
 */
function fitted(text: string, suffix: string, columns: number | undefined): string {
  const width = (columns !== undefined && columns > 0 ? columns : 80) - 1;
  if (text.length + suffix.length <= width) return `${text}${suffix}`;
  const room = width - suffix.length;
  return room > 1 ? `${text.slice(0, room - 1)}…${suffix}` : `${text}${suffix}`.slice(0, width);
}

const systemClock: ProgressClock = {
  now: () => performance.now(),
  every: (ms, tick) => {
    const timer = setInterval(tick, ms);
    // A line that is still being drawn never keeps rbc running.
    timer.unref();
    return () => {
      clearInterval(timer);
    };
  },
};
