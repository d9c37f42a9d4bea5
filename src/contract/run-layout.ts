import { NetworkSetupError } from "../errors/index.ts";

/**
 * `/run/rbc`: one directory per running bundle, named by its container id, and rbc's own entries,
 * whose names start with `.`. Docker names a joined container's namespaces by its process
 * (`/proc/<pid>/ns/<type>`) and its files by its directory under the data root, both host-specific;
 * rbc's convention instead: `rbc run` pins a running bundle's namespaces and shared files under
 * `/run/rbc/<id>/`, and bundles that join it (`container:NAME` modes) refer to them there.
 */
export const RUN_ROOT = "/run/rbc";

/** rbc's own directories under RUN_ROOT: the hook launcher, and the address leases of its network. */
export const rbcRunDirs = {
  /** One directory per rbc install, each holding `rbc`, the hook launcher runc's hooks find on PATH. */
  hookBin: `${RUN_ROOT}/.bin`,
  /** host-local IPAM leases; on /run (a tmpfs) so a reboot forgets them, as it forgets containers. */
  ipam: `${RUN_ROOT}/.ipam`,
  /**
   * The config.json runc runs a bundle with when its environment is filled in at run time, one
   * directory (0700, the file 0600) per container id: the only place the filled-in values are written.
   */
  runtimeBundles: `${RUN_ROOT}/.bundles`,
} as const;

/** The namespaces rbc pins for bundles that join another's (`container:NAME` modes). */
export const pinnedNamespaces = ["net", "ipc", "pid"] as const;
export type PinnedNamespace = (typeof pinnedNamespaces)[number];

/** The files a joining bundle binds from its donor, linked to the donor bundle's own. */
export const sharedBundleFiles = ["hosts", "resolv.conf", "hostname", "shm"] as const;

/** What the create-runtime hook set up, read by poststop, `rbc ps` and port checks (JSON). */
export const NETWORK_RECORD_FILE = "network.json";

/** The leaf under `/run/rbc/<id>/` where namespace `type` is pinned. */
export function namespacePinLeaf(type: PinnedNamespace): string {
  return `ns/${type}`;
}

/**
 * A path under a bundle's `/run/rbc/<id>/` as config.json names it at build time (a joined
 * bundle's namespaces and files). The name is the donor bundle's container id.
 */
export function joinedBundlePath(name: string, leaf: string): string {
  return `${RUN_ROOT}/${name}/${leaf}`;
}

/**
 * `/run/rbc/<id>/…` at run time. The name comes from a hook's arguments in config.json, which
 * anyone can edit, and the directory is removed recursively as root: a name that is not one plain
 * directory entry is refused.
 */
export function runPath(name: string, leaf = ""): string {
  if (!isBundleRunName(name)) throw new NetworkSetupError(`invalid bundle name "${name}"`);
  return leaf === "" ? `${RUN_ROOT}/${name}` : `${RUN_ROOT}/${name}/${leaf}`;
}

/**
 * Where runc finds the filled-in config.json of container `id` (see rbcRunDirs.runtimeBundles);
 * an id that is not one plain directory entry is refused.
 */
export function runtimeBundleDir(id: string): string {
  if (!isBundleRunName(id)) throw new NetworkSetupError(`invalid container id "${id}"`);
  return `${rbcRunDirs.runtimeBundles}/${id}`;
}

/** A name /run/rbc/<id> can hold: one path component, not rbc's own (leading `.`). */
export function isBundleRunName(name: string): boolean {
  return name !== "" && !name.startsWith(".") && !name.includes("/") && !name.includes("\0");
}
