import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { BundleCompilation } from "./compile.ts";
import { DockerUnavailableError, RbcError, RootfsUnresolvedError } from "./errors/index.ts";
import type { Engine } from "./resolve/index.ts";
import { untracked, type OnProgress, type TrackProgress } from "./progress.ts";
import { materializeContainerRootfs, materializeRootfs, readMtree } from "./rootfs/index.ts";

/** What became of one bundle's rootfs/. */
export type MaterializeOutcome =
  | {
      readonly dir: string;
      readonly status: "materialized";
      /** What could not be restored (set-id bits, device nodes without root). */
      readonly warnings: readonly string[];
    }
  | { readonly dir: string; readonly status: "failed"; readonly message: string };

/**
 * Materialize the rootfs of compiled bundles into `<bundle>/rootfs/`, each checked against the
 * bundle's committed `rootfs.mtree`: an image's from its archive, a container's from its exported
 * filesystem. Yields each bundle's outcome as soon as it is known (bundles that did not compile
 * are skipped); a failure (a hostile or changed image) leaves the old rootfs in place. An
 * unreachable engine stops everything (the error propagates). Each bundle's reads and
 * verification report through `track`.
 */
export async function* materializeBundles(
  bundles: readonly BundleCompilation[],
  engine: Engine,
  track: TrackProgress = untracked,
): AsyncGenerator<MaterializeOutcome, void, undefined> {
  for (const bundle of bundles) {
    if (bundle.files === undefined) continue;
    try {
      const warnings = await track(bundle.dir, "materializing rootfs/", (onProgress) =>
        materializeOne(bundle, engine, onProgress),
      );
      yield { dir: bundle.dir, status: "materialized", warnings };
    } catch (cause) {
      // One bundle's failure (a hostile or changed image, an engine error about its image) fails
      // that bundle; an engine that is gone stops them all.
      if (!(cause instanceof RbcError) || cause instanceof DockerUnavailableError) throw cause;
      yield { dir: bundle.dir, status: "failed", message: cause.message };
    }
  }
}

async function materializeOne(
  bundle: BundleCompilation,
  engine: Engine,
  onProgress: OnProgress,
): Promise<readonly string[]> {
  const expected = readMtree(await readFile(join(bundle.dir, "rootfs.mtree"), "utf8"));
  const container = bundle.lock?.container;
  const imageId = bundle.lock?.image.id;
  if (container !== undefined) {
    // A container source: its current filesystem, as `docker export` streams it.
    const result = await materializeContainerRootfs({
      bundleDir: bundle.dir,
      openExport: () => engine.exportContainer(container.id),
      expected,
      onProgress,
    });
    return result.warnings;
  }
  if (imageId !== undefined) {
    // Without the compilation's read of the archive (its manifest came from the layer cache),
    // materializeRootfs reads it twice itself.
    const result = await materializeRootfs({
      bundleDir: bundle.dir,
      openArchive: () => engine.saveImage(imageId),
      expected,
      ...(bundle.imageRootfs === undefined ? {} : { image: bundle.imageRootfs }),
      onProgress,
    });
    return result.warnings;
  }
  throw new RootfsUnresolvedError();
}
