import type { LayerEntry } from "./layer-entry.ts";
import {
  isDirectory,
  newDirectory,
  type DirNode,
  type EntrySource,
  type TreeNode,
} from "./layer-tree.ts";
import { comparePaths, type RootfsEntry } from "./rootfs-entry.ts";
import { joinComponents } from "./entry-path.ts";
import { unpackLayer } from "./unpack-layer.ts";
import { OPAQUE_XATTR } from "./xattr-rules.ts";

/**
 * Combines layers, lowest first, into the tree a container of the image sees, as Docker 20.10's
 * default storage driver, overlay2, makes it:
 * - Each layer is written into its own directory by Docker's applier (unpack-layer.ts): its
 *   whiteouts become 0/0 character devices and opaque marks there, a whiteout cannot remove an
 *   entry of its own layer (Docker fails on one that comes after it), its symlinks are followed
 *   only inside it, and its hard links name only its own earlier entries.
 * - overlayfs shows the layers' directories stacked (image-spec layer.md#whiteouts in effect):
 *   a 0/0 character device hides the path below it; a directory over a directory merges with it
 *   (its metadata wins) unless it is opaque; anything else replaces what is below. An opaque
 *   mark on a layer's root hides nothing.
 * - The root is always `dir 0755 0:0`: a container's root is its own directory (moby overlay2
 *   Create), whatever the layers say about theirs.
 * A flattened `docker export` (`whiteouts: false`) is one layer whose `.wh.` names, 0/0 devices
 * and opaque marks mean nothing special.
 */

export type { EntrySource } from "./layer-tree.ts";

export interface RootfsPlan {
  /** The resulting tree, sorted by path (comparePaths), root `.` first. */
  readonly entries: readonly RootfsEntry[];
  /** For every regular file: where its content comes from. Files sharing a source are hard links. */
  readonly sources: ReadonlyMap<string, EntrySource>;
}

export interface ApplyLayersOptions {
  /** Interpret `.wh.` names (default true); false for a flattened `docker export`. */
  readonly whiteouts?: boolean;
}

export function applyLayers(
  layers: readonly (readonly LayerEntry[])[],
  options: ApplyLayersOptions = {},
): RootfsPlan {
  const overlay = options.whiteouts !== false;
  const merged = newDirectory();
  layers.forEach((entries, layer) => {
    mergeLayer(merged, unpackLayer(entries, layer, { whiteouts: overlay }), overlay);
  });
  return flatten(merged);
}

/** Shows `upper` over `lower` (the layers below it, merged) as overlayfs does. */
function mergeLayer(lower: DirNode, upper: DirNode, overlay: boolean): void {
  for (const [name, node] of upper.children) {
    if (overlay && isWhiteout(node)) {
      lower.children.delete(name);
      continue;
    }
    const below = lower.children.get(name);
    if (isDirectory(node) && isDirectory(below) && !(overlay && isOpaque(node))) {
      const dir: DirNode = { inode: node.inode, children: below.children };
      lower.children.set(name, dir);
      mergeLayer(dir, node, overlay);
    } else {
      lower.children.set(name, visible(node, overlay));
    }
  }
}

/** A layer's subtree without its whiteouts, which hide nothing where nothing is below. */
function visible(node: TreeNode, overlay: boolean): TreeNode {
  if (!isDirectory(node)) return node;
  const children = new Map<string, TreeNode>();
  for (const [name, child] of node.children) {
    if (!(overlay && isWhiteout(child))) children.set(name, visible(child, overlay));
  }
  return { inode: node.inode, children };
}

function isWhiteout(node: TreeNode): boolean {
  const { type, devMajor, devMinor } = node.inode.data;
  return type === "char" && devMajor === 0 && devMinor === 0;
}

function isOpaque(node: TreeNode): boolean {
  return node.inode.data.xattrs?.[OPAQUE_XATTR] === "y";
}

const OVERLAY_XATTRS = "trusted.overlay.";

function flatten(root: DirNode): RootfsPlan {
  const entries: RootfsEntry[] = [];
  const sources = new Map<string, EntrySource>();
  const visit = (node: TreeNode, components: string[]): void => {
    const path = joinComponents(components);
    entries.push({ path, ...withoutOverlayXattrs(node.inode.data) });
    if (node.inode.source !== undefined) sources.set(path, node.inode.source);
    for (const [name, child] of node.children ?? []) visit(child, [...components, name]);
  };
  visit(root, []);
  entries.sort((a, b) => comparePaths(a.path, b.path));
  return { entries, sources };
}

/** overlayfs hides its own attributes from the merged view. */
function withoutOverlayXattrs(data: TreeNode["inode"]["data"]): TreeNode["inode"]["data"] {
  const { xattrs, ...rest } = data;
  if (xattrs === undefined) return data;
  const kept = Object.entries(xattrs).filter(([name]) => !name.startsWith(OVERLAY_XATTRS));
  return kept.length === 0 ? rest : { ...rest, xattrs: Object.fromEntries(kept) };
}
