import type { ImageRootfs } from "../rootfs/index.ts";
import { countBytes, type OnProgress } from "../progress.ts";
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

/** Where describeRootfs reports the bytes it reads. */
export interface RootfsReadProgress {
  readonly onProgress: OnProgress;
  /** The image as the overlay names it, for the step's words (default: its first tag). */
  readonly imageName?: string;
}

/**
 * The rootfs manifest: an image's from its `docker save` archive (layers applied with whiteouts),
 * a container's from its `docker export` without the files Docker adds to every container.
 * Both reads report the bytes they streamed through `onProgress`.
 */
export async function describeRootfs(
  resolved: Pick<ResolvedSource, "image" | "container">,
  engine: Engine,
  memo: ImageMemo | undefined,
  progress?: RootfsReadProgress,
): Promise<DescribedRootfs> {
  // The manifest code loads when a manifest is read: rbc check --offline never reads one.
  const { readContainerManifest, readImageManifest, writeMtree } =
    await import("../rootfs/index.ts");
  const id = resolved.image.Id;
  const onProgress = progress?.onProgress;
  const name = progress?.imageName ?? resolved.image.RepoTags[0] ?? id.slice(0, 19);
  const read = async () =>
    readImageManifest(countBytes(await engine.saveImage(id), `reading image ${name}`, onProgress));
  const image = await (memo === undefined ? read() : remember(memo.manifests, id, read));
  const { configDigest, diffIds } = image;
  if (resolved.container === undefined) {
    return { mtree: writeMtree(image.entries), configDigest, diffIds, image };
  }
  const exported = countBytes(
    await engine.exportContainer(resolved.container.id),
    `exporting container ${resolved.container.name}`,
    onProgress,
  );
  const container = await readContainerManifest(exported, { imageEntries: image.entries });
  return { mtree: writeMtree(container.entries), configDigest, diffIds };
}
