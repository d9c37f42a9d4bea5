import { entryComponents, joinComponents } from "./entry-path.ts";
import type { LayerEntry } from "./layer-entry.ts";
import { comparePaths, type RootfsEntry } from "./rootfs-entry.ts";
import { HostileEntryError } from "../errors/index.ts";

/**
 * Combines layers, lowest first, into one tree, following the OCI image-spec layer rules
 * (image-spec layer.md#whiteouts):
 * - `.wh.<name>` removes `<name>` and everything below it from the LOWER layers; `.wh..wh..opq`
 *   removes the lower-layer children of its directory. Whiteouts never apply to entries of their
 *   own layer and never appear in the result; other `.wh..wh.*` names (aufs metadata) are ignored.
 * - A later entry replaces an earlier one at the same path; a directory over a directory merges
 *   (new metadata, children kept), anything else drops the old subtree.
 * - A hard link shares its target's inode: the same content, and the link entry's mode, owner,
 *   mtime and xattrs become those of every path of that inode, as Docker's applier (moby
 *   pkg/archive createTarFile) chowns, chmods and touches the link it made.
 * - A parent directory an entry's layer does not have (whiteouts included) is made `dir 0755
 *   0:0` by that layer, and it hides the metadata of a lower layer's directory, children kept.
 * - A character device 0/0 is a whiteout of its own path.
 * The last three are what Docker's overlay2 storage driver (its default) makes of a layer: moby
 * pkg/archive Unpack writes each layer into its own directory, creating missing parents there,
 * and overlayfs shows an upper directory's metadata and hides a path under a 0/0 device.
 * Entries are refused (HostileEntryError) when a name has `..` or NUL, a parent is a symlink or
 * not a directory, or a hard link names anything but a regular file extracted before it in its
 * own layer (Docker's link(2) finds nothing of a lower layer in that directory, and fails).
 */

/** Which archived entry supplies a file's bytes: manifest layer index and entry ordinal. */
export interface EntrySource {
  readonly layer: number;
  readonly ordinal: number;
}

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

type NodeData = Omit<RootfsEntry, "path">;

interface TreeNode {
  data: NodeData;
  readonly source?: EntrySource;
  /** Present exactly for directories. */
  readonly children?: Map<string, TreeNode>;
}

/** Every node of a regular file's inode, by the source they share (compared by identity). */
type Inodes = Map<EntrySource, TreeNode[]>;

/** The tree, and the layer being applied with the directories its own directory has so far. */
interface Applying {
  readonly root: DirNode;
  readonly inodes: Inodes;
  readonly layer: number;
  readonly present: Set<TreeNode>;
}

interface DirNode extends TreeNode {
  readonly children: Map<string, TreeNode>;
}

const WHITEOUT = ".wh.";
const OPAQUE = ".wh..wh..opq";
const IMPLICIT_DIR: NodeData = { type: "dir", mode: 0o755, uid: 0, gid: 0, mtime: 0 };

export function applyLayers(
  layers: readonly (readonly LayerEntry[])[],
  options: ApplyLayersOptions = {},
): RootfsPlan {
  const root: DirNode = { data: IMPLICIT_DIR, children: new Map() };
  const inodes: Inodes = new Map();
  layers.forEach((entries, layer) => {
    const state: Applying = { root, inodes, layer, present: new Set() };
    const kept = options.whiteouts === false ? entries : applyWhiteouts(state, entries);
    for (const entry of kept) addEntry(state, entry);
  });
  return flatten(root);
}

/** Applies the layer's whiteouts to the tree of lower layers; returns its other entries. */
function applyWhiteouts(state: Applying, entries: readonly LayerEntry[]): LayerEntry[] {
  const { layer } = state;
  const kept: LayerEntry[] = [];
  for (const entry of entries) {
    const components = entryComponents(entry.path, layer);
    const leaf = components.at(-1);
    const device = entry.type === "char" && entry.devMajor === 0 && entry.devMinor === 0;
    if (leaf === undefined || (!leaf.startsWith(WHITEOUT) && !device)) {
      kept.push(entry);
      continue;
    }
    const dir = makeParents(state, components.slice(0, -1), entry.path);
    if (device) {
      dir.children.delete(leaf);
    } else if (leaf === OPAQUE) {
      dir.children.clear();
    } else if (!leaf.startsWith(`${WHITEOUT}${WHITEOUT}`)) {
      const name = leaf.slice(WHITEOUT.length);
      if (name === ".") throw new HostileEntryError(entry.path, "invalid-whiteout", layer);
      if (name === "..") throw new HostileEntryError(entry.path, "parent-traversal", layer);
      dir.children.delete(name);
    }
  }
  return kept;
}

function addEntry(state: Applying, entry: LayerEntry): void {
  const { root, layer } = state;
  const components = entryComponents(entry.path, layer);
  const leaf = components.at(-1);
  if (leaf === undefined) {
    if (entry.type !== "dir") throw new HostileEntryError(entry.path, "root-not-directory", layer);
    root.data = nodeData(entry);
    return;
  }
  const parent = makeParents(state, components.slice(0, -1), entry.path);
  const existing = parent.children.get(leaf);
  if (entry.type === "dir" && existing?.children !== undefined) {
    existing.data = nodeData(entry);
    state.present.add(existing);
  } else if (entry.type === "dir") {
    const node = { data: nodeData(entry), children: new Map<string, TreeNode>() };
    state.present.add(node);
    parent.children.set(leaf, node);
  } else if (entry.type === "hardlink") {
    parent.children.set(leaf, hardLinkNode(state, entry));
  } else if (entry.type === "file") {
    const node = { data: nodeData(entry), source: { layer, ordinal: entry.ordinal } };
    state.inodes.set(node.source, [node]);
    parent.children.set(leaf, node);
  } else {
    parent.children.set(leaf, { data: nodeData(entry) });
  }
}

/** A hard link shares its target's inode; its own metadata becomes the inode's. */
function hardLinkNode(state: Applying, entry: LayerEntry): TreeNode {
  const { root, inodes, layer } = state;
  const fail = (): never => {
    throw new HostileEntryError(entry.path, "hardlink-target", layer);
  };
  let components: string[] = [];
  try {
    components = entryComponents(entry.linkTarget ?? "", layer);
  } catch {
    fail();
  }
  const leaf = components.at(-1) ?? fail();
  let dir: DirNode | undefined;
  try {
    dir = findDirectory(root, components.slice(0, -1), entry.path, layer);
  } catch {
    fail();
  }
  const target = dir?.children.get(leaf);
  if (target?.data.type !== "file" || target.source?.layer !== layer) return fail();
  const xattrs = { ...target.data.xattrs, ...entry.xattrs };
  const data: NodeData = {
    ...target.data,
    mode: entry.mode,
    uid: entry.uid,
    gid: entry.gid,
    mtime: entry.mtime,
    ...(Object.keys(xattrs).length === 0 ? {} : { xattrs }),
  };
  const node: TreeNode = { data, source: target.source };
  const sharing = inodes.get(target.source) ?? [target];
  for (const other of sharing) other.data = data;
  inodes.set(target.source, [...sharing, node]);
  return node;
}

/**
 * Walks to the parent directory, never through a symlink. A directory the layer does not have
 * yet is made `dir 0755 0:0` by it (Docker's MkdirAll in the layer's own directory), whether or
 * not a lower layer has it; a lower one keeps its children.
 */
function makeParents(state: Applying, components: readonly string[], path: string): DirNode {
  let dir = state.root;
  for (const name of components) {
    let child = dir.children.get(name);
    if (child === undefined) {
      child = { data: IMPLICIT_DIR, children: new Map() };
      dir.children.set(name, child);
    }
    dir = asDirectory(child, path, state.layer);
    if (!state.present.has(dir)) {
      dir.data = IMPLICIT_DIR;
      state.present.add(dir);
    }
  }
  return dir;
}

/** The directory at `components`, or undefined when absent; never through a symlink. */
function findDirectory(
  root: DirNode,
  components: readonly string[],
  path: string,
  layer: number,
): DirNode | undefined {
  let dir = root;
  for (const name of components) {
    const child = dir.children.get(name);
    if (child === undefined) return undefined;
    dir = asDirectory(child, path, layer);
  }
  return dir;
}

function asDirectory(node: TreeNode, path: string, layer: number): DirNode {
  if (node.children !== undefined) return node as DirNode;
  const rule = node.data.type === "symlink" ? "symlink-parent" : "parent-not-directory";
  throw new HostileEntryError(path, rule, layer);
}

function nodeData(entry: LayerEntry): NodeData {
  const common = {
    mode: entry.type === "symlink" ? 0o777 : entry.mode,
    uid: entry.uid,
    gid: entry.gid,
    mtime: entry.mtime,
    ...(entry.xattrs === undefined ? {} : { xattrs: entry.xattrs }),
  };
  switch (entry.type) {
    case "file":
      return { type: "file", ...common, size: entry.size, sha256: entry.sha256 ?? "" };
    case "symlink":
      return { type: "symlink", ...common, link: entry.linkTarget ?? "" };
    case "char":
    case "block":
      return {
        type: entry.type,
        ...common,
        devMajor: entry.devMajor ?? 0,
        devMinor: entry.devMinor ?? 0,
      };
    case "dir":
    case "fifo":
      return { type: entry.type, ...common };
    case "hardlink":
      throw new Error("hard links are resolved by hardLinkNode");
  }
}

function flatten(root: DirNode): RootfsPlan {
  const entries: RootfsEntry[] = [];
  const sources = new Map<string, EntrySource>();
  const visit = (node: TreeNode, components: string[]): void => {
    const path = joinComponents(components);
    entries.push({ path, ...node.data });
    if (node.source !== undefined) sources.set(path, node.source);
    for (const [name, child] of node.children ?? []) visit(child, [...components, name]);
  };
  visit(root, []);
  entries.sort((a, b) => comparePaths(a.path, b.path));
  return { entries, sources };
}
