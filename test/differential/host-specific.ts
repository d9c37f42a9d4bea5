/**
 * The parts of a config.json that legitimately differ between Docker's and rbc's for the same
 * settings, because they name something on the host. This is the only list: everything else in
 * the two specs must be identical. Each entry says why it is host-specific.
 */
type Spec = Record<string, unknown> & {
  process?: { env?: string[]; args?: string[] };
  mounts?: { destination: string; source: string; type: string; options?: string[] }[];
  linux?: { namespaces?: { type: string; path?: string }[] } & Record<string, unknown>;
};

export interface NormalizeOptions {
  /** The scenario sets no hostname: Docker names the container by its id, rbc by the bundle. */
  readonly defaultHostname: boolean;
}

const placeholder = "<host-specific>";
const networkFiles = new Set(["/etc/resolv.conf", "/etc/hostname", "/etc/hosts"]);

export function normalizeHostSpecific(input: unknown, options: NormalizeOptions): unknown {
  const spec = structuredClone(input) as Spec;
  // root.path: Docker's overlay2 merged directory; rbc's bundle-relative `rootfs`.
  (spec.root as { path: string }).path = placeholder;
  // cgroupsPath: Docker's /docker/<container id>; rbc's /rbc/<bundle>.
  if (spec.linux) spec.linux.cgroupsPath = placeholder;
  // hooks: Docker's libnetwork-setkey prestart hook runs dockerd's own binary by /proc/<pid>/exe.
  spec.hooks = placeholder;
  // annotations: Docker 20.10 writes none; rbc's image-spec annotations are tested on their own.
  delete spec.annotations;
  for (const mount of spec.mounts ?? []) {
    // The network files and a shared /dev/shm live under Docker's data root; rbc's in the bundle.
    if (
      networkFiles.has(mount.destination) ||
      (mount.destination === "/dev/shm" && mount.type === "bind")
    ) {
      mount.source = placeholder;
    }
    // /sbin/docker-init's source is where the daemon found its init binary.
    if (mount.destination === "/sbin/docker-init") mount.source = placeholder;
    // Anonymous volumes get random names from Docker and a path from rbc.
    if (
      /^\/var\/lib\/docker\/volumes\/[0-9a-f]{64}\/_data$/.test(mount.source) ||
      mount.source.startsWith("volumes/_anonymous/")
    ) {
      mount.source = placeholder;
    }
  }
  // Namespace paths name /proc/<pid> of another process on the host.
  for (const ns of spec.linux?.namespaces ?? []) {
    if (ns.path !== undefined) ns.path = placeholder;
  }
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

/** Anonymous volumes: Docker names them with 64 random hex digits, rbc after their target. */
function anonymous(name: string): string {
  return /^[0-9a-f]{64}$/.test(name) || name.startsWith("_anonymous/") ? "anonymous" : name;
}
