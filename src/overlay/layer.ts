import type { SourceLocation } from "../diagnostics.ts";
import type { EnvEntry, JsonPatchOperation, OverlaySettings, OverlaySource } from "./types.ts";

/** A value with the place in an overlay file it was written. */
export interface Located<T> {
  readonly value: T;
  readonly location: SourceLocation;
}

/** Settings a later overlay replaces whole. */
export const replacedKeys = [
  "command",
  "entrypoint",
  "user",
  "working_dir",
  "hostname",
  "domainname",
  "tty",
  "read_only",
  "privileged",
] as const;
export type ReplacedKey = (typeof replacedKeys)[number];
export type ReplacedSettings = Required<Pick<OverlaySettings, ReplacedKey>>;

/** Settings that merge item by item; merge.ts says how for each. */
export const collectionKeys = [
  "environment",
  "labels",
  "cap_add",
  "cap_drop",
  "volumes",
  "tmpfs",
  "patches",
] as const;
export type CollectionKey = (typeof collectionKeys)[number];
export type CollectionSettings = Required<Pick<OverlaySettings, CollectionKey>>;

export interface LabelEntry {
  readonly name: string;
  readonly value: string;
}

/** One item of each collection setting, as a layer holds it. */
export interface CollectionItems {
  readonly environment: EnvEntry;
  readonly labels: LabelEntry;
  readonly cap_add: string;
  readonly cap_drop: string;
  readonly volumes: string;
  readonly tmpfs: string;
  readonly patches: JsonPatchOperation;
}

export interface LayerCollection<T> {
  /** Where the file names the setting's key. */
  readonly keyLocation: SourceLocation;
  readonly items: readonly Located<T>[];
}

/** One overlay file's settings in normal form, each with where it was written; merged in order. */
export interface OverlayLayer {
  readonly file: string;
  readonly source?: Located<OverlaySource>;
  readonly replaced: { readonly [K in ReplacedKey]?: Located<ReplacedSettings[K]> };
  readonly collections: { readonly [K in CollectionKey]?: LayerCollection<CollectionItems[K]> };
}
