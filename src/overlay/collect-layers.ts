import schema from "../../schemas/bundle.schema.json" with { type: "json" };
import { error, hasErrors } from "../diagnostics.ts";
import type { Diagnostic, Result, SourceLocation } from "../diagnostics.ts";
import { closestName } from "./closest-name.ts";
import type { Located, OverlayLayer } from "./layer.ts";
import { normalizeOverlay } from "./normalize.ts";
import type { OverlayDocument } from "./overlay-document.ts";
import { parseOverlay } from "./parse.ts";
import type { ParsedOverlay } from "./parse.ts";
import { validateOverlay } from "./validate.ts";

/**
 * Reading an overlay file: its text, or why there is none. A `confidential` file's content must
 * never appear in a message (a file outside the checkout).
 */
export type ReadOutcome =
  | { readonly text: string; readonly confidential?: true }
  | { readonly missing: true }
  | { readonly unreadable: string };

/** Port to the files overlays live in; load.ts adapts the file system to it. */
export interface OverlayFiles {
  read(file: string): Promise<ReadOutcome>;
  /** The path of the base that `reference` (an `extends` entry) names, relative to file `from`. */
  resolve(from: string, reference: string): string;
}

/** The base a file was reached from, and whether its content may be quoted. */
interface BaseReference {
  readonly entry: Located<string>;
  readonly confidential: boolean;
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

async function visit(
  file: string,
  text: string,
  chain: readonly string[],
  walk: Walk,
  base?: BaseReference,
) {
  walk.seen.add(file);
  const { parsed, checked, layer } =
    base === undefined ? readLayer(text, file) : readBase(text, file);
  const own = shown([...parsed.diagnostics, ...(checked?.diagnostics ?? [])], parsed.value, base);
  walk.diagnostics.push(...own.diagnostics);
  if (own.refused) return;
  if (parsed.value === undefined) return;
  const { keyLocation, entries } = extendsEntries(parsed.value);
  for (const entry of entries) {
    const next = walk.files.resolve(file, entry.value);
    if (chain.includes(next)) {
      const cycle = [...chain.slice(chain.indexOf(next)), next].join(" → ");
      const where = { key: "extends", location: keyLocation };
      walk.diagnostics.push(error("OVL301", `extends cycle: ${cycle}`, where));
    } else if (!walk.seen.has(next)) {
      await visitBase(next, entry, [...chain, next], walk);
    }
  }
  if (layer === undefined) return;
  walk.diagnostics.push(...shown(layer.diagnostics, parsed.value, base).diagnostics);
  if (layer.value !== undefined) walk.layers.push(layer.value);
}

/** One file's parse, schema check and normal form: a pure function of its text and name. */
interface ReadLayer {
  readonly parsed: Result<ParsedOverlay>;
  readonly checked: Result<OverlayDocument> | undefined;
  readonly layer: Result<OverlayLayer> | undefined;
}

function readLayer(text: string, file: string): ReadLayer {
  const parsed = parseOverlay(text, file);
  const value = parsed.value;
  const checked = value && validateOverlay(value);
  const layer = value && checked?.value && normalizeOverlay(checked.value, value);
  return { parsed, checked, layer };
}

/**
 * Bases by file, with the text they were read from: a repository's bundles share a few bases, and
 * a build or check of many bundles (or a long `rbc watch`) reads each from disk every time but
 * parses it again only when its text changed. Only bases are kept, so the memo stays as small as
 * the set of bases.
 */
const readBases = new Map<string, { readonly text: string; readonly read: ReadLayer }>();

function readBase(text: string, file: string): ReadLayer {
  const known = readBases.get(file);
  if (known?.text === text) return known.read;
  const read = readLayer(text, file);
  readBases.set(file, { text, read });
  return read;
}

const overlayKeys = Object.keys(schema.properties);

/** An overlay setting, or a name close enough to one to be a typo of it. */
function looksLikeSetting(key: string): boolean {
  return overlayKeys.includes(key) || closestName(key, overlayKeys) !== undefined;
}

/**
 * The diagnostics of a file that may be shown. The overlay itself and the bases inside the
 * checkout are shown in full, except a base that is a mapping with none of the overlay's settings
 * nor a near miss of one (a credentials file, say): one OVL102 at the `extends` entry says it is
 * not an overlay. A base
 * outside the checkout (a path to /etc/shadow) never has a word of it shown: its errors become one
 * OVL102 at the `extends` entry, its warnings are dropped. `refused` when the file is not to be
 * followed further.
 */
function shown(
  diagnostics: readonly Diagnostic[],
  parsed: ParsedOverlay | undefined,
  base: BaseReference | undefined,
): { diagnostics: readonly Diagnostic[]; refused: boolean } {
  if (base === undefined) return { diagnostics, refused: false };
  const keys = Object.keys(parsed?.data ?? {});
  const where = { key: "extends", location: base.entry.location };
  const name = `base overlay "${base.entry.value}"`;
  if (keys.length > 0 && !keys.some(looksLikeSetting)) {
    const message = `${name} is not an overlay (none of its keys is an overlay setting); its content is not shown`;
    return { diagnostics: [error("OVL102", message, where)], refused: true };
  }
  if (!base.confidential) return { diagnostics, refused: false };
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  if (errors === 0) return { diagnostics: [], refused: false };
  const message = `${name} is not a valid overlay (${String(errors)} error(s)); it is outside the checkout, so its content is not shown`;
  return { diagnostics: [error("OVL102", message, where)], refused: true };
}

async function visitBase(base: string, entry: Located<string>, chain: string[], walk: Walk) {
  const read = await walk.files.read(base);
  if ("text" in read) {
    await visit(base, read.text, chain, walk, { entry, confidential: read.confidential ?? false });
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
