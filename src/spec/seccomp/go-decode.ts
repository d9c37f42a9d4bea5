import type { JsonTree } from "./read-json-tree.ts";

/*
 * Field decoders that follow Go's encoding/json (Go 1.19, which decodes Docker's profile): member
 * names match struct fields case-insensitively and a later duplicate wins; unknown members are
 * ignored; `null` leaves a string, number or struct unchanged and clears a slice or pointer; a
 * value of the wrong JSON type is an error; a uint takes only an unsigned integer literal in range.
 */

/** A value that Go would refuse to decode; `path` locates it in the profile. */
export class DecodeError extends Error {
  constructor(path: string, problem: string) {
    super(`seccomp profile: ${path === "" ? "" : `${path}: `}${problem}`);
    this.name = "DecodeError";
  }
}

const maxUint64 = 2n ** 64n - 1n;

/** A member name as Go matches it against struct fields: case-folded (ſ folds to s, K to k). */
export function foldFieldName(name: string): string {
  return name.toLowerCase().replaceAll("ſ", "s");
}

/** The members of an object; `null` has none (Go leaves the struct as it was). */
export function objectMembers(
  tree: JsonTree,
  path: string,
): readonly (readonly [string, JsonTree])[] {
  if (tree.kind === "null") return [];
  if (tree.kind !== "object") throw mismatch(tree, path, "an object");
  return tree.members;
}

/** A string field; `null` keeps `previous`. */
export function decodeString(tree: JsonTree, path: string, previous: string): string {
  if (tree.kind === "null") return previous;
  if (tree.kind !== "string") throw mismatch(tree, path, "a string");
  return tree.value;
}

/** A `[]string` field; `null` clears it (undefined), a `null` item decodes as "". */
export function decodeStringList(tree: JsonTree, path: string): string[] | undefined {
  return decodeList(tree, path, (item, itemPath) => decodeString(item, itemPath, ""));
}

/** A slice field, each item decoded by `decodeItem`; `null` clears it (undefined). */
export function decodeList<T>(
  tree: JsonTree,
  path: string,
  decodeItem: (item: JsonTree, itemPath: string) => T,
): T[] | undefined {
  if (tree.kind === "null") return undefined;
  if (tree.kind !== "array") throw mismatch(tree, path, "an array");
  return tree.items.map((item, index) => decodeItem(item, `${path}[${index}]`));
}

/** A `uint64` field (decimal integer literal, 0…2^64-1); `null` keeps `previous`. */
export function decodeUint64(tree: JsonTree, path: string, previous: bigint): bigint {
  if (tree.kind === "null") return previous;
  if (tree.kind !== "number") throw mismatch(tree, path, "an unsigned integer");
  const value = /^[0-9]+$/.test(tree.text) ? BigInt(tree.text) : undefined;
  if (value === undefined || value > maxUint64) {
    throw new DecodeError(path, `${tree.text} is not an unsigned 64-bit integer`);
  }
  return value;
}

/**
 * A `uint` field that rbc keeps as a number (`index`, `errnoRet`). Go would take values up to
 * 2^64-1; rbc refuses those above 2^53-1, which no kernel accepts there anyway.
 */
export function decodeSafeUint(tree: JsonTree, path: string, previous: number): number {
  const value = decodeUint64(tree, path, BigInt(previous));
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new DecodeError(path, `${value} is too large (rbc limit: 2^53-1)`);
  }
  return Number(value);
}

function mismatch(tree: JsonTree, path: string, expected: string): DecodeError {
  return new DecodeError(path, `expected ${expected}, got ${describe(tree)}`);
}

function describe(tree: JsonTree): string {
  switch (tree.kind) {
    case "number":
      return `number ${tree.text}`;
    case "string":
      return `string ${JSON.stringify(tree.value)}`;
    case "boolean":
      return String(tree.value);
    default:
      return tree.kind === "null" ? "null" : `an ${tree.kind}`;
  }
}
