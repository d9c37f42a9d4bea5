import { imageManifest } from "./image-manifest.ts";
import type { ImageRootfs } from "./image-manifest.ts";
import { scanImageArchive } from "./scan-image-archive.ts";
import type { ScanImageArchiveOptions } from "./scan-image-archive.ts";

/** Opens a fresh `docker save` stream of one image (Engine API `GET /images/{name}/get`). */
export type OpenImageArchive = () => Promise<AsyncIterable<Uint8Array>>;

/** The rootfs manifest of an image, from one streamed read of its `docker save` archive. */
export async function readImageManifest(
  archive: AsyncIterable<Uint8Array>,
  options: ScanImageArchiveOptions = {},
): Promise<ImageRootfs> {
  return imageManifest(await scanImageArchive(archive, options));
}
