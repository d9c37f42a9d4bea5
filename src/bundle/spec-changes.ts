import { parseJson } from "../json/index.ts";
import { leafPointers, valueAt } from "../provenance/index.ts";

/** A config.json field whose value differs between the committed and the compiled file. */
export interface SpecChange {
  readonly pointer: string;
  /** Set in the committed file, gone from the compiled one. */
  readonly removed: boolean;
}

/**
 * The leaves (JSON pointers) whose values differ between two config.json texts: those the compiled
 * file has with another value or none before, then those only the committed file has. An
 * unreadable committed file changed as a whole (``).
 */
export function specChanges(oldText: string, newText: string): SpecChange[] {
  let before: unknown;
  try {
    before = parseJson(oldText);
  } catch {
    return [{ pointer: "", removed: false }];
  }
  const after = parseJson(newText);
  const afterLeaves = leafPointers(after);
  const changed = afterLeaves.filter((p) => !same(valueAt(before, p), valueAt(after, p)));
  const kept = new Set(afterLeaves);
  const removed = leafPointers(before).filter(
    (p) => !kept.has(p) && !valueAt(after, p).found && !isAncestorOfAny(p, kept),
  );
  return [
    ...changed.map((pointer) => ({ pointer, removed: false })),
    ...removed.map((pointer) => ({ pointer, removed: true })),
  ];
}

function isAncestorOfAny(pointer: string, pointers: ReadonlySet<string>): boolean {
  for (const p of pointers) if (p.startsWith(`${pointer}/`)) return true;
  return false;
}

function same(a: { found: boolean; value?: unknown }, b: { found: boolean; value?: unknown }) {
  return a.found === b.found && stringify(a.value) === stringify(b.value);
}

function stringify(value: unknown): string {
  if (value === undefined) return "";
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? `${v}n` : v));
}
