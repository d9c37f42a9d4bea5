import { resolveScopedPath } from "./resolve-scoped-path.ts";
import type { RootfsEntry } from "./rootfs-entry.ts";

/**
 * The paths runc creates in a root filesystem to run a container, which the image need not have:
 * the destination of every mount, with the directories leading to it (libcontainer
 * rootfs_linux.go createIfNotExists: a directory, or an empty file for a file bind), and the
 * working directory (`os.MkdirAll(cwd, 0o755)` in prepareRootfs). Docker makes the same paths in
 * the container's init and read-write layers, over the image; rbc runs the container on the
 * materialized tree itself, so they stay there once it has run. Each container path is resolved
 * as runc resolves it, through the manifest's symlinks (resolveScopedPath); of the path it
 * reaches, the part the manifest lacks is returned.
 */
export function runtimeMountpoints(
  manifest: readonly RootfsEntry[],
  containerPaths: readonly string[],
): Set<string> {
  const byPath = new Map(manifest.map((entry) => [entry.path, entry]));
  const lookup = (path: string) => {
    const entry = byPath.get(path);
    return entry?.type === "symlink" ? entry.link : undefined;
  };
  const created = new Set<string>();
  for (const containerPath of containerPaths) {
    let path = "";
    for (const name of resolveScopedPath(containerPath, lookup)) {
      path = path === "" ? name : `${path}/${name}`;
      if (!byPath.has(path)) created.add(path);
    }
  }
  return created;
}
