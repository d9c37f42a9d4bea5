import { joinedContainerPath } from "../spec/joined-container.ts";
import { NetworkSetupError } from "../errors/index.ts";

/** The namespaces rbc pins for bundles that join another's (`container:NAME` modes). */
export const pinnedNamespaces = ["net", "ipc", "pid"] as const;

/** The files a joining bundle binds from its donor, linked to the donor bundle's own. */
export const sharedBundleFiles = ["hosts", "resolv.conf", "hostname", "shm"] as const;

/** `/run/rbc`: one directory per running bundle, and rbc's own entries, whose names start with `.`. */
export const runRoot = joinedContainerPath("", "").replace(/\/+$/, "");

/**
 * `/run/rbc/<name>/…`: where a running bundle's pinned namespaces and network record live. The
 * name comes from a hook's arguments in config.json, which anyone can edit, and the directory is
 * removed recursively as root: a name that is not one plain directory entry is refused.
 */
export function runPath(name: string, leaf = ""): string {
  if (!isBundleRunName(name)) throw new NetworkSetupError(`invalid bundle name "${name}"`);
  return leaf === "" ? `${runRoot}/${name}` : `${runRoot}/${name}/${leaf}`;
}

/** A name /run/rbc/<name> can hold: one path component, not rbc's own (leading `.`). */
export function isBundleRunName(name: string): boolean {
  return name !== "" && !name.startsWith(".") && !name.includes("/") && !name.includes("\0");
}
