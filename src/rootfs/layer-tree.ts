import type { RootfsEntry } from "./rootfs-entry.ts";

/**
 * The in-memory trees layer application works on: one layer's own directory as Docker's applier
 * writes it (unpack-layer.ts), and the merged view of the layers (apply-layers.ts). Nodes share
 * an inode when they are hard links of each other; a directory node has children.
 */

/** Which archived entry supplies a file's bytes: manifest layer index and entry ordinal. */
export interface EntrySource {
  readonly layer: number;
  readonly ordinal: number;
}

export type NodeData = Omit<RootfsEntry, "path">;

export interface Inode {
  /** Replaced (never mutated) when a hard link or a directory entry changes the metadata. */
  data: NodeData;
  /** Regular files: the entry whose bytes they hold. */
  readonly source?: EntrySource;
}

export interface TreeNode {
  readonly inode: Inode;
  /** Present exactly for directories. */
  readonly children?: Map<string, TreeNode>;
}

export interface DirNode extends TreeNode {
  readonly children: Map<string, TreeNode>;
}

/** A directory Docker's applier makes for a missing parent (MkdirAll, 0755, root). */
export const IMPLICIT_DIR: NodeData = { type: "dir", mode: 0o755, uid: 0, gid: 0, mtime: 0 };

export function newDirectory(data: NodeData = IMPLICIT_DIR): DirNode {
  return { inode: { data }, children: new Map() };
}

export function isDirectory(node: TreeNode | undefined): node is DirNode {
  return node?.children !== undefined;
}

/**
 * Where a path leads: the directory holding its last component and that component's node, if
 * any. A path that ends on a directory itself (the root, or a link to `..`) has no `name`.
 */
export type Resolution =
  | {
      readonly ok: true;
      readonly dir: DirNode;
      readonly name: string | undefined;
      readonly node: TreeNode | undefined;
      readonly viaSymlink: boolean;
    }
  | {
      readonly ok: false;
      readonly error: "ENOENT" | "ENOTDIR" | "ELOOP";
      readonly viaSymlink: boolean;
    };

/** Linux's MAXSYMLINKS: more links than this in one lookup fail with ELOOP. */
const MAX_SYMLINKS = 40;

/**
 * Resolves a path inside `root` as the kernel does inside a chroot (Docker extracts each layer
 * chrooted into the layer's own directory): symlinks in every component but the last are
 * followed (the last too with `followFinal`), absolute targets from `root`, and `..` stops at
 * `root`. Only the tree is read; nothing can lead outside it.
 */
export function resolvePath(
  root: DirNode,
  components: readonly string[],
  followFinal: boolean,
): Resolution {
  let stack: DirNode[] = [root];
  const pending = [...components].reverse();
  let links = 0;
  let viaSymlink = false;
  for (;;) {
    const dir = stack.at(-1) ?? root;
    const name = pending.pop();
    if (name === undefined) return { ok: true, dir, name: undefined, node: dir, viaSymlink };
    if (name === "" || name === ".") continue;
    if (name === "..") {
      if (stack.length > 1) stack.pop();
      continue;
    }
    const node = dir.children.get(name);
    const final = pending.length === 0;
    if (node?.inode.data.type === "symlink" && (!final || followFinal)) {
      links += 1;
      viaSymlink = true;
      const target = node.inode.data.link ?? "";
      if (links > MAX_SYMLINKS) return { ok: false, error: "ELOOP", viaSymlink };
      if (target === "") return { ok: false, error: "ENOENT", viaSymlink };
      if (target.startsWith("/")) stack = [root];
      pending.push(...target.split("/").reverse());
      continue;
    }
    if (final) return { ok: true, dir, name, node, viaSymlink };
    if (node === undefined) return { ok: false, error: "ENOENT", viaSymlink };
    if (!isDirectory(node)) return { ok: false, error: "ENOTDIR", viaSymlink };
    stack.push(node);
  }
}
