import type {
  BlkioByteRate,
  BundleDocument,
  ByteSize,
  LongVolume,
  PatchOperation,
} from "./bundle-document.generated.ts";

// The document types are generated from schemas/bundle.schema.json (`npm run generate:types`);
// these names are what the overlay stage reads them by.

/** An integer number of bytes, or a string such as `64m`. */
export type ByteSizeDocument = ByteSize;

/** An overlay file as written, once it matches schemas/bundle.schema.json (before normalization). */
export type OverlayDocument = BundleDocument;

/** A patch operation as written: the schema guarantees `value` or `from` where the op needs one. */
export type PatchDocument = PatchOperation;

/** A long-syntax volume as written: sizes may be strings, and the mode an octal string. */
export type LongVolumeDocument = LongVolume;

/** `blkio_config` as written: byte rates may be strings such as `10mb`. */
export type BlkioDocument = NonNullable<BundleDocument["blkio_config"]>;

export type BlkioRateDocument = BlkioByteRate;
