import { HostileEntryError } from "../errors/index.ts";

/**
 * Turns an archive entry name into rootfs path components, or refuses it. The name is cleaned as
 * Docker's applier cleans it (moby pkg/archive Unpack: filepath.Clean, then joined to the root):
 * leading `/`, `.` and empty components go, and `a/..` cancels out. A `..` that would climb above
 * the root is refused instead of being clamped there as Docker does: Docker loads such a layer
 * but cannot `docker save` it again (tar-split reads the file back at the unclamped name).
 */
export function entryComponents(name: string, layer?: number): string[] {
  const components = cleanComponents(name, layer);
  if (components === undefined) throw new HostileEntryError(name, "parent-traversal", layer);
  return components;
}

/**
 * A name resolved against the root as Go's filepath.Join("/", name) resolves it: a `..` above
 * the root stays at the root. Docker reads hard-link targets so (moby createTarFile).
 */
export function rootedComponents(name: string, layer?: number): string[] {
  return cleanComponents(name, layer, true) ?? [];
}

/** Lexical cleaning; undefined when a `..` climbs above the root and `clamp` is false. */
function cleanComponents(name: string, layer?: number, clamp = false): string[] | undefined {
  if (name.includes("\0")) throw new HostileEntryError(name, "nul-byte", layer);
  const components: string[] = [];
  for (const part of name.split("/")) {
    if (part === "" || part === ".") continue;
    if (part !== "..") components.push(part);
    else if (components.length > 0) components.pop();
    else if (!clamp) return undefined;
  }
  return components;
}

/** The rootfs path for components: `.` for the root, else `a/b/c`. */
export function joinComponents(components: readonly string[]): string {
  return components.length === 0 ? "." : components.join("/");
}
