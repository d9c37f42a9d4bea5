import type { OverlayEntry } from "./overlay-document.ts";

/** What `rbc init` writes: the overlay's keys, the notes at its end, and files beside it. */
export interface InitOverlay {
  readonly entries: readonly OverlayEntry[];
  /** Settings the overlay does not carry over, and why (the comment at the end of the file). */
  readonly notes: readonly string[];
  /** Files the overlay names (seccomp profiles), by path relative to the bundle → content. */
  readonly files: Readonly<Record<string, string>>;
}

/** The entries, notes and files one part of the mapping adds. */
export interface InitPart {
  readonly entries: OverlayEntry[];
  readonly notes: string[];
  readonly files: Record<string, string>;
}

export function emptyPart(): InitPart {
  return { entries: [], notes: [], files: {} };
}

/** Null, absent, `[]` and `{}`: what Docker treats as "not set" in a container's settings. */
export function isUnset(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === "object" && Object.keys(value).length === 0;
}

/**
 * Whether a container's setting equals the one a plain `docker run IMAGE` gives. Go's zero values
 * (0, "", false), which inspect shows for what was not set, count as unset unless `strict`
 * (`--memory-swappiness 0` is not the default, which is none).
 */
export function sameSetting(a: unknown, b: unknown, strict = false): boolean {
  const unset = (v: unknown) => isUnset(v) || (!strict && (v === 0 || v === "" || v === false));
  if (unset(a) && unset(b)) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}
