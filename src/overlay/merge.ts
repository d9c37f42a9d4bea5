/*
 * Merge order and rules (the Compose merge rules, where Compose has one for the key):
 *
 * Layers merge in order: a file's bases first, each `extends` entry in list order and recursively
 * depth first, then the file itself. A file reached twice (two bases sharing a base) merges once,
 * where it is first reached. `extends` is not inherited.
 *
 * - `image` / `container`: one source slot; a later file that sets either replaces it. A file may
 *   not set both, and the merged overlay must have one (OVL203).
 * - Replaced whole, later wins: `command`, `entrypoint` and every scalar (`user`, `tty`,
 *   `mem_limit`, `cpus`, `network_mode`, `stop_grace_period`, ...). A merged empty `command` is
 *   dropped, as Docker ignores an empty Cmd; an empty `entrypoint` stays, since it resets the
 *   image's ENTRYPOINT. A merged empty `pid` is dropped too: it means a private PID namespace, the
 *   default, so a file can undo a base's `pid: host`.
 * - `env_file`: concatenated, a file named again (the same path, however written) keeping its first
 *   place and taking the later entry's `required`, as Compose merges it.
 * - Merged by name: `environment`, `labels`, `annotations`, `sysctls`, `ulimits`. A name already
 *   present keeps its position and takes the later value (null included: the variable is then
 *   removed); new names are appended. A later ulimit replaces the earlier one whole (soft and hard).
 * - `extra_hosts`: merged by host name the same way (a later `db:10.0.0.2` replaces `db:10.0.0.1`).
 * - Set union in order (earlier items, then later items not yet present): `cap_add`, `cap_drop`,
 *   `group_add`, `security_opt`, `dns`, `dns_search`, `dns_opt`, `device_cgroup_rules`, `ports`,
 *   `allow_plaintext`.
 * - `volumes`: merged by container target, short and long syntax alike (`SOURCE:TARGET[:MODE]`,
 *   `TARGET` alone for an anonymous volume, or a long form's `target`): a later volume replaces the
 *   one at its target in place; new ones are appended.
 * - `tmpfs`: merged the same way by target (the part before the first `:`).
 * - `devices`: merged the same way by container path (`HOST[:CONTAINER][:PERMISSIONS]`).
 * - `blkio_config`: merged field by field: a later `weight` replaces the earlier one, and each
 *   device list merges by device `path` like `volumes` by target.
 * - `target`: merged field by field: a later `docker` or `cgroup` replaces the earlier one.
 * - `patches`: concatenated, bases first.
 * The same rules apply to repeats within one file (`- FOO=1` then `- FOO=2` gives FOO=2).
 *
 * After merging, settings Docker refuses together are OVL204 errors (check-conflicts.ts).
 *
 * Origins point at the value that won: `user`, `environment.FOO`, `sysctls.net.core.somaxconn`,
 * `volumes[1]` (merged index), `blkio_config.weight`, `blkio_config.device_read_bps[0]` (index in
 * the merged list). A list or map key's own origin (`volumes`) is its key in the last file that
 * set it. A collection that merges to nothing is left out, with its origins.
 */
import { error } from "../diagnostics.ts";
import type { Result, SourceLocation } from "../diagnostics.ts";
import { blkioIdentity, blkioOriginKeys, blkioSettings } from "./blkio-config.ts";
import { checkConflicts } from "./check-conflicts.ts";
import { deviceTarget } from "./device-entries.ts";
import { envFileIdentity } from "./env-file-entries.ts";
import { collectionKeys, replacedKeys } from "./layer.ts";
import type {
  CollectionItems,
  CollectionKey,
  CollectionSettings,
  Located,
  MapEntry,
  OverlayLayer,
  ReplacedKey,
  ReplacedSettings,
} from "./layer.ts";
import { tmpfsTarget, volumeSettingTarget } from "./mount-target.ts";
import { targetIdentity, targetOriginKeys, targetSetting } from "./target-setting.ts";
import { extraHostName } from "./network-entries.ts";
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
  /** Origin keys of the merged items after the setting's key: `.tier` by name, `[0]` by index. */
  readonly origins: (items: readonly CollectionItems[K][]) => string[];
  readonly finish: (items: readonly CollectionItems[K][]) => CollectionSettings[K];
}

const asList = <T>(items: readonly T[]): readonly T[] => items;
const byIndex = (items: readonly unknown[]): string[] => items.map((_, i) => `[${i}]`);
const byName = (items: readonly { readonly name: string }[]): string[] =>
  items.map((item) => `.${item.name}`);
const asRecord = <T>(entries: readonly MapEntry<T>[]): Readonly<Record<string, T>> =>
  Object.fromEntries(entries.map(({ name, value }) => [name, value]));

/** A set union of strings, in order of first appearance. */
const union = {
  identity: (item: string) => item,
  repeat: "keep",
  origins: byIndex,
  finish: asList,
} as const;

/** Map entries by name, a later value taking the earlier one's place. */
const entriesByName = {
  identity: (entry: { readonly name: string }) => entry.name,
  repeat: "replace",
  origins: byName,
} as const;

const collectionRules: { readonly [K in CollectionKey]: CollectionRule<K> } = {
  environment: { ...entriesByName, finish: asList },
  env_file: { identity: envFileIdentity, repeat: "replace", origins: byIndex, finish: asList },
  allow_plaintext: union,
  labels: { ...entriesByName, finish: asRecord },
  cap_add: union,
  cap_drop: union,
  volumes: { identity: volumeSettingTarget, repeat: "replace", origins: byIndex, finish: asList },
  tmpfs: { identity: tmpfsTarget, repeat: "replace", origins: byIndex, finish: asList },
  patches: { identity: () => undefined, repeat: "replace", origins: byIndex, finish: asList },
  group_add: union,
  security_opt: union,
  devices: { identity: deviceTarget, repeat: "replace", origins: byIndex, finish: asList },
  device_cgroup_rules: union,
  ulimits: { ...entriesByName, finish: asRecord },
  sysctls: { ...entriesByName, finish: asRecord },
  dns: union,
  dns_search: union,
  dns_opt: union,
  extra_hosts: { identity: extraHostName, repeat: "replace", origins: byIndex, finish: asList },
  ports: union,
  annotations: { ...entriesByName, finish: asRecord },
  blkio_config: {
    identity: blkioIdentity,
    repeat: "replace",
    origins: blkioOriginKeys,
    finish: blkioSettings,
  },
  target: {
    identity: targetIdentity,
    repeat: "replace",
    origins: targetOriginKeys,
    finish: targetSetting,
  },
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
  const conflicts = checkConflicts(settings, origins, layers);
  if (conflicts.length > 0) return { value: undefined, diagnostics: conflicts };
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
  if (isDefault(key, winner.value)) return;
  into[key] = winner.value;
  origins[key] = winner.location;
}

/** A merged empty `command` (the image's CMD applies) or empty `pid` (private, the default). */
function isDefault(key: ReplacedKey, value: unknown): boolean {
  if (key === "command") return Array.isArray(value) && value.length === 0;
  return key === "pid" && value === "";
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
  const values = merged.map((item) => item.value);
  into[key] = rule.finish(values);
  origins[key] = keyLocation;
  rule.origins(values).forEach((suffix, index) => {
    const item = merged[index];
    if (item !== undefined) origins[`${key}${suffix}`] = item.location;
  });
}
