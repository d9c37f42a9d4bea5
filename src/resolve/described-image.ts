import type { ImageRootfs, RootfsEntry } from "../rootfs/index.ts";

/** An image's manifest entries and identity; `rootfs` when they were read from its archive. */
export interface DescribedImage {
  readonly configDigest: string;
  readonly diffIds: readonly string[];
  readonly entries: readonly RootfsEntry[];
  readonly rootfs?: ImageRootfs;
}
