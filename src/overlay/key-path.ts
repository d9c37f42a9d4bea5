/** One step into an overlay document: a map key or a list index. */
export type PathSegment = string | number;

/**
 * A key path as diagnostics and origins name it: `["environment", "FOO"]` → `environment.FOO`,
 * `["volumes", 1]` → `volumes[1]`, `["blkio_config", "device_read_bps", 0]` →
 * `blkio_config.device_read_bps[0]`.
 *
 * Names are written as they are, dots included: `sysctls.net.core.somaxconn`,
 * `labels.com.example.tier`, `annotations.org.opencontainers.image.url`. This stays unambiguous
 * because every map setting whose names may hold dots (`environment`, `labels`, `annotations`,
 * `sysctls`) is flat, with scalar values: in such a path the first segment is the setting and all
 * that follows its first dot is one name. (`ulimits` names are fixed words, so
 * `ulimits.nofile.soft` is the soft value of `nofile`.) Look such a path up whole, or build it with
 * `${key}.${name}`; never split it at later dots.
 */
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
