import { readFile } from "node:fs/promises";
import { readLock, sha256Hex, type BundleLock } from "./bundle/index.ts";
import { bundleFile } from "./bundle-location.ts";
import type { DescribedRootfs, ResolvedSource } from "./resolve/index.ts";
import { MANIFEST_FORMAT } from "./manifest-format.ts";
import type { ImageInfo } from "./spec/index.ts";

/**
 * The bundle's committed rootfs.mtree, when it is provably what reading the image would give, so
 * that the image is not read (`rbc check`, `rbc build`). A manifest is a pure function of the
 * image's layers, named by their diff_ids, and of how rbc describes them, so the committed one
 * stands when:
 * - the source is an image, now and in the lock (a container's filesystem can change under the
 *   same id, see describe-rootfs.ts);
 * - the engine's image id and platform are the lock's (an id is a digest of the image config or
 *   manifest, which names the layers), and so are its layers' diff_ids (`RootFS.Layers`), which
 *   also keeps a hand-edited `diffIds` in the lock from standing;
 * - the lock's manifest format is this rbc's (MANIFEST_FORMAT), so a change in what rbc writes
 *   for the same layers is not hidden;
 * - the committed rootfs.mtree has the digest the lock records: a hand-edited manifest is read
 *   again, and its drift reported.
 * The config digest is the lock's (the image id fixes it). The target does not enter: the
 * manifest does not depend on it. What this trusts is the committed lock itself: a manifest edited
 * together with the digest in the lock is taken as it is, which `--no-cache` does not.
 */
export async function reusableRootfs(
  dir: string,
  resolved: Pick<ResolvedSource, "image" | "container">,
): Promise<DescribedRootfs | undefined> {
  const diffIds = resolved.image.RootFS?.Layers;
  if (resolved.container !== undefined || diffIds === undefined) return undefined;
  const [lockText, mtree] = await Promise.all(
    ["bundle.lock", "rootfs.mtree"].map((name) =>
      readFile(bundleFile(dir, name), "utf8").catch(() => undefined),
    ),
  );
  if (lockText === undefined || mtree === undefined) return undefined;
  const parsed = readLock(lockText);
  if (!("lock" in parsed) || !describesImage(parsed.lock, resolved.image, diffIds)) {
    return undefined;
  }
  const { lock } = parsed;
  if (lock.rootfs.format !== MANIFEST_FORMAT || sha256Hex(mtree) !== lock.rootfs.sha256) {
    return undefined;
  }
  return { mtree, mtreeSha256: lock.rootfs.sha256, configDigest: lock.image.configDigest, diffIds };
}

function describesImage(lock: BundleLock, image: ImageInfo, diffIds: readonly string[]): boolean {
  const { platform } = lock.image;
  return (
    "image" in lock.source &&
    lock.container === undefined &&
    lock.image.id === image.Id &&
    platform.os === image.Os &&
    platform.architecture === image.Architecture &&
    platform.variant === image.Variant &&
    lock.image.diffIds.length === diffIds.length &&
    lock.image.diffIds.every((diffId, index) => diffId === diffIds[index])
  );
}
