/**
 * A file whose bytes a layer scan keeps besides its digest (scanLayerKeeping): a few small files
 * that rbc reads anyway (the image's user database, see src/resolve/image-user-files.ts), so that
 * the read that describes an image also answers them. Named by the sha256 of its bytes, as the
 * manifest entries name file contents: a final tree's entry finds its bytes by its digest alone,
 * whichever layer (or hard link) supplied them.
 */
export interface KeptFile {
  /** Lowercase hex sha256 of `bytes`. */
  readonly sha256: string;
  readonly bytes: Uint8Array;
}

/** Which files a scan keeps. */
export interface KeepFiles {
  /** Rootfs paths (`etc/passwd`: no leading `/` or `./`), matched against each cleaned name. */
  readonly paths: readonly string[];
  /** A larger file is only digested, as any other. */
  readonly maxBytes: number;
}
