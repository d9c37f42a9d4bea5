import { entryComponents, rootedComponents } from "./entry-path.ts";
import type { LayerEntry } from "./layer-entry.ts";
import {
  IMPLICIT_DIR,
  isDirectory,
  newDirectory,
  resolvePath,
  type DirNode,
  type Inode,
  type NodeData,
  type Resolution,
  type TreeNode,
} from "./layer-tree.ts";
import { checkXattrs, OPAQUE_XATTR } from "./xattr-rules.ts";
import { HostileEntryError, type HostileEntryRule } from "../errors/index.ts";

/**
 * One layer's own directory, as Docker 20.10's overlay2 driver writes it: moby pkg/archive
 * Unpack, chrooted into a fresh directory (pkg/chrootarchive), with the overlay whiteout
 * converter. Entry by entry, in archive order:
 * 1. The name is cleaned (entry-path.ts). `.` is skipped; `/` sets only the layer root's metadata,
 *    which no container sees (a container's root is its own directory).
 * 2. A missing parent is made `dir 0755 0:0` (MkdirAll). Symlinks of the layer in the path are
 *    followed, but only inside the layer's own directory: a link to `/`, `..` or `/etc/../..`
 *    leads to the layer's root, and a link to what only a lower layer has leads nowhere.
 * 3. An existing path is removed, unless a directory meets a directory (then they merge).
 * 4. `.wh..wh..opq` marks its directory opaque; `.wh.<name>` makes a 0/0 character device
 *    `<name>`, which fails when the layer already has `<name>` (an entry before the whiteout).
 * 5. The entry is created. A hard link shares the inode its target names in this layer (the
 *    last component not followed): a file, symlink, fifo or device, never a directory. Owner and
 *    xattrs are set on the inode; mode and mtime too, unless the link names a symlink.
 * 6. Once the layer is written, every directory entry's path must still lead somewhere (Docker
 *    sets their mtimes last, through symlinks).
 * Every failure of Docker's applier is a HostileEntryError here: Docker would not load the layer.
 */

export interface UnpackOptions {
  /** Convert `.wh.` names (false for a flattened `docker export`). */
  readonly whiteouts: boolean;
}

interface Unpacking {
  readonly root: DirNode;
  readonly layer: number;
  readonly whiteouts: boolean;
  /** Directory entries and their cleaned paths, for the mtime pass at the end. */
  readonly dirs: { readonly components: readonly string[]; readonly entry: LayerEntry }[];
}

const WHITEOUT = ".wh.";
const OPAQUE = ".wh..wh..opq";

export function unpackLayer(
  entries: readonly LayerEntry[],
  layer: number,
  options: UnpackOptions,
): DirNode {
  const state: Unpacking = { root: newDirectory(), layer, whiteouts: options.whiteouts, dirs: [] };
  for (const entry of entries) unpackEntry(state, entry);
  for (const { components, entry } of state.dirs) {
    const found = resolvePath(state.root, components, true);
    if (!found.ok || found.node === undefined) fail(entry, "directory-replaced", layer);
    found.node.inode.data = { ...found.node.inode.data, mtime: entry.mtime };
  }
  return state.root;
}

function unpackEntry(state: Unpacking, entry: LayerEntry): void {
  const { layer } = state;
  const components = entryComponents(entry.path, layer);
  checkNameLengths(entry, components, layer);
  const leaf = components.at(-1);
  if (leaf === undefined) {
    // Docker skips `.`; `/` it removes (and fails) unless it is a directory.
    if (!entry.path.startsWith("/")) return;
    if (entry.type !== "dir") fail(entry, "root-not-directory", layer);
    checkXattrs(entry, layer);
    return;
  }
  const parent = components.slice(0, -1);
  const parentFound = resolvePath(state.root, parent, false);
  if (parentFound.ok ? parentFound.node === undefined : parentFound.error === "ENOENT") {
    makeDirectories(state, parent, entry);
  }
  const existing = resolvePath(state.root, components, false);
  if (existing.ok && existing.name !== undefined && existing.node !== undefined) {
    if (!(isDirectory(existing.node) && entry.type === "dir")) {
      existing.dir.children.delete(existing.name);
    }
  }
  if (state.whiteouts && leaf.startsWith(WHITEOUT)) {
    whiteout(state, entry, parent, leaf);
    return;
  }
  create(state, entry, components);
}

/** Go's os.MkdirAll through the layer's symlinks (moby idtools.MkdirAllAndChownNew). */
function makeDirectories(state: Unpacking, components: readonly string[], entry: LayerEntry): void {
  const found = resolvePath(state.root, components, true);
  if (found.ok && found.node !== undefined) {
    if (!isDirectory(found.node)) failResolution(entry, found, state.layer);
    return;
  }
  if (components.length > 1) makeDirectories(state, components.slice(0, -1), entry);
  const at = resolvePath(state.root, components, false);
  if (!at.ok || at.name === undefined) return failResolution(entry, at, state.layer);
  if (at.node === undefined) at.dir.children.set(at.name, newDirectory());
  else if (!isDirectory(at.node)) failResolution(entry, at, state.layer);
}

/** The overlay whiteout converter (moby pkg/archive overlayWhiteoutConverter.ConvertRead). */
function whiteout(state: Unpacking, entry: LayerEntry, parent: string[], leaf: string): void {
  const { root, layer } = state;
  if (leaf === OPAQUE) {
    // setxattr(2) follows a symlink; overlayfs ignores the mark on a layer's root.
    const dir = resolvePath(root, parent, true);
    if (!dir.ok || dir.node === undefined) return failResolution(entry, dir, layer);
    setXattrs(dir.node.inode, { [OPAQUE_XATTR]: "y" });
    return;
  }
  const name = leaf.slice(WHITEOUT.length);
  // filepath.Join(dir, name) is the directory itself or its parent: mknod fails with EEXIST.
  if (name === "" || name === "." || name === "..") fail(entry, "invalid-whiteout", layer);
  const at = resolvePath(root, [...parent, name], false);
  if (!at.ok || at.name === undefined) return failResolution(entry, at, layer);
  if (at.node !== undefined) fail(entry, "invalid-whiteout", layer);
  const device: NodeData = { ...IMPLICIT_DIR, type: "char", mode: 0, devMajor: 0, devMinor: 0 };
  at.dir.children.set(at.name, { inode: { data: { ...device, uid: entry.uid, gid: entry.gid } } });
}

function create(state: Unpacking, entry: LayerEntry, components: readonly string[]): void {
  const { layer } = state;
  const at = resolvePath(state.root, components, false);
  if (!at.ok || at.name === undefined) return failResolution(entry, at, layer);
  checkXattrs(entry, layer);
  if (entry.type === "dir") state.dirs.push({ components, entry });
  if (entry.type === "dir" && isDirectory(at.node)) {
    // A directory over a directory: new metadata, children and earlier xattrs kept.
    const { xattrs } = at.node.inode.data;
    at.node.inode.data = nodeData(entry);
    setXattrs(at.node.inode, { ...xattrs, ...entry.xattrs });
    return;
  }
  const node = entry.type === "hardlink" ? hardLink(state, entry) : newNode(entry, layer);
  at.dir.children.set(at.name, node);
}

/** link(2) to the inode the target names inside the layer; the link's metadata goes to it. */
function hardLink(state: Unpacking, entry: LayerEntry): TreeNode {
  const target = rootedComponents(entry.linkTarget ?? "", state.layer);
  const found = resolvePath(state.root, target, false);
  if (!found.ok || found.node === undefined || isDirectory(found.node)) {
    fail(entry, "hardlink-target", state.layer);
  }
  const { inode } = found.node;
  const owner = { uid: entry.uid, gid: entry.gid };
  // Docker chmods and touches the link only when its target is no symlink.
  const touched = inode.data.type === "symlink" ? {} : { mode: entry.mode, mtime: entry.mtime };
  inode.data = { ...inode.data, ...owner, ...touched };
  setXattrs(inode, entry.xattrs ?? {});
  return { inode };
}

function newNode(entry: LayerEntry, layer: number): TreeNode {
  const data = nodeData(entry);
  if (entry.type === "dir") return { inode: { data }, children: new Map() };
  if (entry.type === "file") return { inode: { data, source: { layer, ordinal: entry.ordinal } } };
  return { inode: { data } };
}

function setXattrs(inode: Inode, xattrs: Readonly<Record<string, string>>): void {
  const merged = { ...inode.data.xattrs, ...xattrs };
  if (Object.keys(merged).length > 0) inode.data = { ...inode.data, xattrs: merged };
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
      throw new Error("hard links share their target's inode (hardLink)");
  }
}

/** NAME_MAX and PATH_MAX: Docker opens `/` + the name inside its chroot; symlink(2) the target. */
const MAX_COMPONENT = 255;
const MAX_PATH = 4096;

function checkNameLengths(entry: LayerEntry, components: readonly string[], layer: number): void {
  let total = 0;
  for (const component of components) {
    const length = utf8Length(component);
    if (length > MAX_COMPONENT) fail(entry, "name-too-long", layer);
    total += length + 1;
  }
  const linked = entry.type === "symlink" || entry.type === "hardlink";
  if (total >= MAX_PATH || (linked && utf8Length(entry.linkTarget ?? "") >= MAX_PATH)) {
    fail(entry, "name-too-long", layer);
  }
}

function utf8Length(text: string): number {
  let length = text.length;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    // Two bytes from U+0080, three from U+0800; a surrogate pair is four (two per half).
    if (unit >= 0x80) length += unit >= 0x800 && (unit < 0xd800 || unit > 0xdfff) ? 2 : 1;
  }
  return length;
}

function failResolution(entry: LayerEntry, found: Resolution, layer: number): never {
  return fail(entry, found.viaSymlink ? "symlink-parent" : "parent-not-directory", layer);
}

function fail(entry: LayerEntry, rule: HostileEntryRule, layer: number): never {
  throw new HostileEntryError(entry.path, rule, layer);
}
