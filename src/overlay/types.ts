import type { SourceLocation } from "../diagnostics.ts";

/** An RFC 6902 JSON Patch operation, applied to the generated config.json. */
export type JsonPatchOperation =
  | { readonly op: "add" | "replace" | "test"; readonly path: string; readonly value: unknown }
  | { readonly op: "remove"; readonly path: string }
  | { readonly op: "move" | "copy"; readonly from: string; readonly path: string };

/** One environment entry in overlay order; `value: null` removes the variable. */
export interface EnvEntry {
  readonly name: string;
  readonly value: string | null;
}

/** What the bundle starts from: an image, or an existing container's configuration. */
export type OverlaySource =
  | { readonly kind: "image"; readonly ref: string }
  | { readonly kind: "container"; readonly ref: string };

/**
 * A bundle overlay after parsing, validation and `extends` merging, with values in one normal form
 * (Compose allows several). Keys keep their Compose names. Absent keys mean "not set by the overlay".
 */
export interface OverlaySettings {
  readonly source: OverlaySource;
  /** `command`, split like Compose splits a string form (shell words, no shell). */
  readonly command?: readonly string[];
  /** `entrypoint`; an empty list resets the image's entrypoint, as `docker run --entrypoint ""` does. */
  readonly entrypoint?: readonly string[];
  readonly environment?: readonly EnvEntry[];
  readonly user?: string;
  readonly working_dir?: string;
  readonly tty?: boolean;
  readonly hostname?: string;
  readonly domainname?: string;
  readonly read_only?: boolean;
  readonly cap_add?: readonly string[];
  readonly cap_drop?: readonly string[];
  readonly privileged?: boolean;
  /** Short-syntax volume strings as written (`./data:/data:ro`, `/srv:/srv`, `cache:/cache`, `/anon`). */
  readonly volumes?: readonly string[];
  /** tmpfs entries as written (`/run`, `/tmp:size=64m,mode=1777`). */
  readonly tmpfs?: readonly string[];
  readonly labels?: Readonly<Record<string, string>>;
  readonly patches?: readonly JsonPatchOperation[];
}

/**
 * Where each setting came from, keyed by overlay key path: a top-level key (`user`), a map entry
 * (`environment.FOO`, `labels.tier`) or a list item by its index in the merged list (`volumes[1]`,
 * `patches[0]`). Top-level keys are always present for list and map keys too.
 */
export type OriginMap = Readonly<Record<string, SourceLocation>>;

/** A bundle's overlay, loaded with its bases. */
export interface LoadedOverlay {
  /** Bundle name: the bundle directory's base name. */
  readonly name: string;
  /** Bundle directory, as a path relative to the working directory or absolute, as given. */
  readonly dir: string;
  /** The bundle's own overlay file (`<dir>/bundle.yaml`). */
  readonly file: string;
  /** Every overlay file read, bases first, the bundle's own file last. */
  readonly files: readonly string[];
  readonly settings: OverlaySettings;
  readonly origins: OriginMap;
}
