import { applyLayers, type EntrySource } from "./apply-layers.ts";
import type { LayerEntry } from "./layer-entry.ts";
import type { RootfsEntry } from "./rootfs-entry.ts";

/**
 * The rootfs manifest of a container from its `docker export` stream (Engine API
 * `GET /containers/{id}/export`): one flattened tar, no whiteouts, no layer boundaries.
 *
 * Docker's init layer (moby daemon/initlayer) adds entries to every container. The rule here:
 * - The init-layer FILES are always left out: `.dockerenv`, `etc/hosts`, `etc/hostname`,
 *   `etc/resolv.conf`, `etc/mtab`, `dev/console`. Docker writes them per container (and
 *   bind-mounts over them at run time), so whatever the image had there is not visible in the
 *   export and the placeholders describe nothing stable.
 * - The init-layer DIRECTORIES `dev/pts`, `dev/shm`, `dev`, `proc`, `sys` and `etc` are left out
 *   when they are empty once those files are gone, unless the image has them. Pass the image's
 *   entries (imageManifest) for the exact answer; without them an empty `proc` or `sys` the
 *   image really had is left out too, the price of not knowing.
 */

export interface ContainerManifestOptions {
  /** The image's manifest entries: init-layer directories the image has are kept. */
  readonly imageEntries?: readonly RootfsEntry[];
}

export interface ContainerRootfs {
  readonly entries: readonly RootfsEntry[];
  /** The init-layer paths that were left out, sorted. */
  readonly dropped: readonly string[];
  /** For every regular file of `entries`: the ordinal of the export entry with its bytes. */
  readonly sources: ReadonlyMap<string, EntrySource>;
}

export const INIT_LAYER_FILES: readonly string[] = [
  ".dockerenv",
  "dev/console",
  "etc/hostname",
  "etc/hosts",
  "etc/mtab",
  "etc/resolv.conf",
];

/** Deepest first, so `dev` is judged after `dev/pts` and `dev/shm`. */
export const INIT_LAYER_DIRS: readonly string[] = [
  "dev/pts",
  "dev/shm",
  "dev",
  "proc",
  "sys",
  "etc",
];

export function containerManifest(
  exported: readonly LayerEntry[],
  options: ContainerManifestOptions = {},
): ContainerRootfs {
  const { entries, sources } = applyLayers([exported], { whiteouts: false });
  const imagePaths = new Set(options.imageEntries?.map((entry) => entry.path));
  const dropped = new Set(INIT_LAYER_FILES.filter((path) => entries.some((e) => e.path === path)));
  for (const dir of INIT_LAYER_DIRS) {
    if (imagePaths.has(dir) || !entries.some((entry) => entry.path === dir)) continue;
    const prefix = `${dir}/`;
    const empty = entries.every((e) => !e.path.startsWith(prefix) || dropped.has(e.path));
    if (empty) dropped.add(dir);
  }
  return {
    entries: entries.filter((entry) => !dropped.has(entry.path)),
    dropped: entries.filter((entry) => dropped.has(entry.path)).map((entry) => entry.path),
    sources: new Map([...sources].filter(([path]) => !dropped.has(path))),
  };
}
