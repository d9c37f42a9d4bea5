import { HostileEntryError } from "../errors/index.ts";

/**
 * Turns an archive entry name into rootfs path components, or refuses it. Leading `/` and `./`
 * are neutralized (absolute names are read as relative to the rootfs, as Docker does); a `..`
 * component is refused outright instead of being resolved, so no name can climb out of the tree.
 */
export function entryComponents(name: string, layer?: number): string[] {
  if (name.includes("\0")) throw new HostileEntryError(name, "nul-byte", layer);
  const components = name.split("/").filter((part) => part !== "" && part !== ".");
  if (components.includes("..")) throw new HostileEntryError(name, "parent-traversal", layer);
  return components;
}

/** The rootfs path for components: `.` for the root, else `a/b/c`. */
export function joinComponents(components: readonly string[]): string {
  return components.length === 0 ? "." : components.join("/");
}
