/** The target of a tree path that is a symlink; undefined for anything else or nothing. */
export type ScopedLookup = (path: string) => string | undefined;

/** Linux's limit on symlinks followed in one lookup (MAXSYMLINKS), which securejoin shares. */
const maxSymlinks = 255;

/**
 * The components of `containerPath` inside a tree, with every symlink of the tree on the way
 * replaced by its target and `..` never climbing above the root, as runc and Docker resolve a
 * container path in its rootfs (filepath-securejoin SecureJoin; moby FollowSymlinkInScope).
 * `lookup` gives the target of a tree path (components joined by `/`, no leading `./`) that is a
 * symlink; components the tree lacks are kept as they are.
 */
export function resolveScopedPath(containerPath: string, lookup: ScopedLookup): string[] {
  const resolved: string[] = [];
  const pending = components(containerPath).reverse();
  let links = 0;
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (name === "..") {
      resolved.pop();
      continue;
    }
    const target = lookup([...resolved, name].join("/"));
    if (target === undefined || links >= maxSymlinks) {
      resolved.push(name);
      continue;
    }
    links += 1;
    // An absolute target starts again from the root; a relative one from the link's directory.
    if (target.startsWith("/")) resolved.length = 0;
    pending.push(...components(target).reverse());
  }
  return resolved;
}

function components(path: string): string[] {
  return path.split("/").filter((name) => name !== "" && name !== ".");
}
