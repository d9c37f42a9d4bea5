import type { EngineTarget } from "../overlay/index.ts";
import type { ContainerState, MountPoint } from "./container-state.ts";
import { defaultMounts, defaultShmSize } from "./docker-defaults.ts";
import { dockerInitMount, usesDockerInit } from "./docker-init.ts";
import { ipcShmMount } from "./ipc-mount.ts";
import { joinedBundlePath } from "../contract/index.ts";
import { joinedContainerName } from "./joined-container.ts";
import type { OciMount } from "./oci-types.ts";
import { noRecord, type RecordCause, type SpecCause } from "./spec-recorder.ts";
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
  /** What decided it: the container state field behind it, or rbc's convention. */
  readonly cause: SpecCause;
}

const defaultMountRule: SpecCause = { rule: "the default mounts (oci.DefaultLinuxSpec)" };

/**
 * `mounts` (config.md#mounts) as Docker's WithMounts builds them: the default mounts (and the
 * docker-init bind) minus those the user replaced, followed by the user mounts stably sorted by
 * path depth; then the read-only-rootfs and privileged adjustments. Docker 20.10 lists the user
 * mounts as binds and volumes, the network files, the IPC /dev/shm bind, `tmpfs` entries, then
 * tmpfs volumes; Docker 26.1 puts the IPC bind and the tmpfs mounts first (see userMounts).
 */
export function buildMounts(
  state: ContainerState,
  target: EngineTarget,
  record: RecordCause = noRecord,
): OciMount[] {
  const user = sortByDepth(userMounts(state, target));
  const userDestinations = new Set(user.map((m) => m.destination));
  const base = defaultMounts();
  if (usesDockerInit(state.HostConfig)) base.push(dockerInitMount());
  const defaults = filterDefaults(base, userDestinations, state);
  if (state.HostConfig.ReadonlyRootfs) markDefaultsReadOnly(defaults, userDestinations);
  const mounts = [...defaults, ...user.map((m) => m.mount)];
  if (state.HostConfig.Privileged) clearPrivilegedReadOnly(mounts);
  recordMounts(state, defaults, user, record);
  return mounts;
}

/**
 * What decided each mount: the default mounts' rule (and what adjusted them: the shm size, a
 * read-only rootfs, privileged), the init's switch, or the user mount's own cause.
 */
function recordMounts(
  state: ContainerState,
  defaults: readonly OciMount[],
  user: readonly UserMount[],
  record: RecordCause,
): void {
  const hc = state.HostConfig;
  defaults.forEach((m, i) => {
    const at = `/mounts/${i}`;
    if (m.destination === dockerInitMount().destination) record(at, { state: "HostConfig.Init" });
    else record(at, defaultMountRule);
    const adjust = (cause: SpecCause): void => {
      record(`${at}/options`, defaultMountRule, cause);
    };
    if (m.destination === "/dev/shm") adjust({ state: "HostConfig.ShmSize" });
    if (hc.ReadonlyRootfs && !neverReadOnly.has(m.destination)) {
      adjust({ state: "HostConfig.ReadonlyRootfs" });
    }
    if (hc.Privileged && (m.destination === "/sys" || m.type === "cgroup")) {
      adjust({ state: "HostConfig.Privileged" });
    }
  });
  user.forEach((m, i) => {
    record(`/mounts/${defaults.length + i}`, m.cause);
  });
}

/**
 * The user mounts before the depth sort, whose ties keep this order. Docker 20.10's WithMounts
 * appends the IPC, tmpfs and secret mounts after setupMounts' binds, volumes and network files;
 * Docker 26.1's start (daemon/start.go) begins with setupContainerDirs' IPC, tmpfs and secret
 * mounts and appends setupMounts' after them.
 */
function userMounts(state: ContainerState, target: EngineTarget): UserMount[] {
  const readOnly = readOnlyOption(target);
  const binds = [...bindMounts(state, readOnly), ...networkFileMounts(state, readOnly)];
  const dirs = [...optionalUserMount(ipcShmMount(state)), ...tmpfsMounts(state)];
  return target.docker === "20.10" ? [...binds, ...dirs] : [...dirs, ...binds];
}

/** The option that makes a bind read-only, given whether the bind asks for a non-recursive one. */
type ReadOnlyOption = (nonRecursive: boolean) => "ro" | "rro";

/**
 * Docker 25+ makes a read-only bind, volume or network file recursively read-only (`rro`, runc's
 * mount_setattr with AT_RECURSIVE) unless the bind asks for a non-recursive read-only mount
 * (BindOptions.ReadOnlyNonRecursive; daemon/oci_linux.go withMounts). Docker falls back to `ro` on a
 * host whose kernel (< 5.12) or runtime (`runc features` without rro) cannot do it; rbc's 26.1
 * target is a host that can. Docker 20.10 only knows `ro`.
 */
function readOnlyOption(target: EngineTarget): ReadOnlyOption {
  return (nonRecursive) => (target.docker === "20.10" || nonRecursive ? "ro" : "rro");
}

/** Binds and volumes; tmpfs volumes join the tmpfs mounts, network-file binds supply those files. */
function bindMounts(state: ContainerState, readOnly: ReadOnlyOption): UserMount[] {
  return state.Mounts.filter((mp) => mp.Type !== "tmpfs" && !isNetworkFile(mp.Destination)).map(
    (mp) => ({
      destination: mp.Destination,
      mount: bindMount(mp, readOnly),
      cause: { state: "Mounts", item: mp.Destination },
    }),
  );
}

/** Binds carry their propagation; volumes carry none (volume/mounts: only binds have one). */
function bindMount(mp: MountPoint, readOnly: ReadOnlyOption): OciMount {
  const options = [mp.NonRecursive ? "bind" : "rbind"];
  if (!mp.RW) options.push(readOnly(mp.ReadOnlyNonRecursive === true));
  if (mp.Propagation !== "") options.push(mp.Propagation);
  return { destination: mp.Destination, type: "bind", source: mp.Source, options };
}

/**
 * The network files, from the bundle; with `--network container:NAME` Docker uses the donor's files
 * (rbc: under `/run/rbc/<its id>/`). A user mount on a network file's path supplies that file instead
 * (Docker: "user mounted"), with its own writability but none of its bind options: it is always
 * `rbind`, `rprivate` and, when read-only, recursively so on Docker 26.1 (container.NetworkMounts).
 */
function networkFileMounts(state: ContainerState, readOnly: ReadOnlyOption): UserMount[] {
  const donor = joinedContainerName(state, state.HostConfig.NetworkMode);
  return networkFiles.map(({ destination, source }) => {
    const userMount = state.Mounts.find(
      (mp) => mp.Type !== "tmpfs" && mp.Destination === destination,
    );
    const writable = userMount ? userMount.RW : !state.HostConfig.ReadonlyRootfs;
    const options = ["rbind", ...(writable ? [] : [readOnly(false)]), "rprivate"];
    const fileSource = donor === undefined ? source : joinedBundlePath(donor, source);
    const cause: SpecCause = userMount
      ? { state: "Mounts", item: destination }
      : donor === undefined
        ? {
            rbc: `the bundle's own ${source} file, which rbc writes beside config.json`,
            source: "bundle/network-files.ts",
          }
        : { state: "HostConfig.NetworkMode" };
    return {
      destination,
      mount: { destination, type: "bind", source: userMount?.Source ?? fileSource, options },
      cause,
    };
  });
}

function optionalUserMount(mount: OciMount | undefined): UserMount[] {
  const cause = { state: "HostConfig.IpcMode" };
  return mount === undefined ? [] : [{ destination: mount.destination, mount, cause }];
}

/** `tmpfs` entries, then tmpfs volumes (container.TmpfsMounts), with Docker's tmpfs defaults. */
function tmpfsMounts(state: ContainerState): UserMount[] {
  const entries: [string, string, SpecCause][] = [
    ...Object.entries(state.HostConfig.Tmpfs ?? {}).map(([destination, data]) => {
      const cause = { state: "HostConfig.Tmpfs", item: destination };
      return [destination, data, cause] satisfies [string, string, SpecCause];
    }),
    ...state.Mounts.filter((mp) => mp.Type === "tmpfs").map((mp) => {
      const cause = { state: "Mounts", item: mp.Destination };
      return [mp.Destination, mp.TmpfsData ?? "", cause] satisfies [string, string, SpecCause];
    }),
  ];
  return entries.map(([destination, data, cause]) => ({
    destination,
    cause,
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

/**
 * Privileged: `ro` comes off every mount on /sys, the user's too, and off every cgroup mount
 * (WithMounts, after the read-only-rootfs step).
 */
function clearPrivilegedReadOnly(mounts: OciMount[]): void {
  for (const m of mounts) {
    if (m.destination === "/sys" || m.type === "cgroup") removeOption(m, "ro");
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
