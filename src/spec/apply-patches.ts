import type { JsonPatchOperation } from "../overlay/index.ts";

export type PatchResult =
  { readonly value: unknown } | { readonly failed: number; readonly reason: string };

/**
 * RFC 6902 JSON Patch over a plain JSON value, all or nothing: the input is never modified, and the
 * first operation that cannot apply stops the patch with its index and the reason.
 */
export function applyPatches(
  document: unknown,
  operations: readonly JsonPatchOperation[],
): PatchResult {
  let current = structuredClone(document);
  for (const [index, operation] of operations.entries()) {
    try {
      current = applyOperation(current, operation);
    } catch (problem) {
      if (!(problem instanceof PatchError)) throw problem;
      return { failed: index, reason: problem.message };
    }
  }
  return { value: current };
}

class PatchError extends Error {}

function applyOperation(doc: unknown, op: JsonPatchOperation): unknown {
  switch (op.op) {
    case "add":
      return add(doc, parsePointer(op.path), structuredClone(op.value));
    case "remove":
      return remove(doc, parsePointer(op.path)).doc;
    case "replace": {
      const tokens = parsePointer(op.path);
      get(doc, tokens, op.path);
      return add(remove(doc, tokens).doc, tokens, structuredClone(op.value));
    }
    case "move": {
      if (op.path.startsWith(`${op.from}/`))
        throw new PatchError(`cannot move ${op.from} into itself`);
      const taken = remove(doc, parsePointer(op.from));
      return add(taken.doc, parsePointer(op.path), taken.value);
    }
    case "copy":
      return add(
        doc,
        parsePointer(op.path),
        structuredClone(get(doc, parsePointer(op.from), op.from)),
      );
    case "test": {
      const actual = get(doc, parsePointer(op.path), op.path);
      if (!deepEqual(actual, op.value)) {
        throw new PatchError(`test failed: ${op.path} is ${JSON.stringify(actual)}`);
      }
      return doc;
    }
  }
}

/** RFC 6901: `/a/b~1c/0` → ["a", "b/c", "0"]. */
function parsePointer(pointer: string): string[] {
  if (pointer === "") return [];
  if (!pointer.startsWith("/"))
    throw new PatchError(`"${pointer}" is not a JSON pointer (must start with /)`);
  return pointer
    .slice(1)
    .split("/")
    .map((t) => t.replaceAll("~1", "/").replaceAll("~0", "~"));
}

function get(doc: unknown, tokens: readonly string[], pointer: string): unknown {
  let node = doc;
  for (const token of tokens) {
    if (Array.isArray(node)) node = node[arrayIndex(token, node.length - 1, pointer)];
    else if (isObject(node) && Object.hasOwn(node, token)) node = node[token];
    else throw new PatchError(`path ${pointer} does not exist`);
  }
  return node;
}

function add(doc: unknown, tokens: readonly string[], value: unknown): unknown {
  if (tokens.length === 0) return value;
  const parentPath = tokens.slice(0, -1);
  const parent = get(doc, parentPath, pointerOf(parentPath));
  const last = tokens[tokens.length - 1] ?? "";
  if (Array.isArray(parent)) {
    const index = last === "-" ? parent.length : arrayIndex(last, parent.length, pointerOf(tokens));
    parent.splice(index, 0, value);
  } else if (isObject(parent)) {
    parent[last] = value;
  } else {
    throw new PatchError(`cannot add ${pointerOf(tokens)}: parent is not an object or array`);
  }
  return doc;
}

function remove(doc: unknown, tokens: readonly string[]): { doc: unknown; value: unknown } {
  const pointer = pointerOf(tokens);
  if (tokens.length === 0) throw new PatchError("cannot remove the whole document");
  const parent = get(doc, tokens.slice(0, -1), pointer);
  const last = tokens[tokens.length - 1] ?? "";
  if (Array.isArray(parent)) {
    const [value] = parent.splice(arrayIndex(last, parent.length - 1, pointer), 1) as unknown[];
    return { doc, value };
  }
  if (isObject(parent) && Object.hasOwn(parent, last)) {
    const value = parent[last];
    Reflect.deleteProperty(parent, last);
    return { doc, value };
  }
  throw new PatchError(`path ${pointer} does not exist`);
}

function arrayIndex(token: string, max: number, pointer: string): number {
  if (!/^(0|[1-9]\d*)$/.test(token) || Number(token) > max) {
    throw new PatchError(`path ${pointer}: "${token}" is not a valid index`);
  }
  return Number(token);
}

function pointerOf(tokens: readonly string[]): string {
  return tokens.map((t) => `/${t.replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => deepEqual(a[k], b[k]));
  }
  return false;
}
