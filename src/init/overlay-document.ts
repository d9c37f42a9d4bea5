import { Document, isCollection, isScalar, Pair, Scalar, YAMLMap, YAMLSeq } from "yaml";
import type { Node } from "yaml";
import schema from "../../schemas/bundle.schema.json" with { type: "json" };
import type { OverlayDocument } from "../overlay/index.ts";

/** A top-level key of an overlay file, or a Compose-style extension key (`x-…`, ignored). */
export type OverlayKey = keyof OverlayDocument | `x-${string}`;

/** What a reader learns about a key besides its value. */
interface EntryComments {
  /** What the value reproduces, written on the key's line: `HostConfig.Memory`. */
  readonly comment?: string;
  /** Comment lines above the key: what the value needs (host state) or could not carry over. */
  readonly note?: readonly string[];
  /** A comment on one item's line, by list index or map key: `named volume: create it first`. */
  readonly itemComments?: Readonly<Record<string | number, string>>;
}

/** One key to write, with its value as the overlay file spells it. */
export type OverlayEntry =
  | {
      [K in keyof OverlayDocument]-?: {
        readonly key: K;
        readonly value: NonNullable<OverlayDocument[K]>;
      } & EntryComments;
    }[keyof OverlayDocument]
  | ({ readonly key: `x-${string}`; readonly value: unknown } & EntryComments);

/** An overlay file to write. */
export interface OverlayDraft {
  /** The path of schemas/bundle.schema.json relative to the overlay file, for the schema comment. */
  readonly schema: string;
  /** Comment lines after the schema comment: where the overlay comes from. */
  readonly header?: readonly string[];
  readonly entries: readonly OverlayEntry[];
  /** Comment lines at the end of the file: settings that were not carried over, and why. */
  readonly notes?: readonly string[];
}

// The schema lists the keys in the order the README documents them: source first, then the
// process, the filesystem, resources, namespaces and the network.
const keyOrder: readonly string[] = Object.keys(schema.properties);

/** Keys whose list reads as one command line: written in flow style, `["sh", "-c", "…"]`. */
const flowKeys: ReadonlySet<string> = new Set(["command", "entrypoint"]);

/**
 * The overlay file for `draft`: its keys in the schema's order (extension keys `x-…` last, in
 * the order given), each with its comment and note, under the `yaml-language-server` schema
 * comment. Strings that YAML 1.1 would read as something else (`yes`, `on`, `1:30`) are quoted,
 * so the file means the same to every YAML reader.
 */
export function overlayDocument(draft: OverlayDraft): string {
  const doc = new Document(new YAMLMap(), { version: "1.1" });
  const map = doc.contents as YAMLMap;
  for (const entry of sortedEntries(draft.entries)) map.items.push(entryPair(doc, entry));
  const header = [`yaml-language-server: $schema=${draft.schema}`, ...(draft.header ?? [])];
  const first = map.items[0];
  if (first === undefined) doc.commentBefore = commentLines(header);
  else first.key = withBefore(first.key as Scalar, header);
  if (draft.notes !== undefined && draft.notes.length > 0) doc.comment = commentLines(draft.notes);
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

function sortedEntries(entries: readonly OverlayEntry[]): OverlayEntry[] {
  const seen = new Set<string>();
  for (const { key } of entries) {
    if (seen.has(key)) throw new Error(`overlayDocument: the key ${key} is given twice`);
    seen.add(key);
  }
  const rank = (key: string): number => {
    const i = keyOrder.indexOf(key);
    return i === -1 ? keyOrder.length : i;
  };
  return entries
    .map((entry, i) => ({ entry, i }))
    .sort((a, b) => rank(a.entry.key) - rank(b.entry.key) || a.i - b.i)
    .map(({ entry }) => entry);
}

function entryPair(doc: Document, entry: OverlayEntry): Pair<Scalar> {
  const key = new Scalar(entry.key);
  const value = doc.createNode(entry.value) as Node;
  if (flowKeys.has(entry.key) && value instanceof YAMLSeq) {
    value.flow = true;
    for (const item of value.items) if (isScalar(item)) item.type = Scalar.QUOTE_DOUBLE;
  }
  if (isCollection(value)) commentItems(value, entry.itemComments ?? {});
  if (entry.comment !== undefined) {
    // A block collection's own comment would follow its last item: the key's line carries it.
    if (isCollection(value) && value.flow !== true) key.comment = ` ${entry.comment}`;
    else value.comment = ` ${entry.comment}`;
  }
  return new Pair(entry.note === undefined ? key : withBefore(key, entry.note), value);
}

function commentItems(
  collection: YAMLMap | YAMLSeq,
  comments: Readonly<Record<string | number, string>>,
): void {
  collection.items.forEach((item: unknown, i) => {
    const comment = item instanceof Pair ? comments[String(scalarValue(item.key))] : comments[i];
    if (comment === undefined) return;
    const node: unknown = item instanceof Pair ? item.value : item;
    if (isScalar(node) || isCollection(node)) node.comment = ` ${comment}`;
  });
}

function scalarValue(node: unknown): unknown {
  return isScalar(node) ? node.value : node;
}

function withBefore(key: Scalar, lines: readonly string[]): Scalar {
  if (lines.length > 0) key.commentBefore = commentLines(lines);
  return key;
}

function commentLines(lines: readonly string[]): string {
  return lines.map((line) => (line === "" ? "" : ` ${line}`)).join("\n");
}
