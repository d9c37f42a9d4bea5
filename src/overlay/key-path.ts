/** One step into an overlay document: a map key or a list index. */
export type PathSegment = string | number;

/** `["environment", "FOO"]` → `environment.FOO`; `["volumes", 1]` → `volumes[1]`. */
export function formatKeyPath(path: readonly PathSegment[]): string {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else text += text === "" ? segment : `.${segment}`;
  }
  return text;
}

/**
 * Splits an RFC 6901 pointer (as ajv reports instance paths) into segments, typing a segment as a list
 * index where `data` holds a list at that point, so the path formats as `volumes[1]`.
 */
export function pointerToPath(pointer: string, data: unknown): PathSegment[] {
  if (pointer === "") return [];
  const path: PathSegment[] = [];
  let node = data;
  for (const raw of pointer.slice(1).split("/")) {
    const token = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    const segment = Array.isArray(node) ? Number(token) : token;
    path.push(segment);
    node = childOf(node, segment);
  }
  return path;
}

function childOf(node: unknown, segment: PathSegment): unknown {
  if (Array.isArray(node) && typeof segment === "number") return node[segment] as unknown;
  if (typeof node === "object" && node !== null && typeof segment === "string") {
    return Object.hasOwn(node, segment) ? (node as Record<string, unknown>)[segment] : undefined;
  }
  return undefined;
}
