import { blkioEntries } from "./blkio-config.ts";
import { deviceCgroupRuleEntries, deviceEntries } from "./device-entries.ts";
import { type Draft, type SourceText, numberText, stringItems } from "./draft.ts";
import type { CollectionItems, CollectionKey } from "./layer.ts";
import { envFileEntries } from "./env-file-entries.ts";
import { environmentEntries, keyValueEntries, ulimitEntries } from "./key-value-entries.ts";
import { tmpfsEntries, volumeEntries } from "./mount-entries.ts";
import { dnsEntries, extraHostEntries, portEntries } from "./network-entries.ts";
import type { OverlayDocument, PatchDocument } from "./overlay-document.ts";
import { targetEntries } from "./target-setting.ts";
import type { JsonPatchOperation } from "./types.ts";

/**
 * How each collection key (a key merged item by item across `extends`: `environment`, `volumes`,
 * `ports`, `devices`, ...) reads its raw YAML value into draft entries for merging and checks.
 */

type Raw<K extends keyof OverlayDocument> = NonNullable<OverlayDocument[K]>;

/** `file` is the overlay file being read. */
type Reader<K extends CollectionKey> = (
  raw: Raw<K>,
  sourceText: SourceText,
  file: string,
) => Draft<CollectionItems[K]>[];

/**
 * Turns each collection setting's accepted forms into one list of items. Value forms the schema
 * cannot express (an empty variable name, a label without `=`, a relative mount target, an unknown
 * ulimit, a malformed size) become problems here.
 */
export const collectionReaders: { readonly [K in CollectionKey]: Reader<K> } = {
  environment: environmentEntries,
  env_file: envFileEntries,
  allow_plaintext: (raw) => stringItems("allow_plaintext", raw),
  labels: (raw, sourceText) => keyValueEntries("labels", "a label", raw, sourceText),
  cap_add: (raw) => stringItems("cap_add", raw),
  cap_drop: (raw) => stringItems("cap_drop", raw),
  volumes: volumeEntries,
  tmpfs: tmpfsEntries,
  patches: (raw) => raw.map((patch, i) => ({ path: ["patches", i], value: toOperation(patch) })),
  group_add: (raw, sourceText) =>
    raw.map((group, i) => {
      const path = ["group_add", i];
      return {
        path,
        value: typeof group === "number" ? numberText(group, path, sourceText) : group,
      };
    }),
  security_opt: (raw) => stringItems("security_opt", raw),
  devices: deviceEntries,
  device_cgroup_rules: deviceCgroupRuleEntries,
  ulimits: ulimitEntries,
  sysctls: (raw, sourceText) => keyValueEntries("sysctls", "a sysctl", raw, sourceText),
  dns: dnsEntries,
  dns_search: (raw) => stringItems("dns_search", raw),
  dns_opt: (raw) => stringItems("dns_opt", raw),
  extra_hosts: extraHostEntries,
  ports: portEntries,
  annotations: (raw, sourceText) =>
    keyValueEntries("annotations", "an annotation", raw, sourceText),
  blkio_config: blkioEntries,
  target: targetEntries,
};

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
