import type { ContainerState, MountPoint } from "./container-state.ts";
import { defaultMounts, defaultShmSize } from "./docker-defaults.ts";
import type { OciMount } from "./oci-types.ts";
import { mergeTmpfsOptions } from "./tmpfs-options.ts";

/** Bundle-relative sources of the files Docker keeps under its data root and bind-mounts in. */
export const networkFiles = [
  { destination: "/etc/resolv.conf", source: "resolv.conf" },
  { destination: "/etc/hostname", source: "hostname" },
  { destination: "/etc/hosts", source: "hosts" },
] as const;

interface UserMount {
  readonly destination: string;
  readonly mount: OciMount;
}

/**
 * `mounts` as Docker's WithMounts builds them: the default mounts minus those the user replaced,
 * followed by the user mounts (binds and volumes, then the network files, then tmpfs) stably sorted
 * by path depth; then the read-only-rootfs and privileged adjustments.
 */
export function buildMounts(state: ContainerState): OciMount[] {
  const user = sortByDepth([
    ...bindMounts(state),
    ...networkFileMounts(state),
    ...tmpfsMounts(state),
  ]);
  const userDestinations = new Set(user.map((m) => m.destination));
  const defaults = filterDefaults(defaultMounts(), userDestinations, state);
  if (state.HostConfig.ReadonlyRootfs) markDefaultsReadOnly(defaults, userDestinations);
  if (state.HostConfig.Privileged) {
    for (const m of defaults) {
      if (m.destination === "/sys" || m.type === "cgroup") removeOption(m, "ro");
    }
  }
  return [...defaults, ...user.map((m) => m.mount)];
}

function bindMounts(state: ContainerState): UserMount[] {
  return state.Mounts.filter((mp) => !isNetworkFile(mp.Destination)).map((mp) => ({
    destination: mp.Destination,
    mount: bindMount(mp),
  }));
}

/** Binds carry their propagation; volumes carry none (volume/mounts: only binds have one). */
function bindMount(mp: MountPoint): OciMount {
  const options = [mp.NonRecursive ? "bind" : "rbind"];
  if (!mp.RW) options.push("ro");
  if (mp.Propagation !== "") options.push(mp.Propagation);
  return { destination: mp.Destination, type: "bind", source: mp.Source, options };
}

/** A user mount on a network file's path supplies that file instead (Docker: "user mounted"). */
function networkFileMounts(state: ContainerState): UserMount[] {
  return networkFiles.map(({ destination, source }) => {
    const userMount = state.Mounts.find((mp) => mp.Destination === destination);
    const writable = userMount ? userMount.RW : !state.HostConfig.ReadonlyRootfs;
    const options = ["rbind", ...(writable ? [] : ["ro"]), "rprivate"];
    return {
      destination,
      mount: { destination, type: "bind", source: userMount?.Source ?? source, options },
    };
  });
}

function tmpfsMounts(state: ContainerState): UserMount[] {
  return Object.entries(state.HostConfig.Tmpfs ?? {}).map(([destination, data]) => ({
    destination,
    mount: {
      destination,
      type: "tmpfs",
      source: "tmpfs",
      options: mergeTmpfsOptions(["noexec", "nosuid", "nodev", "rprivate", ...splitData(data)]),
    },
  }));
}

function splitData(data: string): string[] {
  return data === "" ? [] : data.split(",");
}

function isNetworkFile(destination: string): boolean {
  return networkFiles.some((f) => f.destination === destination);
}

/** Docker sorts user mounts by the number of `/` in the cleaned destination; ties keep their order. */
function sortByDepth(mounts: UserMount[]): UserMount[] {
  const depth = (m: UserMount): number => cleanPath(m.destination).split("/").length - 1;
  return mounts
    .map((m, i) => ({ m, i }))
    .sort((a, b) => depth(a.m) - depth(b.m) || a.i - b.i)
    .map(({ m }) => m);
}

function filterDefaults(
  defaults: OciMount[],
  userDestinations: ReadonlySet<string>,
  state: ContainerState,
): OciMount[] {
  const userMountsDev = userDestinations.has("/dev");
  const kept = defaults.filter((m) => {
    if (userDestinations.has(m.destination)) return false;
    if (userMountsDev && m.destination.startsWith("/dev/")) return false;
    return !(m.destination === "/dev/shm" && state.HostConfig.IpcMode === "none");
  });
  for (const m of kept) {
    if (m.destination === "/dev/shm") {
      m.options = [...(m.options ?? []), `size=${state.HostConfig.ShmSize || defaultShmSize}`];
    }
  }
  return kept;
}

const neverReadOnly = new Set(["/proc", "/dev", "/dev/pts", "/dev/shm", "/dev/mqueue"]);

function markDefaultsReadOnly(mounts: OciMount[], userDestinations: ReadonlySet<string>): void {
  for (const m of mounts) {
    if (neverReadOnly.has(m.destination) || userDestinations.has(m.destination)) continue;
    if (!(m.options ?? []).includes("ro")) m.options = [...(m.options ?? []), "ro"];
  }
}

function removeOption(mount: OciMount, option: string): void {
  mount.options = (mount.options ?? []).filter((o) => o !== option);
}

/** Go's filepath.Clean for absolute container paths. */
export function cleanPath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return `/${parts.join("/")}`;
}
