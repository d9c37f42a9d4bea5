import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { BundleCompilation } from "../compile.ts";
import { CompileError, DockerUnavailableError } from "../errors.ts";
import type { Engine } from "../resolve/engine.ts";
import { materializeRootfs, readMtree } from "../rootfs/index.ts";
import { paint, type Terminal } from "./terminal.ts";

/**
 * Materialize the rootfs of compiled bundles into `<bundle>/rootfs/`, each checked against the
 * bundle's committed `rootfs.mtree`. Returns whether every bundle succeeded; failures (a hostile or
 * changed image, a container source) are reported per bundle and leave the old rootfs in place.
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
      if (!(cause instanceof CompileError) || cause instanceof DockerUnavailableError) throw cause;
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
  const image = bundle.imageRootfs;
  const imageId = bundle.lock?.image.id;
  if (image === undefined || imageId === undefined) {
    throw new CompileError(
      "ROOTFS_CONTAINER_SOURCE",
      "only image sources can be materialized; a container source's files come from `docker export` and are verified only",
    );
  }
  const committed = await readFile(join(bundle.dir, "rootfs.mtree"), "utf8");
  const result = await materializeRootfs({
    bundleDir: bundle.dir,
    openArchive: () => engine.saveImage(imageId),
    expected: readMtree(committed),
    image,
  });
  for (const warning of result.warnings) terminal.err(`${bundle.dir}: warning: ${warning}\n`);
  terminal.err(
    `${paint(terminal, "green", "✓")} ${bundle.dir}: rootfs/ materialized and verified\n`,
  );
}
