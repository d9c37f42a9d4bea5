import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { BundleCompilation } from "../compile.ts";
import type { Engine } from "../resolve/index.ts";
import { materializeContainerRootfs, materializeRootfs, readMtree } from "../rootfs/index.ts";
import { paint, type Terminal } from "./terminal.ts";
import {
  DockerUnavailableError,
  EnvironmentError,
  RootfsUnresolvedError,
} from "../errors/index.ts";

/**
 * Materialize the rootfs of compiled bundles into `<bundle>/rootfs/`, each checked against the
 * bundle's committed `rootfs.mtree`: an image's from its archive, a container's from its exported
 * filesystem. Returns whether every bundle succeeded; failures (a hostile or changed image) are
 * reported per bundle and leave the old rootfs in place.
 */
export async function materializeBundles(
  bundles: readonly BundleCompilation[],
  engine: Engine,
  terminal: Terminal,
): Promise<boolean> {
  let ok = true;
  for (const bundle of bundles) {
    if (bundle.files === undefined) continue;
    try {
      await materializeOne(bundle, engine, terminal);
    } catch (cause) {
      if (!(cause instanceof EnvironmentError) || cause instanceof DockerUnavailableError)
        throw cause;
      terminal.err(
        `${paint(terminal, "red", `${bundle.dir}: error: rootfs not materialized: ${cause.message}`)}\n`,
      );
      ok = false;
    }
  }
  return ok;
}

async function materializeOne(
  bundle: BundleCompilation,
  engine: Engine,
  terminal: Terminal,
): Promise<void> {
  const expected = readMtree(await readFile(join(bundle.dir, "rootfs.mtree"), "utf8"));
  const container = bundle.lock?.container;
  const imageId = bundle.lock?.image.id;
  let warnings: readonly string[];
  if (container !== undefined) {
    // A container source: its current filesystem, as `docker export` streams it.
    const result = await materializeContainerRootfs({
      bundleDir: bundle.dir,
      openExport: () => engine.exportContainer(container.id),
      expected,
    });
    warnings = result.warnings;
  } else if (bundle.imageRootfs !== undefined && imageId !== undefined) {
    const result = await materializeRootfs({
      bundleDir: bundle.dir,
      openArchive: () => engine.saveImage(imageId),
      expected,
      image: bundle.imageRootfs,
    });
    warnings = result.warnings;
  } else {
    throw new RootfsUnresolvedError();
  }
  for (const warning of warnings) terminal.err(`${bundle.dir}: warning: ${warning}\n`);
  terminal.err(
    `${paint(terminal, "green", "✓")} ${bundle.dir}: rootfs/ materialized and verified\n`,
  );
}
