import type { PathSegment } from "./key-path.ts";

export type Path = readonly PathSegment[];

/**
 * A read item at `path` in the overlay file, or what is wrong with it (`part: "key"` when the
 * problem is a map key, so the diagnostic points at the key rather than its value).
 */
export type Draft<T> =
  | { readonly path: Path; readonly value: T }
  | { readonly path: Path; readonly problem: string; readonly part?: "key" };

/** Looks up the text of a plain scalar as written; numbers keep their digits through it. */
export type SourceText = (path: Path) => string | undefined;

/** The item, or the problem when there is one. */
export function drafted<T>(path: Path, value: T, problem: string | undefined): Draft<T> {
  return problem === undefined ? { path, value } : { path, problem };
}

/** A number in a string setting, as written: `1.10` stays "1.10", not the "1.1" its value prints as. */
export function numberText(value: number, path: Path, sourceText: SourceText): string {
  return sourceText(path) ?? String(value);
}

/** A string or a list of strings, as items with their paths; `check` says what is wrong with one. */
export function stringItems(
  key: string,
  raw: string | readonly string[],
  check: (value: string, path: Path) => string | undefined = () => undefined,
): Draft<string>[] {
  const items: [Path, string][] =
    typeof raw === "string" ? [[[key], raw]] : raw.map((value, i) => [[key, i], value]);
  return items.map(([path, value]) => drafted(path, value, check(value, path)));
}
