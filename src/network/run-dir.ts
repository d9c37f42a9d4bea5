import { joinedContainerPath } from "../spec/joined-container.ts";

/** The namespaces rbc pins for bundles that join another's (`container:NAME` modes). */
export const pinnedNamespaces = ["net", "ipc", "pid"] as const;

/** The files a joining bundle binds from its donor, linked to the donor bundle's own. */
export const sharedBundleFiles = ["hosts", "resolv.conf", "hostname", "shm"] as const;

/** `/run/rbc/<name>/…`: where a running bundle's pinned namespaces and network record live. */
export function runPath(name: string, leaf = ""): string {
  return joinedContainerPath(name, leaf).replace(/\/+$/, "");
}
