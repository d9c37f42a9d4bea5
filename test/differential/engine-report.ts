import type { Engine, EngineId } from "../support/engines.ts";
import type { Comparison, Source } from "./compare-on-engine.ts";
import { enforcedEngines } from "./enforced-engines.ts";

/**
 * What a differential file counts and prints when it ends: for each engine and source
 * `<label> <engine> <source>: N/M identical`, then the total `<label>: N/M identical`, then every
 * comparison made in a departed-from way or not made at all, with its reason.
 */
export interface EngineReport {
  add(scenario: string, comparison: Comparison): void;
  /** A comparison not made, and why (an engine that is not running). */
  skip(scenario: string, engine: Engine | string, source: Source, reason: string): void;
  /** Time one engine spent on one scenario (its capture, compiles and comparisons). */
  time(engine: Engine, milliseconds: number): void;
  print(): void;
}

interface Count {
  identical: number;
  total: number;
  skipped: number;
}

export function engineReport(
  label: string,
  engines: readonly Engine[],
  counted: readonly Source[] = ["image", "container"],
): EngineReport {
  const counts = new Map<string, Count>();
  const times = new Map<EngineId, number>();
  // A note → the scenarios it applies to, printed once with all of them.
  const notes = new Map<string, string[]>();
  const note = (engine: Engine | string, source: Source, text: string, scenario: string) => {
    const key = `${typeof engine === "string" ? engine : engine.id} ${source}: ${text}`;
    notes.set(key, [...(notes.get(key) ?? []), scenario]);
  };
  const count = (engine: Engine, source: Source): Count => {
    const key = `${engine.id} ${source}`;
    const found = counts.get(key) ?? { identical: 0, total: 0, skipped: 0 };
    counts.set(key, found);
    return found;
  };
  return {
    add(scenario, comparison) {
      const c = count(comparison.engine, comparison.source);
      c.total += 1;
      if (comparison.differences.length === 0) c.identical += 1;
      for (const text of comparison.notes) {
        note(comparison.engine, comparison.source, text, scenario);
      }
    },
    skip(scenario, engine, source, reason) {
      if (typeof engine !== "string") count(engine, source).skipped += 1;
      note(engine, source, `skipped: ${reason}`, scenario);
    },
    time(engine, milliseconds) {
      times.set(engine.id, (times.get(engine.id) ?? 0) + milliseconds);
    },
    print() {
      const lines: string[] = [];
      const total = { identical: 0, total: 0 };
      for (const engine of engines) {
        for (const source of counted) {
          const c = count(engine, source);
          if (c.total + c.skipped === 0) continue;
          total.identical += c.identical;
          total.total += c.total;
          const skipped = c.skipped > 0 ? `, ${c.skipped} skipped` : "";
          const enforced = enforcedEngines.has(engine.id) ? "" : " (not enforced)";
          lines.push(
            `${label} ${engine.id} ${source}: ${c.identical}/${c.total} identical${skipped}${enforced}`,
          );
        }
      }
      lines.push(`${label}: ${total.identical}/${total.total} identical`);
      for (const engine of engines) {
        const ms = times.get(engine.id);
        if (ms !== undefined) {
          lines.push(`${label} ${engine.id}: ${(ms / 1000).toFixed(1)} s on its scenarios`);
        }
      }
      for (const [text, scenarios] of notes) {
        lines.push(`${label} ${text}; in ${scenarios.length}: ${scenarios.join("; ")}`);
      }
      process.stderr.write(`${lines.join("\n")}\n`);
    },
  };
}
