import type { SourceLocation } from "../diagnostics.ts";

/** A key path into a Compose service (`["ports", 0, "published"]`). */
export type ComposePath = readonly (string | number)[];

/** Something about a service that did not carry over as it was, with where it is written. */
export interface ImportNote {
  /** The Compose key it is about (`restart`, `volumes[1]`, `environment.DB_PASSWORD`). */
  readonly key: string;
  readonly message: string;
  readonly location?: SourceLocation;
}

/** One top-level key of an imported overlay: its value, and the Compose key it came from. */
export interface OverlayEntry {
  readonly key: string;
  readonly value: unknown;
  /** Where in the service the value is written (for diagnostics and comments). */
  readonly from: ComposePath;
  /** Why the value is not the service's as written, when it is not (a comment above the key). */
  readonly comment?: string;
}

/** A Compose service mapped to overlay keys, and what could not come along. */
export interface ServiceImport {
  readonly name: string;
  readonly entries: readonly OverlayEntry[];
  readonly notes: readonly ImportNote[];
}

/** The Compose project's facts the mapping of one service needs. */
export interface ImportContext {
  /** The Compose file, as messages name it. */
  readonly file: string;
  /** Where the node at a path below the service starts (for notes). */
  readonly locate: (path: ComposePath) => SourceLocation;
  /**
   * The project directory (where the Compose file is) as a path relative to a bundle directory,
   * `../..` for `bundles/web`: Compose's relative paths are relative to the project directory,
   * rbc's to the bundle directory (volumes) or the overlay file (env files).
   */
  readonly projectFromBundle: string;
  /** The project's name (Compose prefixes its named volumes with it). */
  readonly project: string;
  /** The top-level `volumes` section (named volumes' declarations). */
  readonly volumes: Readonly<Record<string, unknown>>;
  /** The other services of the file (`network_mode: service:NAME`). */
  readonly services: readonly string[];
  /** Variables `.env` defines (rbc run does not read `.env`). */
  readonly dotenvNames: ReadonlySet<string>;
}
