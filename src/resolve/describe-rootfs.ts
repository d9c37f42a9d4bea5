import type { ImageRootfs } from "../rootfs/index.ts";
import type { Engine } from "./engine.ts";
import { remember, type ImageMemo } from "./image-memo.ts";
import type { ResolvedSource } from "./resolve-source.ts";

/** A bundle's rootfs as its manifest and lock describe it. */
export interface DescribedRootfs {
  readonly mtree: string;
  readonly configDigest: string;
  readonly diffIds: readonly string[];
  /** The image's rootfs, for an image source (what materialization reuses). */
  readonly image?: ImageRootfs;
}

/**
 * The rootfs manifest: an image's from its `docker save` archive (layers applied with whiteouts),
 * a container's from its `docker export` without the files Docker adds to every container.
 */
export async function describeRootfs(
  resolved: Pick<ResolvedSource, "image" | "container">,
  engine: Engine,
  memo: ImageMemo | undefined,
): Promise<DescribedRootfs> {
  // The manifest code loads when a manifest is read: rbc check --offline never reads one.
  const { readContainerManifest, readImageManifest, writeMtree } =
    await import("../rootfs/index.ts");
  const id = resolved.image.Id;
  const read = async () => readImageManifest(await engine.saveImage(id));
  const image = await (memo === undefined ? read() : remember(memo.manifests, id, read));
  const { configDigest, diffIds } = image;
  if (resolved.container === undefined) {
    return { mtree: writeMtree(image.entries), configDigest, diffIds, image };
  }
  const exported = await engine.exportContainer(resolved.container.id);
  const container = await readContainerManifest(exported, { imageEntries: image.entries });
  return { mtree: writeMtree(container.entries), configDigest, diffIds };
}
