import { createHash } from "node:crypto";

/**
 * Which of an image's layers a layer tar in its `docker save` archive is, known before its bytes
 * are read, so that a layer scanned before need not be scanned again. Each answer is proven, never
 * guessed; a tar that cannot be placed is scanned as usual.
 *
 * - The OCI layout of Docker >= 25 names an uncompressed layer `blobs/sha256/<hex>` by its digest,
 *   which is its diff_id.
 * - The legacy layout of Docker 20.10 names it `<v1-id>/layer.tar`, and `<v1-id>/json` comes just
 *   before it. moby's v1.CreateID (image/v1/imagev1.go, called by image/tarexport/save.go) makes
 *   the v1 id the sha256 of that json without its `id`, re-encoded as a map (keys sorted, values
 *   as written) with `layer_id` set to the layer's chain id and `parent` to the parent's v1 id as a
 *   digest; save.go sets `os` on the layers below the top one only after computing their id. The
 *   id is recomputed for each chain id of the image: a match is a sha256 preimage, so the tar is
 *   the one the engine wrote for that chain, and so for that layer.
 */

/** The diff_id an OCI blob name stands for, when it is one of the image's diff_ids. */
export function blobDiffId(archivePath: string, diffIds: readonly string[]): string | undefined {
  const match = /^blobs\/sha256\/([0-9a-f]{64})$/.exec(archivePath);
  if (match === null) return undefined;
  const diffId = `sha256:${match[1] ?? ""}`;
  return diffIds.includes(diffId) ? diffId : undefined;
}

/**
 * The position among `diffIds` of the legacy layer directory whose `json` is `v1Json` and whose
 * name is `v1Id`, or undefined when no chain id of the image gives that v1 id.
 */
export function legacyLayerIndex(
  v1Id: string,
  v1Json: string,
  diffIds: readonly string[],
): number | undefined {
  const members = topLevelMembers(v1Json);
  if (members === undefined || !/^[0-9a-f]{64}$/.test(v1Id)) return undefined;
  const parent = members.get("parent");
  const chainIds = chainIdsOf(diffIds);
  for (const [index, chainId] of chainIds.entries()) {
    const fields = new Map(members);
    fields.delete("id");
    fields.set("layer_id", JSON.stringify(chainId));
    // Below layer 0 the parent is the layer underneath, written as a hex id and hashed as a digest.
    if (index > 0 && parent !== undefined) {
      const hex: unknown = JSON.parse(parent);
      if (typeof hex !== "string") continue;
      fields.set("parent", JSON.stringify(`sha256:${hex}`));
    }
    const withoutOs = new Map(fields);
    withoutOs.delete("os");
    if (v1IdOf(fields) === v1Id || v1IdOf(withoutOs) === v1Id) return index;
  }
  return undefined;
}

/** Chain ids (image-spec config.md#layer-chainid): C0 = D0, Cn = sha256(Cn-1 + " " + Dn). */
function chainIdsOf(diffIds: readonly string[]): string[] {
  const chainIds: string[] = [];
  for (const diffId of diffIds) {
    const below = chainIds.at(-1);
    chainIds.push(below === undefined ? diffId : `sha256:${sha256Hex(`${below} ${diffId}`)}`);
  }
  return chainIds;
}

/** Go's json.Marshal of a map[string]*json.RawMessage: keys sorted, values verbatim. */
function v1IdOf(fields: ReadonlyMap<string, string>): string {
  const keys = [...fields.keys()].sort();
  const text = `{${keys.map((key) => `${JSON.stringify(key)}:${fields.get(key) ?? ""}`).join(",")}}`;
  return sha256Hex(text);
}

function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/**
 * The members of a compact JSON object as key → the value's text as written, or undefined when the
 * text is not one (whitespace between tokens is not expected: Go's encoder writes none).
 */
export function topLevelMembers(text: string): Map<string, string> | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const members = new Map<string, string>();
  let at = 1;
  while (at < text.length - 1) {
    const keyEnd = stringEnd(text, at);
    if (keyEnd === undefined || text[keyEnd] !== ":") return undefined;
    const key: unknown = JSON.parse(text.slice(at, keyEnd));
    const valueEnd = valueEndAt(text, keyEnd + 1);
    if (typeof key !== "string" || valueEnd === undefined) return undefined;
    members.set(key, text.slice(keyEnd + 1, valueEnd));
    at = text[valueEnd] === "," ? valueEnd + 1 : valueEnd;
  }
  return members;
}

/** The index just past the JSON string that starts at `start`. */
function stringEnd(text: string, start: number): number | undefined {
  if (text[start] !== '"') return undefined;
  for (let at = start + 1; at < text.length; at += 1) {
    if (text[at] === "\\") at += 1;
    else if (text[at] === '"') return at + 1;
  }
  return undefined;
}

/** The index just past the JSON value that starts at `start` (the text is valid JSON). */
function valueEndAt(text: string, start: number): number | undefined {
  let depth = 0;
  let at = start;
  while (at < text.length) {
    const char = text[at];
    if (char === '"') {
      const end = stringEnd(text, at);
      if (end === undefined || depth === 0) return end;
      at = end;
      continue;
    }
    if (char === "{" || char === "[") {
      depth += 1;
    } else if (char === "}" || char === "]") {
      // At depth 0 this closes the enclosing object: a number, literal or null ended.
      if (depth === 0) return at;
      depth -= 1;
      if (depth === 0) return at + 1;
    } else if (char === "," && depth === 0) {
      return at;
    }
    at += 1;
  }
  return undefined;
}
