import type { DockerRelease } from "../overlay/index.ts";
import type { ContainerState } from "./container-state.ts";
import { namespaceOrder } from "./docker-defaults.ts";
import { joinedBundlePath, namespacePinLeaf, type PinnedNamespace } from "../contract/index.ts";
import { joinedContainerName } from "./joined-container.ts";
import type { OciNamespace } from "./oci-types.ts";

/**
 * The network namespace runc runs in: runc opens namespace paths from its init process before it
 * creates any namespace, so `/proc/self/ns/net` is the caller's. Docker joins `--network host`
 * containers to `<exec-root>/netns/default`, its daemon's own namespace; this is rbc's analogue
 * without a daemon. (`/proc/1/ns/net` would need ptrace access to the host's init, which
 * sandboxed hosts refuse.)
 */
const hostNetworkNamespace = "/proc/self/ns/net";

/**
 * `linux.namespaces` (config-linux.md#namespaces) as Docker's WithNamespaces sets them, starting
 * from mount, network, uts, pid, ipc: `host` removes the uts, pid and ipc namespaces; 20.10 keeps
 * the network one with a path, 26.1 removes it too (moby ed15f1d717); `container:NAME` gives the
 * namespace the donor's path (rbc: its pinned namespace under /run/rbc/<its id>/ns/); a private
 * cgroup namespace is appended. UsernsMode only matters with a daemon-wide `--userns-remap`, which
 * rbc does not model: never a user namespace.
 */
export function buildNamespaces(state: ContainerState, release: DockerRelease): OciNamespace[] {
  const hc = state.HostConfig;
  const removed = new Set<string>();
  if (hc.NetworkMode === "host" && release !== "20.10") removed.add("network");
  if (hc.UTSMode === "host") removed.add("uts");
  if (hc.PidMode === "host") removed.add("pid");
  if (hc.IpcMode === "host") removed.add("ipc");
  const paths: Readonly<Record<string, string | undefined>> = {
    network: networkPath(state),
    pid: joinedPath(state, hc.PidMode, "pid"),
    ipc: joinedPath(state, hc.IpcMode, "ipc"),
  };
  const namespaces = namespaceOrder
    .filter((type) => !removed.has(type))
    .map((type): OciNamespace => {
      const path = paths[type];
      return path === undefined ? { type } : { type, path };
    });
  if (hc.CgroupnsMode === "private") namespaces.push({ type: "cgroup" });
  return namespaces;
}

function networkPath(state: ContainerState): string | undefined {
  const mode = state.HostConfig.NetworkMode;
  if (mode === "host") return hostNetworkNamespace;
  return joinedPath(state, mode, "net");
}

/** `/run/rbc/<donor id>/ns/<net|ipc|pid>` for a `container:NAME` mode. */
function joinedPath(
  state: ContainerState,
  mode: string,
  leaf: PinnedNamespace,
): string | undefined {
  const name = joinedContainerName(state, mode);
  return name === undefined ? undefined : joinedBundlePath(name, namespacePinLeaf(leaf));
}
