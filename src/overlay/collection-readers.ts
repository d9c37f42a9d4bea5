import { formatKeyPath } from "./key-path.ts";
import type { PathSegment } from "./key-path.ts";
import type { CollectionItems, CollectionKey, LabelEntry } from "./layer.ts";
import { tmpfsTarget, volumeTarget } from "./mount-target.ts";
import type { OverlayDocument, PatchDocument } from "./overlay-document.ts";
import type { EnvEntry, JsonPatchOperation } from "./types.ts";

type Path = readonly PathSegment[];

/** A read item, or what is wrong with it (`part: "key"` when the problem is a map key). */
export type Draft<T> =
  | { readonly path: Path; readonly value: T }
  | { readonly path: Path; readonly problem: string; readonly part?: "key" };

type Raw<K extends keyof OverlayDocument> = NonNullable<OverlayDocument[K]>;
type EnvRaw = Exclude<Raw<"environment">, readonly string[]>[string];

/** Looks up the text of a plain scalar as written; numbers keep their digits through it. */
type SourceText = (path: Path) => string | undefined;

type Reader<K extends CollectionKey> = (
  raw: Raw<K>,
  sourceText: SourceText,
) => Draft<CollectionItems[K]>[];

/**
 * Turns each collection setting's accepted forms into one list of items. Value forms the schema
 * cannot express (an empty variable name, a label without `=`, a relative mount target) become
 * problems here.
 */
export const collectionReaders: { readonly [K in CollectionKey]: Reader<K> } = {
  environment: (raw, sourceText) =>
    isList(raw)
      ? raw.map(envListItem)
      : Object.entries(raw).map(([name, value]) => envMapItem(name, value, sourceText)),
  labels: (raw) =>
    isList(raw)
      ? raw.map(labelListItem)
      : Object.entries(raw).map(([name, value]) => labelMapItem(name, value)),
  cap_add: (raw) => raw.map((value, i) => ({ path: ["cap_add", i], value })),
  cap_drop: (raw) => raw.map((value, i) => ({ path: ["cap_drop", i], value })),
  volumes: (raw) => raw.map((value, i) => mountItem(["volumes", i], value, volumeTarget)),
  tmpfs: (raw) =>
    isList(raw)
      ? raw.map((value, i) => mountItem(["tmpfs", i], value, tmpfsTarget))
      : [mountItem(["tmpfs"], raw, tmpfsTarget)],
  patches: (raw) => raw.map((patch, i) => ({ path: ["patches", i], value: toOperation(patch) })),
};

function isList<T>(raw: T): raw is Extract<T, readonly unknown[]> {
  return Array.isArray(raw);
}

function envMapItem(name: string, raw: EnvRaw, sourceText: SourceText): Draft<EnvEntry> {
  const path = ["environment", name];
  if (name === "" || name.includes("=")) {
    const problem = `"environment" has a variable named ${JSON.stringify(name)}; names must be non-empty and have no "="`;
    return { path, problem, part: "key" };
  }
  // As written: `VERSION: 1.10` means "1.10", not the "1.1" its float value would print as.
  const value = typeof raw === "number" ? (sourceText(path) ?? String(raw)) : raw;
  return { path, value: { name, value: value === null ? null : String(value) } };
}

function labelMapItem(name: string, value: string): Draft<LabelEntry> {
  const path = ["labels", name];
  if (name === "") return { path, problem: `"labels" has a label with an empty name`, part: "key" };
  return { path, value: { name, value } };
}

/** A bare `KEY` (no `=`) removes the variable: rbc never reads the host environment. */
function envListItem(item: string, index: number): Draft<EnvEntry> {
  const path = ["environment", index];
  const cut = item.indexOf("=");
  if (cut === 0 || item === "") return emptyName(path, item);
  const name = cut === -1 ? item : item.slice(0, cut);
  return { path, value: { name, value: cut === -1 ? null : item.slice(cut + 1) } };
}

function labelListItem(item: string, index: number): Draft<LabelEntry> {
  const path = ["labels", index];
  const cut = item.indexOf("=");
  if (cut === -1) {
    return { path, problem: `"labels[${index}]" must be KEY=VALUE, got ${JSON.stringify(item)}` };
  }
  if (cut === 0) return emptyName(path, item);
  return { path, value: { name: item.slice(0, cut), value: item.slice(cut + 1) } };
}

function emptyName<T>(path: Path, item: string): Draft<T> {
  return { path, problem: `"${formatKeyPath(path)}" has an empty name: ${JSON.stringify(item)}` };
}

function mountItem(
  path: Path,
  value: string,
  target: (text: string) => string | undefined,
): Draft<string> {
  if (target(value) !== undefined) return { path, value };
  const key = formatKeyPath(path);
  const form =
    path[0] === "volumes"
      ? "SOURCE:TARGET[:MODE] or TARGET, with an absolute TARGET"
      : "TARGET or TARGET:OPTIONS, with an absolute TARGET";
  return { path, problem: `"${key}" must be ${form}, got ${JSON.stringify(value)}` };
}

function toOperation(patch: PatchDocument): JsonPatchOperation {
  const { op, path } = patch;
  switch (op) {
    case "remove":
      return { op, path };
    case "move":
    case "copy":
      return { op, from: patch.from ?? "", path };
    default:
      return { op, path, value: patch.value };
  }
}
