/**
 * One entry of an image layer (or of a flattened export) as scanned from its tar, before the
 * layers are combined: the name as archived, metadata, and a digest instead of the content.
 */
export interface LayerEntry {
  /** Position among the layer's entries (0-based): identifies the entry on a second read. */
  readonly ordinal: number;
  /** The name as archived; apply-layers.ts normalizes and checks it. */
  readonly path: string;
  readonly type: "file" | "hardlink" | "symlink" | "char" | "block" | "dir" | "fifo";
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
  readonly mtime: number;
  /** Files: content size and sha256 (hex). */
  readonly size: number;
  readonly sha256?: string;
  /** Symlink text, or the hard link's target name. */
  readonly linkTarget?: string;
  readonly devMajor?: number;
  readonly devMinor?: number;
  /** `SCHILY.xattr.*` records: names and values as byte strings (see RootfsEntry). */
  readonly xattrs?: Readonly<Record<string, string>>;
}
