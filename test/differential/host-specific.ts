import type { HostFeatures } from "./host-features.ts";

/**
 * The parts of a config.json that legitimately differ between Docker's and rbc's for the same
 * settings, because they name something on the host or depend on what the host's kernel offers.
 * This is the only list: everything else in the two specs must be identical. Each entry says why
 * it is host-specific. Where Docker's own order is random, the two lists are compared as sets.
 */
type Spec = Record<string, unknown> & {
  process?: {
    capabilities?: Record<string, string[] | undefined>;
    env?: string[];
    args?: string[];
    user?: { additionalGids?: number[] };
    rlimits?: { type: string }[];
    apparmorProfile?: string;
  };
  mounts?: { destination: string; source: string; type: string; options?: string[] }[];
  linux?: {
    namespaces?: { type: string; path?: string }[];
    resources?: { blockIO?: Record<string, unknown> } & Record<string, unknown>;
  } & Record<string, unknown>;
};

export interface NormalizeOptions {
  /** The scenario sets no hostname: Docker names the container by its id, rbc by the bundle. */
  readonly defaultHostname: boolean;
  readonly host: HostFeatures;
  /** The profile the scenario names with `security_opt: [apparmor=...]`, if any. */
  readonly apparmorProfile?: string;
  /** The scenario sets a cgroup parent, so only the last part of cgroupsPath is the container's. */
  readonly cgroupParent: boolean;
  /** How many `group_add` entries the scenario has (an upper bound of the gids they add). */
  readonly groupAddCount: number;
  /** The scenario is privileged. */
  readonly privileged: boolean;
  /** The scenario sets a block I/O weight (`blkio_config.weight`). */
  readonly blkioWeight: boolean;
  /** The Docker release of the engine the spec comes from (its rules for the host's facts). */
  readonly dockerRelease: "20.10" | "26.1";
}

const placeholder = "<host-specific>";
const networkFiles = new Set(["/etc/resolv.conf", "/etc/hostname", "/etc/hosts"]);

export function normalizeHostSpecific(input: unknown, options: NormalizeOptions): unknown {
  const spec = structuredClone(input) as Spec;
  // root.path: Docker's overlay2 merged directory; rbc's bundle-relative `.rootfs/rootfs`.
  (spec.root as { path: string }).path = placeholder;
  // cgroupsPath: Docker's <parent>/<container id>, parent /docker by default; rbc's own default
  // parent and the bundle name. A parent the user sets is compared; the container's part is not.
  const cgroupsPath = spec.linux?.cgroupsPath;
  if (spec.linux && typeof cgroupsPath === "string") {
    const path = cgroupsPath;
    spec.linux.cgroupsPath = options.cgroupParent
      ? `${path.slice(0, path.lastIndexOf("/") + 1)}${placeholder}`
      : placeholder;
  }
  // hooks: Docker's libnetwork-setkey prestart hook runs dockerd's own binary by /proc/<pid>/exe.
  spec.hooks = placeholder;
  // annotations: Docker 20.10 writes none; rbc's image-spec annotations are tested on their own.
  delete spec.annotations;
  for (const mount of spec.mounts ?? []) normalizeMountSource(mount);
  // A privileged container gets every device node of the host's /dev (runc HostDevices); rbc's
  // bundles do not depend on the build host, so they list none.
  if (spec.linux?.devices !== undefined && options.privileged) delete spec.linux.devices;
  // Namespace paths name /proc/<pid> of another process on the host.
  for (const ns of spec.linux?.namespaces ?? []) {
    if (ns.path !== undefined) ns.path = placeholder;
  }
  normalizeHostKernel(spec, options);
  if (spec.mounts) spec.mounts = sortUnorderedMounts(spec.mounts);
  sortUnorderedLists(spec, options);
  if (options.defaultHostname) {
    // The default hostname: Docker's container id prefix, rbc's bundle name; HOSTNAME repeats it.
    if (spec.hostname !== undefined) spec.hostname = placeholder;
    if (spec.process?.env) {
      spec.process.env = spec.process.env.map((e) =>
        e.startsWith("HOSTNAME=") ? `HOSTNAME=${placeholder}` : e,
      );
    }
  }
  return spec;
}

type Mount = NonNullable<Spec["mounts"]>[number];

function normalizeMountSource(mount: Mount): void {
  // The network files and a shared /dev/shm live under Docker's data root; rbc's in the bundle.
  if (
    networkFiles.has(mount.destination) ||
    (mount.destination === "/dev/shm" && mount.type === "bind")
  ) {
    mount.source = placeholder;
  }
  // /sbin/docker-init's source is where the daemon found its init binary.
  if (mount.destination === "/sbin/docker-init") mount.source = placeholder;
  // Volumes live under Docker's data root (anonymous ones with random names); rbc keeps them in
  // the bundle's volumes/ directory.
  const volume =
    /^\/var\/lib\/docker\/volumes\/([^/]+)\/_data$/.exec(mount.source) ??
    /^volumes\/(.+)$/.exec(mount.source);
  if (volume) mount.source = `${placeholder} volume ${anonymous(volume[1] ?? "")}`;
}

/**
 * What Docker decides from this host's kernel, checked on the host at test time; each applies only
 * when the host lacks the feature, so on a host that has it the values are compared.
 */
function normalizeHostKernel(spec: Spec, options: NormalizeOptions): void {
  const { host } = options;
  // AppArmor: Docker sets process.apparmorProfile only when the host has AppArmor enabled; rbc
  // writes the profile the overlay names for the host that runs the bundle.
  if (
    !host.apparmor &&
    options.apparmorProfile !== undefined &&
    spec.process?.apparmorProfile === options.apparmorProfile
  ) {
    delete spec.process.apparmorProfile;
  }
  const blockIO = spec.linux?.resources?.blockIO;
  // Without blkio.weight, Docker discards the weight the scenario sets at create
  // (verifyPlatformContainerResources): 20.10 then writes `weight: 0`, 26.1 no weight.
  if (blockIO !== undefined && !host.blkioWeight && options.blkioWeight) delete blockIO.weight;
  // Without blkio.weight_device, Docker drops the per-device weights at create.
  if (blockIO !== undefined && !host.blkioWeightDevice) delete blockIO.weightDevice;
  // Binds Docker made rslave by itself (sources at, in or above its data root) need a shared or
  // slave host mount; on a private one Docker silently keeps the rootfs private, on a shared one
  // (systemd hosts) it makes it rslave, as rbc always does.
  if (spec.linux?.rootfsPropagation === "rslave" && slaveBindsFellBack(spec, host)) {
    delete spec.linux.rootfsPropagation;
  }
  normalizeDaemonCapabilities(spec, options);
}

/**
 * Docker 26.1 gives a privileged container the capabilities its daemon has (oci/caps: containerd's
 * cap.Current), 20.10 every capability it knows. A daemon without some of them (this sandbox's
 * dockerd lacks CAP_SYS_RESOURCE) leaves them out; rbc writes every one, as a daemon with all of
 * them does. Only those the daemon lacks are taken out, on both sides.
 */
function normalizeDaemonCapabilities(spec: Spec, options: NormalizeOptions): void {
  const own = options.host.daemonCapabilities;
  const capabilities = spec.process?.capabilities;
  if (!options.privileged || options.dockerRelease === "20.10" || own === undefined) return;
  if (capabilities === undefined) return;
  for (const [set, names] of Object.entries(capabilities)) {
    if (names !== undefined) {
      capabilities[set] = names.filter((name) => own.includes(name));
    }
  }
}

const dataRoot = "/var/lib/docker";

function slaveBindsFellBack(spec: Spec, host: HostFeatures): boolean {
  const slaveBinds = (spec.mounts ?? []).filter(
    (m) => m.type === "bind" && (m.options ?? []).some((o) => o === "rslave" || o === "slave"),
  );
  return (
    slaveBinds.length > 0 &&
    slaveBinds.every((m) => {
      const aroundDataRoot =
        m.source.startsWith(dataRoot) ||
        `${dataRoot}/`.startsWith(`${m.source.replace(/\/$/, "")}/`);
      return aroundDataRoot && host.propagationOf(m.source) === "private";
    })
  );
}

/** Lists Docker builds from Go maps, in random order: compared as sets. */
function sortUnorderedLists(spec: Spec, options: NormalizeOptions): void {
  // additionalGids = [gid, ...supplementary groups, ...group_add gids]; the group_add tail comes
  // from a map (runc GetAdditionalGroups).
  const gids = spec.process?.user?.additionalGids;
  if (gids !== undefined && options.groupAddCount > 0) {
    const head = Math.max(1, gids.length - options.groupAddCount);
    gids.splice(head, gids.length - head, ...gids.slice(head).sort((a, b) => a - b));
  }
  // rlimits: the CLI keeps --ulimit values in a map and sends them in its iteration order.
  spec.process?.rlimits?.sort((a, b) => a.type.localeCompare(b.type));
}

/** Anonymous volumes: Docker names them with 64 random hex digits, rbc after their target. */
function anonymous(name: string): string {
  return /^[0-9a-f]{64}$/.test(name) || name.startsWith("_anonymous/") ? "anonymous" : name;
}

const defaultMountDestinations = new Set([
  "/proc",
  "/dev",
  "/dev/pts",
  "/sys",
  "/sys/fs/cgroup",
  "/dev/mqueue",
  "/dev/shm",
  "/sbin/docker-init",
]);

/**
 * Docker orders user binds and volumes of the same depth, and tmpfs mounts of the same depth, by
 * Go map iteration: random. Within each depth, sort each of those two kinds among the slots they
 * occupy; the defaults, the network files and the depth order itself stay as emitted.
 */
function sortUnorderedMounts(mounts: Mount[]): Mount[] {
  const firstUser = mounts.findIndex((m) => !defaultMountDestinations.has(m.destination));
  if (firstUser === -1) return mounts;
  const result = [...mounts];
  const kindOf = (m: Mount): string | undefined =>
    m.type === "tmpfs"
      ? "tmpfs"
      : m.type === "bind" && !networkFiles.has(m.destination)
        ? "bind"
        : undefined;
  const depth = (m: Mount): number => m.destination.split("/").filter(Boolean).length;
  const groups = new Map<string, number[]>();
  result.forEach((m, i) => {
    const kind = kindOf(m);
    if (i < firstUser || kind === undefined) return;
    const key = `${depth(m)}:${kind}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  for (const slots of groups.values()) {
    const sorted = slots
      .map((i) => result[i] as Mount)
      .sort((a, b) => a.destination.localeCompare(b.destination));
    slots.forEach((slot, k) => (result[slot] = sorted[k] as Mount));
  }
  return result;
}
