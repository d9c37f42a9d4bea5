/*
 * Merge order and rules (the Compose merge rules, where Compose has one for the key):
 *
 * Layers merge in order: a file's bases first, each `extends` entry in list order and recursively
 * depth first, then the file itself. A file reached twice (two bases sharing a base) merges once,
 * where it is first reached. `extends` is not inherited.
 *
 * - `image` / `container`: one source slot; a later file that sets either replaces it. A file may
 *   not set both, and the merged overlay must have one (OVL203).
 * - Replaced whole, later wins: `command`, `entrypoint` and every scalar (`user`, `tty`, ...).
 *   A merged empty `command` is dropped, as Docker ignores an empty Cmd; an empty `entrypoint`
 *   stays, since it resets the image's ENTRYPOINT.
 * - `environment`, `labels`: merged by name. A name already present keeps its position and takes
 *   the later value (null included: the variable is then removed); new names are appended.
 * - `cap_add`, `cap_drop`: set union in order: earlier items, then later items not yet present.
 * - `volumes`: merged by container target (`SOURCE:TARGET[:MODE]`, or `TARGET` alone for an
 *   anonymous volume): a later volume replaces the one at its target in place; new ones are appended.
 * - `tmpfs`: merged the same way by target (the part before the first `:`).
 * - `patches`: concatenated, bases first.
 * The same rules apply to repeats within one file (`- FOO=1` then `- FOO=2` gives FOO=2).
 *
 * Origins point at the value that won: `user`, `environment.FOO`, `volumes[1]` (merged index). A
 * list or map key's own origin (`volumes`) is its key in the last file that set it. A collection
 * that merges to nothing is left out, with its origins.
 */
import { error } from "../diagnostics.ts";
import type { Result, SourceLocation } from "../diagnostics.ts";
import { collectionKeys, replacedKeys } from "./layer.ts";
import type {
  CollectionItems,
  CollectionKey,
  CollectionSettings,
  Located,
  OverlayLayer,
  ReplacedKey,
  ReplacedSettings,
} from "./layer.ts";
import { tmpfsTarget, volumeTarget } from "./mount-target.ts";
import type { OriginMap, OverlaySettings } from "./types.ts";

/** The merged settings of a bundle and the origin of each. */
export interface MergedOverlay {
  readonly settings: OverlaySettings;
  readonly origins: OriginMap;
}

interface CollectionRule<K extends CollectionKey> {
  /** Items with the same identity are one item; undefined: every item is its own. */
  readonly identity: (item: CollectionItems[K]) => string | undefined;
  /** What a later item with a known identity does: take the earlier one's place, or yield to it. */
  readonly repeat: "replace" | "keep";
  /** Map items have origins by name (`labels.tier`), list items by index (`volumes[0]`). */
  readonly shape: "map" | "list";
  readonly finish: (items: readonly CollectionItems[K][]) => CollectionSettings[K];
}

const asList = <T>(items: readonly T[]): readonly T[] => items;
const same = (item: string) => item;

const collectionRules: { readonly [K in CollectionKey]: CollectionRule<K> } = {
  environment: { identity: (e) => e.name, repeat: "replace", shape: "map", finish: asList },
  labels: {
    identity: (label) => label.name,
    repeat: "replace",
    shape: "map",
    finish: (labels) => Object.fromEntries(labels.map(({ name, value }) => [name, value])),
  },
  cap_add: { identity: same, repeat: "keep", shape: "list", finish: asList },
  cap_drop: { identity: same, repeat: "keep", shape: "list", finish: asList },
  volumes: { identity: volumeTarget, repeat: "replace", shape: "list", finish: asList },
  tmpfs: { identity: tmpfsTarget, repeat: "replace", shape: "list", finish: asList },
  patches: { identity: () => undefined, repeat: "replace", shape: "list", finish: asList },
};

type Origins = Record<string, SourceLocation>;
type Values<K extends keyof OverlaySettings> = { -readonly [P in K]?: OverlaySettings[P] };

/** Merges layers (bases first, the bundle's own file last) into one overlay. */
export function mergeOverlays(layers: readonly OverlayLayer[]): Result<MergedOverlay> {
  const origins: Origins = {};
  const source = mergeSource(layers, origins);
  if (source === undefined) {
    const file = layers.at(-1)?.file;
    const message = `set exactly one of "image" or "container" (neither is set here or in a base)`;
    const location = file === undefined ? undefined : { file, line: 1, col: 1 };
    return { value: undefined, diagnostics: [error("OVL203", message, { location })] };
  }
  const replaced: Values<ReplacedKey> = {};
  for (const key of replacedKeys) mergeReplaced(key, layers, replaced, origins);
  const collections: Values<CollectionKey> = {};
  for (const key of collectionKeys) mergeCollection(key, layers, collections, origins);
  const settings: OverlaySettings = { source: source.value, ...replaced, ...collections };
  return { value: { settings, origins }, diagnostics: [] };
}

function mergeSource(layers: readonly OverlayLayer[], origins: Origins) {
  const source = layers.findLast((layer) => layer.source !== undefined)?.source;
  if (source !== undefined) origins[source.value.kind] = source.location;
  return source;
}

function mergeReplaced<K extends ReplacedKey>(
  key: K,
  layers: readonly OverlayLayer[],
  into: { [P in K]?: ReplacedSettings[P] },
  origins: Origins,
): void {
  const winner = layers.findLast((layer) => layer.replaced[key] !== undefined)?.replaced[key];
  if (winner === undefined) return;
  if (key === "command" && isEmptyList(winner.value)) return;
  into[key] = winner.value;
  origins[key] = winner.location;
}

function isEmptyList(value: unknown): boolean {
  return Array.isArray(value) && value.length === 0;
}

function mergeCollection<K extends CollectionKey>(
  key: K,
  layers: readonly OverlayLayer[],
  into: { [P in K]?: CollectionSettings[P] },
  origins: Origins,
): void {
  const rule: CollectionRule<K> = collectionRules[key];
  const merged: Located<CollectionItems[K]>[] = [];
  const positions = new Map<string, number>();
  let keyLocation: SourceLocation | undefined;
  for (const layer of layers) {
    const collection = layer.collections[key];
    if (collection === undefined) continue;
    keyLocation = collection.keyLocation;
    for (const item of collection.items) {
      const identity = rule.identity(item.value);
      const position = identity === undefined ? undefined : positions.get(identity);
      if (position !== undefined) {
        if (rule.repeat === "replace") merged[position] = item;
      } else {
        if (identity !== undefined) positions.set(identity, merged.length);
        merged.push(item);
      }
    }
  }
  if (keyLocation === undefined || merged.length === 0) return;
  into[key] = rule.finish(merged.map((item) => item.value));
  origins[key] = keyLocation;
  merged.forEach((item, index) => {
    const name = rule.shape === "map" ? rule.identity(item.value) : undefined;
    origins[name === undefined ? `${key}[${index}]` : `${key}.${name}`] = item.location;
  });
}
