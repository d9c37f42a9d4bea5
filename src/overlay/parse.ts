import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node,
  type Scalar,
  type YAMLError,
} from "yaml";
import { error, type Diagnostic, type Result, type SourceLocation } from "../diagnostics.ts";
import type { PathSegment } from "./key-path.ts";
import { isMergeKey, mergeKeyProblems, mergeSources } from "./merge-keys.ts";

/** An overlay file's plain value, with a way back from any key path to where it was written. */
export interface ParsedOverlay {
  readonly file: string;
  readonly data: Readonly<Record<string, unknown>>;
  /**
   * Where the node at `path` starts, or its map key with `part: "key"`. A path that goes past what
   * the file holds falls back to the deepest node it reaches.
   */
  readonly locate: (path: readonly PathSegment[], part?: "key" | "value") => SourceLocation;
  /** The text of a plain scalar as written (`1.10`, not `1.1`); undefined for other nodes. */
  readonly sourceText: (path: readonly PathSegment[]) => string | undefined;
}

/**
 * Parses one overlay file. Syntax errors, duplicate keys, a non-mapping document and a merge key
 * (`<<`) of something other than mappings are OVL101. Anchors, aliases and merge keys work as in
 * a Compose file (see merge-keys.ts); a merged value is located where it is written.
 */
export function parseOverlay(text: string, file: string): Result<ParsedOverlay> {
  const lineCounter = new LineCounter();
  const options = { lineCounter, prettyErrors: false, uniqueKeys: true, merge: true };
  const doc = parseDocument(text, options);
  const at = (offset: number): SourceLocation => ({ file, ...lineCounter.linePos(offset) });
  // A tag yaml cannot resolve (`!include`, `!env`) would be read as a plain string: an error, so no
  // setting silently takes a value other than the one meant.
  const unresolvedTags = doc.warnings.filter((w) => w.code === "TAG_RESOLVE_FAILED");
  const diagnostics: Diagnostic[] = [
    ...doc.errors.map((e) => syntaxDiagnostic(e, doc, at)),
    ...unresolvedTags.map((w) => unresolvedTagDiagnostic(w, text, at)),
    ...doc.warnings
      .filter((w) => w.code !== "TAG_RESOLVE_FAILED")
      .map((w) => ({ ...syntaxDiagnostic(w, doc, at), severity: "warning" as const })),
  ];
  if (doc.errors.length > 0 || unresolvedTags.length > 0) return { value: undefined, diagnostics };

  const root = doc.contents;
  if (root !== null && !isMap(root)) {
    const got = isSeq(root) ? "a list" : "a single value";
    const message = `an overlay must be a mapping of settings, got ${got}`;
    return fail([...diagnostics, error("OVL101", message, { location: at(rangeStart(root)) })]);
  }
  const badMerges = mergeKeyProblems(doc).map((offset) => {
    const message =
      "a merge key (<<) takes a mapping or a list of them, such as *defaults or [*a, *b]";
    return error("OVL101", message, { location: at(offset) });
  });
  if (badMerges.length > 0) return fail([...diagnostics, ...badMerges]);
  const data = toPlainData(doc);
  if (typeof data === "string") {
    return fail([...diagnostics, error("OVL101", data, { location: at(0) })]);
  }
  const locate = (path: readonly PathSegment[], part: "key" | "value" = "value") =>
    at(offsetOf(find(doc, path), part));
  const sourceText = (path: readonly PathSegment[]) => plainSource(doc, find(doc, path));
  return { value: { file, data, locate, sourceText }, diagnostics };
}

function fail(diagnostics: readonly Diagnostic[]): Result<ParsedOverlay> {
  return { value: undefined, diagnostics };
}

function unresolvedTagDiagnostic(
  w: YAMLError,
  text: string,
  at: (offset: number) => SourceLocation,
): Diagnostic {
  const [start, end] = w.pos;
  const tag = text.slice(start, end);
  const message = `unknown YAML tag ${tag}: overlays are plain YAML (share settings with "extends")`;
  return error("OVL101", message, { location: at(start) });
}

function syntaxDiagnostic(
  e: YAMLError,
  doc: Document,
  at: (offset: number) => SourceLocation,
): Diagnostic {
  const [offset] = e.pos;
  if (e.code === "DUPLICATE_KEY") {
    const key = scalarWhere(doc, (node) => node.range?.[0] === offset);
    if (key)
      return error("OVL101", `duplicate key "${String(key.value)}"`, { location: at(offset) });
  }
  if (e.code === "MISSING_CHAR") {
    // yaml reports an unclosed quote where the file ends; where the string opens is more useful.
    const quoted = scalarWhere(doc, (node) => isQuoted(node) && node.range?.[1] === offset);
    const start = quoted?.range?.[0];
    if (start !== undefined) {
      const message = `missing closing quote for the string that starts here`;
      return error("OVL101", message, { location: at(start) });
    }
  }
  return error("OVL101", e.message, { location: at(offset) });
}

function scalarWhere(doc: Document, test: (node: Scalar) => boolean): Scalar | undefined {
  let found: Scalar | undefined;
  visit(doc, {
    Scalar(_, node) {
      if (!test(node)) return undefined;
      found = node;
      return visit.BREAK;
    },
  });
  return found;
}

function isQuoted(node: Scalar): boolean {
  return node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE";
}

/** The document as plain data, or a message when converting it fails (alias bombs, for one). */
function toPlainData(doc: Document): Record<string, unknown> | string {
  try {
    const value: unknown = doc.toJS({ maxAliasCount: 100 });
    return isRecord(value) ? value : {};
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

interface Found {
  readonly node: Node | null;
  /** The map key of `node`, when a map holds it. */
  readonly key: Node | null;
}

/** The node at `path`, or the deepest node on the way there. */
function find(doc: Document, path: readonly PathSegment[]): Found {
  let found: Found = { node: doc.contents, key: null };
  for (const segment of path) {
    const next = step(doc, resolved(doc, found.node), segment);
    if (next === undefined) return found;
    found = next;
  }
  return found;
}

/** A key the map does not hold itself is looked up in what it merges, where it is written. */
function step(
  doc: Document,
  node: Node | null,
  segment: PathSegment,
  seen: ReadonlySet<Node> = new Set(),
): Found | undefined {
  if (isMap(node)) {
    const pair = node.items.find(
      (p) => isScalar(p.key) && !isMergeKey(p.key) && String(p.key.value) === String(segment),
    );
    if (pair !== undefined) {
      return {
        node: isNode(pair.value) ? pair.value : null,
        key: isNode(pair.key) ? pair.key : null,
      };
    }
    const within = new Set([...seen, node]);
    for (const source of mergeSources(doc, node).filter((s) => !within.has(s))) {
      const found = step(doc, source, segment, within);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (isSeq(node) && typeof segment === "number") {
    const item: unknown = node.items[segment];
    return isNode(item) ? { node: item, key: null } : undefined;
  }
  return undefined;
}

function resolved(doc: Document, node: Node | null): Node | null {
  return isAlias(node) ? (node.resolve(doc) ?? null) : node;
}

function isNode(value: unknown): value is Node {
  return isScalar(value) || isMap(value) || isSeq(value) || isAlias(value);
}

/** An empty value (`FOO:`) has no text of its own, so it is located at its key. */
function offsetOf({ node, key }: Found, part: "key" | "value"): number {
  if (key !== null && (part === "key" || node === null || isEmpty(node))) return rangeStart(key);
  return node === null ? 0 : rangeStart(node);
}

function isEmpty(node: Node): boolean {
  return isScalar(node) && node.value === null && node.range?.[0] === node.range?.[1];
}

function rangeStart(node: Node): number {
  return node.range?.[0] ?? 0;
}

function plainSource(doc: Document, { node }: Found): string | undefined {
  const scalar = resolved(doc, node);
  return isScalar(scalar) && scalar.type === "PLAIN" ? scalar.source : undefined;
}
