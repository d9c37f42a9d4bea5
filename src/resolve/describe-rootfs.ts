import type { LayerCache } from "../cache/index.ts";
import { countBytes, type OnProgress } from "../progress.ts";
import type { ImageRootfs, KeptFile, ScannedLayer } from "../rootfs/index.ts";
import type { ImageInfo } from "../spec/index.ts";
import type { DescribedImage } from "./described-image.ts";
import type { Engine } from "./engine.ts";
import { remember, type ImageMemo } from "./image-memo.ts";
import type { ResolvedSource } from "./resolve-source.ts";
import { USER_FILES_KEPT } from "./image-user-files.ts";

/** A bundle's rootfs as its manifest and lock describe it. */
export interface DescribedRootfs {
  readonly mtree: string;
  /** The manifest's sha256, when already known (a committed manifest checked against its lock). */
  readonly mtreeSha256?: string;
  readonly configDigest: string;
  readonly diffIds: readonly string[];
  /** The image's rootfs, for an image source read from its archive (what materialization reuses). */
  readonly image?: ImageRootfs;
}

/** Where describeRootfs reports the bytes it reads. */
export interface RootfsReadProgress {
  readonly onProgress: OnProgress;
  /** The image as the overlay names it, for the step's words (default: its first tag). */
  readonly imageName?: string;
}

export interface DescribeOptions {
  /** Image answers kept from earlier compilations (rbc watch). */
  readonly memo?: ImageMemo | undefined;
  /** Layer scans kept from earlier reads (rbc's layer cache). */
  readonly cache?: LayerCache | undefined;
  /** Where the archive reads report the bytes they streamed. */
  readonly progress?: RootfsReadProgress | undefined;
}

// The manifest code loads when a manifest is read: rbc check --offline never reads one.
const rootfsCode = () => import("../rootfs/index.ts");

/**
 * The rootfs manifest: an image's from its `docker save` archive (layers applied with whiteouts),
 * a container's from its `docker export` without the files Docker adds to every container.
 *
 * A container source is exported every time: nothing the engine offers proves that its
 * filesystem did not change. `SizeRw` (inspect with `size=true`) is a size, which a rewrite of a
 * file's bytes keeps; `GET /containers/{id}/changes` (docker diff) lists the paths that differ from
 * the image, so a file changed before and changed again lists the same; a stopped container's
 * state proves nothing either, since `docker cp` (`PUT /containers/{id}/archive`) writes into it;
 * and the engine keeps no counter or digest of the writable layer. Its image part comes from the
 * layer cache when it can.
 */
export async function describeRootfs(
  resolved: Pick<ResolvedSource, "image" | "container">,
  engine: Engine,
  options: DescribeOptions = {},
): Promise<DescribedRootfs> {
  const { readContainerManifest, writeMtree } = await rootfsCode();
  const image = await readImage(resolved.image, engine, options);
  const { configDigest, diffIds } = image;
  if (resolved.container === undefined) {
    const rootfs = image.rootfs === undefined ? {} : { image: image.rootfs };
    return { mtree: writeMtree(image.entries), configDigest, diffIds, ...rootfs };
  }
  const exported = countBytes(
    await engine.exportContainer(resolved.container.id),
    `exporting container ${resolved.container.name}`,
    options.progress?.onProgress,
  );
  const container = await readContainerManifest(exported, { imageEntries: image.entries });
  return { mtree: writeMtree(container.entries), configDigest, diffIds };
}

/**
 * The image's manifest entries and its user database files, read once per image id when there is
 * a memo (the user lookup and the manifest of one compilation share the read, see
 * image-user-answers.ts; rbc watch keeps it across compilations).
 */
export function readImage(
  image: ImageInfo,
  engine: Engine,
  options: DescribeOptions,
): Promise<DescribedImage> {
  const read = () => describeImage(image, engine, options);
  return options.memo === undefined ? read() : remember(options.memo.manifests, image.Id, read);
}

/**
 * An image's manifest: from the layer cache alone when it has every layer and the image's config
 * digest (no archive read), else from one read of its archive in which the layers the cache has
 * are only digested; what the read scanned is kept in the cache.
 */
async function describeImage(
  image: ImageInfo,
  engine: Engine,
  options: DescribeOptions,
): Promise<DescribedImage> {
  const { applyLayers, scanImageArchive } = await rootfsCode();
  const { cache } = options;
  const diffIds = image.RootFS?.Layers;
  const save = async () => {
    const name = options.progress?.imageName ?? image.RepoTags[0] ?? image.Id.slice(0, 19);
    const step = `reading image ${name}`;
    return countBytes(await engine.saveImage(image.Id), step, options.progress?.onProgress);
  };
  const keep = USER_FILES_KEPT;
  if (cache === undefined || diffIds === undefined) {
    return fromArchive(await scanImageArchive(await save(), { keep }));
  }
  const platform = platformOf(image);
  const known = await cache.layers(diffIds);
  const record = await cache.image(image.Id);
  const cached = diffIds.map((diffId) => known.get(diffId));
  if (record !== undefined && record.platform === platform && sameList(record.diffIds, diffIds)) {
    const layers = cached.filter((scan) => scan !== undefined);
    if (layers.length === diffIds.length) {
      const { entries } = applyLayers(layers.map((layer) => layer.entries));
      return { configDigest: record.configDigest, diffIds, entries, files: keptFiles(layers) };
    }
  }
  const scan = await scanImageArchive(await save(), {
    keep,
    known: {
      diffIds,
      entries: new Map([...known].map(([diffId, layer]) => [diffId, layer.entries])),
      files: new Map([...known].map(([diffId, layer]) => [diffId, layer.files])),
    },
  });
  const described = await fromArchive(scan);
  await cache.keepLayers(scan.layers.filter((layer) => layer.known === undefined));
  await cache.keepImage(image.Id, {
    configDigest: described.configDigest,
    diffIds: described.diffIds,
    platform,
  });
  await cache.prune();
  return described;
}

async function fromArchive(
  scan: Parameters<Awaited<ReturnType<typeof rootfsCode>>["imageManifest"]>[0],
): Promise<DescribedImage> {
  const { imageManifest } = await rootfsCode();
  const rootfs = imageManifest(scan);
  return {
    configDigest: rootfs.configDigest,
    diffIds: rootfs.diffIds,
    entries: rootfs.entries,
    files: keptFiles(scan.layers),
    rootfs,
  };
}

/** Every layer's kept files: the final tree's entries find theirs by digest. */
function keptFiles(layers: readonly Pick<ScannedLayer, "files">[]): KeptFile[] {
  return layers.flatMap((layer) => layer.files);
}

/** `os/architecture[/variant]`: an image id may stand for an index, whose config differs by it. */
function platformOf(image: ImageInfo): string {
  return [image.Os, image.Architecture, ...(image.Variant ? [image.Variant] : [])].join("/");
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}
