import { performance } from "node:perf_hooks";
import type { Readable } from "node:stream";

/** A line a child printed, with performance.now() when it arrived. */
export interface LogLine {
  readonly text: string;
  readonly at: number;
}

interface Waiter {
  readonly pattern: RegExp;
  readonly from: number;
  readonly found: (line: LogLine) => void;
}

/**
 * Collects a child's output line by line, timestamped on arrival, and lets the caller wait for
 * a line matching a pattern. `end` makes every pending and later wait fail.
 */
export class LogLines {
  readonly lines: LogLine[] = [];
  readonly #waiters = new Set<Waiter>();
  #partial = "";
  #ended: string | undefined;

  follow(stream: Readable): void {
    stream.setEncoding("utf8");
    stream.on("data", (chunk: string) => {
      const at = performance.now();
      const parts = (this.#partial + chunk).split("\n");
      this.#partial = parts.pop() ?? "";
      for (const text of parts) this.#add({ text, at });
    });
  }

  /** Stops waiting: the child has gone (`why` ends up in the waits' errors). */
  end(why: string): void {
    this.#ended = why;
    for (const waiter of this.#waiters) waiter.found({ text: "", at: Number.NaN });
  }

  /** The first line from index `from` on that matches; throws after `limitMs` or at `end`. */
  async waitFor(pattern: RegExp, from: number, limitMs: number): Promise<LogLine> {
    const seen = this.find(pattern, from);
    if (seen !== undefined) return seen;
    const line = await new Promise<LogLine | undefined>((done) => {
      const timer = setTimeout(() => {
        this.#waiters.delete(waiter);
        done(undefined);
      }, limitMs);
      const waiter: Waiter = {
        pattern,
        from,
        found: (hit) => {
          clearTimeout(timer);
          this.#waiters.delete(waiter);
          done(Number.isNaN(hit.at) ? undefined : hit);
        },
      };
      if (this.#ended === undefined) this.#waiters.add(waiter);
      else waiter.found({ text: "", at: Number.NaN });
    });
    if (line !== undefined) return line;
    const why = this.#ended ?? `not within ${limitMs} ms`;
    throw new Error(`no line matching ${String(pattern)} (${why}); last lines:\n${this.tail()}`);
  }

  /** The first line from index `from` on that matches, if one has arrived. */
  find(pattern: RegExp, from: number): LogLine | undefined {
    return this.lines.slice(from).find((line) => pattern.test(line.text));
  }

  /** The last lines, indented, for error messages. */
  tail(count = 12): string {
    return this.lines
      .slice(-count)
      .map((line) => `  ${line.text}`)
      .join("\n");
  }

  #add(line: LogLine): void {
    const index = this.lines.push(line) - 1;
    for (const waiter of this.#waiters) {
      if (index >= waiter.from && waiter.pattern.test(line.text)) waiter.found(line);
    }
  }
}
