/**
 * Where a bundle's materialized root filesystem lives: `root.path` as config.json names it
 * (written at build time, read by `rbc run` and runc) and where materialization and `rbc verify`
 * put and find the tree.
 *
 * The tree carries the image's modes and owners: set-uid files, device nodes, world-writable
 * directories, a root directory owned by any uid. So it never sits directly in the checkout: it
 * is `rootfs` inside ROOTFS_PARENT, a directory owned by the user who materialized it (root, to
 * restore owners) with mode 0700, the way Docker keeps its layers under `/var/lib/docker` (0710).
 * No other host user can look up a path through it, so nothing of the image is reachable to them,
 * while runc (root) follows the bundle-relative `root.path` as before.
 */

/** The private directory in the bundle that holds the tree (and materialization's scratch trees). */
export const ROOTFS_PARENT = ".rootfs";

/** The mode ROOTFS_PARENT must have: its owner only. */
export const ROOTFS_PARENT_MODE = 0o700;

/** config.json's `root.path`: the materialized tree, relative to the bundle directory. */
export const ROOTFS_PATH = `${ROOTFS_PARENT}/rootfs`;
