import { error, hasErrors } from "../diagnostics.ts";
import type { Diagnostic, Result, SourceLocation } from "../diagnostics.ts";
import type { Located, OverlayLayer } from "./layer.ts";
import { normalizeOverlay } from "./normalize.ts";
import { parseOverlay } from "./parse.ts";
import type { ParsedOverlay } from "./parse.ts";
import { validateOverlay } from "./validate.ts";

/** Reading an overlay file: its text, or why there is none. */
export type ReadOutcome =
  { readonly text: string } | { readonly missing: true } | { readonly unreadable: string };

/** Port to the files overlays live in; load.ts adapts the file system to it. */
export interface OverlayFiles {
  read(file: string): Promise<ReadOutcome>;
  /** The path of the base that `reference` (an `extends` entry) names, relative to file `from`. */
  resolve(from: string, reference: string): string;
}

interface Walk {
  readonly files: OverlayFiles;
  readonly layers: OverlayLayer[];
  readonly diagnostics: Diagnostic[];
  readonly seen: Set<string>;
}

/**
 * Reads an overlay file and every base it extends into layers in merge order (see merge.ts): bases
 * depth first in `extends` order, each file once, the file itself last. Every file is checked even
 * after another fails, so one run reports all problems; the layers come back only if none is an error.
 */
export async function collectLayers(
  file: string,
  files: OverlayFiles,
): Promise<Result<OverlayLayer[]>> {
  const read = await files.read(file);
  if (!("text" in read)) return { value: undefined, diagnostics: [cannotRead(file, read)] };
  const walk: Walk = { files, layers: [], diagnostics: [], seen: new Set() };
  await visit(file, read.text, [file], walk);
  const { layers, diagnostics } = walk;
  return { value: hasErrors(diagnostics) ? undefined : layers, diagnostics };
}

async function visit(file: string, text: string, chain: readonly string[], walk: Walk) {
  walk.seen.add(file);
  const parsed = parseOverlay(text, file);
  walk.diagnostics.push(...parsed.diagnostics);
  if (parsed.value === undefined) return;
  const checked = validateOverlay(parsed.value);
  walk.diagnostics.push(...checked.diagnostics);
  const { keyLocation, entries } = extendsEntries(parsed.value);
  for (const entry of entries) {
    const base = walk.files.resolve(file, entry.value);
    if (chain.includes(base)) {
      const cycle = [...chain.slice(chain.indexOf(base)), base].join(" → ");
      const where = { key: "extends", location: keyLocation };
      walk.diagnostics.push(error("OVL301", `extends cycle: ${cycle}`, where));
    } else if (!walk.seen.has(base)) {
      await visitBase(base, entry, [...chain, base], walk);
    }
  }
  if (checked.value === undefined) return;
  const layer = normalizeOverlay(checked.value, parsed.value);
  walk.diagnostics.push(...layer.diagnostics);
  if (layer.value !== undefined) walk.layers.push(layer.value);
}

async function visitBase(base: string, entry: Located<string>, chain: string[], walk: Walk) {
  const read = await walk.files.read(base);
  if ("text" in read) {
    await visit(base, read.text, chain, walk);
    return;
  }
  const where = { key: "extends", location: entry.location };
  walk.diagnostics.push(
    "missing" in read
      ? error("OVL302", `base overlay "${entry.value}" not found (looked for ${base})`, where)
      : cannotRead(base, read, entry.location),
  );
}

function cannotRead(
  file: string,
  read: Exclude<ReadOutcome, { text: string }>,
  location?: SourceLocation,
): Diagnostic {
  const reason = "missing" in read ? "file not found" : read.unreadable;
  return error("OVL102", `cannot read ${file}: ${reason}`, { location });
}

/** `extends` entries, read leniently so bases are checked even when this file has schema errors. */
function extendsEntries(parsed: ParsedOverlay): {
  keyLocation: SourceLocation;
  entries: Located<string>[];
} {
  const raw = parsed.data.extends;
  const keyLocation = parsed.locate(["extends"], "key");
  if (typeof raw === "string") {
    return { keyLocation, entries: [{ value: raw, location: parsed.locate(["extends"]) }] };
  }
  const list: unknown[] = Array.isArray(raw) ? raw : [];
  const entries = list.flatMap((value, i) =>
    typeof value === "string" && value !== ""
      ? [{ value, location: parsed.locate(["extends", i]) }]
      : [],
  );
  return { keyLocation, entries };
}
