import { error } from "../diagnostics.ts";
import type { Diagnostic, Result } from "../diagnostics.ts";
import { imageReferenceProblem } from "./image-reference.ts";
import { collectionReaders } from "./collection-key-readers.ts";
import type { Draft } from "./draft.ts";
import { formatKeyPath } from "./key-path.ts";
import { collectionKeys, replacedKeys } from "./layer.ts";
import type {
  CollectionItems,
  CollectionKey,
  LayerCollection,
  Located,
  OverlayLayer,
  ReplacedKey,
  ReplacedSettings,
} from "./layer.ts";
import type { OverlayDocument } from "./overlay-document.ts";
import type { ParsedOverlay } from "./parse.ts";
import { replacedReaders } from "./replaced-key-readers.ts";
import type { OverlaySource } from "./types.ts";

// Written over the key being set (not the whole key union) so TypeScript can check `into[key] = …`.
type ReplacedValues<K extends ReplacedKey> = { [P in K]?: Located<ReplacedSettings[P]> };
type CollectionValues<K extends CollectionKey> = {
  [P in K]?: LayerCollection<CollectionItems[P]>;
};

/** One validated overlay file in normal form (OverlayLayer), each value with its location. */
export function normalizeOverlay(
  document: OverlayDocument,
  parsed: ParsedOverlay,
): Result<OverlayLayer> {
  const diagnostics: Diagnostic[] = [];
  const replaced: ReplacedValues<ReplacedKey> = {};
  for (const key of replacedKeys) readReplaced(key, document, parsed, replaced, diagnostics);
  const collections: CollectionValues<CollectionKey> = {};
  for (const key of collectionKeys) readCollection(key, document, parsed, collections, diagnostics);
  const source = readSource(document, parsed, diagnostics);
  const layer = { file: parsed.file, replaced, collections, ...(source && { source }) };
  return {
    value: diagnostics.length === 0 ? layer : undefined,
    diagnostics: inFileOrder(diagnostics),
  };
}

function readReplaced<K extends ReplacedKey>(
  key: K,
  document: OverlayDocument,
  parsed: ParsedOverlay,
  into: ReplacedValues<K>,
  diagnostics: Diagnostic[],
): void {
  const raw = document[key];
  if (raw === undefined) return;
  const read = replacedReaders[key](raw);
  const location = parsed.locate([key]);
  if ("problem" in read) diagnostics.push(error("OVL202", read.problem, { key, location }));
  else into[key] = { value: read.value, location };
}

function readCollection<K extends CollectionKey>(
  key: K,
  document: OverlayDocument,
  parsed: ParsedOverlay,
  into: CollectionValues<K>,
  diagnostics: Diagnostic[],
): void {
  const raw = document[key];
  if (raw === undefined) return;
  const items: Located<CollectionItems[K]>[] = [];
  for (const draft of collectionReaders[key](raw, parsed.sourceText, parsed.file)) {
    const item = locateDraft(draft, parsed, diagnostics);
    if (item !== undefined) items.push(item);
  }
  const collection: LayerCollection<CollectionItems[K]> = {
    keyLocation: parsed.locate([key], "key"),
    items,
  };
  into[key] = collection;
}

function locateDraft<T>(
  draft: Draft<T>,
  parsed: ParsedOverlay,
  diagnostics: Diagnostic[],
): Located<T> | undefined {
  if ("value" in draft) return { value: draft.value, location: parsed.locate(draft.path) };
  const location = parsed.locate(draft.path, draft.part);
  diagnostics.push(error("OVL202", draft.problem, { key: formatKeyPath(draft.path), location }));
  return undefined;
}

/** `image` and `container` fill one slot, so a file may set only one of them. */
function readSource(
  document: OverlayDocument,
  parsed: ParsedOverlay,
  diagnostics: Diagnostic[],
): Located<OverlaySource> | undefined {
  const { image, container } = document;
  if (image !== undefined && container !== undefined) {
    // Keys keep file order, so the later of the two is the one to point at.
    const later = Object.keys(parsed.data).findLast((k) => k === "image" || k === "container");
    const key = later ?? "container";
    const message = `set exactly one of "image" or "container", not both`;
    diagnostics.push(error("OVL203", message, { key, location: parsed.locate([key], "key") }));
    return undefined;
  }
  if (image !== undefined) {
    const location = parsed.locate(["image"]);
    const problem = imageReferenceProblem(image);
    if (problem === undefined) return { value: { kind: "image", ref: image }, location };
    const message = `"image" ${JSON.stringify(image)} is not a reference Docker accepts: ${problem}`;
    diagnostics.push(error("OVL202", message, { key: "image", location }));
    return undefined;
  }
  if (container !== undefined) {
    return { value: { kind: "container", ref: container }, location: parsed.locate(["container"]) };
  }
  return undefined;
}

/** Diagnostics in the order of the places they point at, as the file reads. */
function inFileOrder(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const position = (d: Diagnostic) => [d.location?.line ?? 0, d.location?.col ?? 0] as const;
  return diagnostics.toSorted((a, b) => {
    const [la, ca] = position(a);
    const [lb, cb] = position(b);
    return la - lb || ca - cb;
  });
}
