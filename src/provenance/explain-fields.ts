import { leafPointers } from "./leaf-pointers.ts";
import type { Origin } from "./origin.ts";
import type { SpecProvenance } from "./spec-provenance.ts";

/** One field of config.json with what decided it; `value` is absent for a field the spec leaves out. */
export interface ExplainedField {
  readonly pointer: string;
  readonly value?: unknown;
  readonly origins: readonly Origin[];
}

/**
 * The fields under each pointer (the whole spec for none), one per recorded field: leaves that no
 * record names on their own are told as the field above them that one does (the default profile's
 * syscalls as `/linux/seccomp`). A pointer to a field the spec leaves out is told when something
 * decides it (`/process/terminal` without a tty); a pointer nothing knows is returned apart.
 */
export function explainFields(
  spec: unknown,
  provenance: SpecProvenance,
  pointers: readonly string[],
): { readonly fields: ExplainedField[]; readonly unknown: string[] } {
  const fields: ExplainedField[] = [];
  const seen = new Set<string>();
  const unknown: string[] = [];
  for (const pointer of pointers.length === 0 ? [""] : pointers) {
    const value = valueAt(spec, pointer);
    if (!value.found) {
      const origins = provenance.originsOf(pointer);
      if (origins?.recordedAt === pointer) fields.push({ pointer, origins: origins.origins });
      else unknown.push(pointer);
      continue;
    }
    for (const leaf of leafPointers(value.value, pointer)) {
      const origins = provenance.originsOf(leaf);
      const at = origins?.recordedAt ?? leaf;
      // Told once, at the recorded field, unless that lies above what was asked for.
      const shown = at.length < pointer.length ? leaf : at;
      if (seen.has(shown)) continue;
      seen.add(shown);
      const { value: shownValue } = valueAt(spec, shown);
      fields.push({ pointer: shown, value: shownValue, origins: origins?.origins ?? [] });
    }
  }
  return { fields, unknown };
}

/** The value at a JSON pointer (RFC 6901), if there is one. */
export function valueAt(
  document: unknown,
  pointer: string,
): { readonly found: boolean; readonly value?: unknown } {
  if (pointer === "") return { found: true, value: document };
  if (!pointer.startsWith("/")) return { found: false };
  let current: unknown = document;
  for (const raw of pointer.slice(1).split("/")) {
    const token = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (typeof current !== "object" || current === null || !Object.hasOwn(current, token)) {
      return { found: false };
    }
    current = (current as Record<string, unknown>)[token];
  }
  return { found: true, value: current };
}

/** The pointer of a top-level section (`/process/env/3` → `process`), for grouping. */
export function sectionOf(pointer: string): string {
  const [, first = ""] = pointer.split("/");
  return first.replaceAll("~1", "/").replaceAll("~0", "~");
}
