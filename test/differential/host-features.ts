import { existsSync, readFileSync, readdirSync, readlinkSync, statSync } from "node:fs";
import { basename, join } from "node:path";

/**
 * What this host's kernel offers that Docker probes at create or start and rbc, building bundles for
 * other hosts, does not. Read once per engine and test run, at the time the test runs, as the
 * engine's daemon sees it: the chroot engines (scripts/engines/) have their own mount namespace,
 * root and cgroup hierarchy.
 */
export interface HostFeatures {
  /** runc's check: /sys/kernel/security/apparmor exists and the module parameter says `Y`. */
  readonly apparmor: boolean;
  /** cgroup v1 `blkio.weight`: without it Docker zeroes `--blkio-weight` at create. */
  readonly blkioWeight: boolean;
  /** cgroup v1 `blkio.weight_device`: without it Docker drops `--blkio-weight-device` at create. */
  readonly blkioWeightDevice: boolean;
  /** The propagation of the host mount a path lives on (from /proc/self/mountinfo). */
  readonly propagationOf: (path: string) => "shared" | "slave" | "private";
  /**
   * The capabilities the daemon itself has (its effective set, /proc/<pid>/status CapEff): Docker
   * 26.1 grants a privileged container these (containerd's cap.Current), 20.10 a fixed list.
   * Undefined for the host's own engine (no pid given) and when the daemon's status cannot be read.
   */
  readonly daemonCapabilities: readonly string[] | undefined;
}

/**
 * The features as the daemon with this pid sees them (its root and mount table); no pid: this
 * process's own view, which the host's engine shares.
 */
export function probeHostFeatures(pid?: number): HostFeatures {
  const root = pid === undefined ? "" : `/proc/${pid}/root`;
  const proc = `/proc/${pid ?? "self"}`;
  return {
    apparmor:
      existsSync(`${root}/sys/kernel/security/apparmor`) &&
      readIfExists(`${root}/sys/module/apparmor/parameters/enabled`).startsWith("Y"),
    blkioWeight: existsSync(`${root}/sys/fs/cgroup/blkio/blkio.weight`),
    blkioWeightDevice: existsSync(`${root}/sys/fs/cgroup/blkio/blkio.weight_device`),
    propagationOf: mountPropagation(readIfExists(`${proc}/mountinfo`)),
    daemonCapabilities:
      pid === undefined ? undefined : capabilitiesOf(readIfExists(`${proc}/status`)),
  };
}

/** Capability names by number (linux/capability.h), up to the last one Docker 26.1 knows. */
const capabilityNames = (
  "CHOWN DAC_OVERRIDE DAC_READ_SEARCH FOWNER FSETID KILL SETGID SETUID SETPCAP " +
  "LINUX_IMMUTABLE NET_BIND_SERVICE NET_BROADCAST NET_ADMIN NET_RAW IPC_LOCK IPC_OWNER " +
  "SYS_MODULE SYS_RAWIO SYS_CHROOT SYS_PTRACE SYS_PACCT SYS_ADMIN SYS_BOOT SYS_NICE " +
  "SYS_RESOURCE SYS_TIME SYS_TTY_CONFIG MKNOD LEASE AUDIT_WRITE AUDIT_CONTROL SETFCAP " +
  "MAC_OVERRIDE MAC_ADMIN SYSLOG WAKE_ALARM BLOCK_SUSPEND AUDIT_READ PERFMON BPF " +
  "CHECKPOINT_RESTORE"
)
  .split(" ")
  .map((name) => `CAP_${name}`);

/** The names of the capabilities in a /proc/<pid>/status CapEff mask. */
function capabilitiesOf(status: string): readonly string[] | undefined {
  const mask = /^CapEff:\s*([0-9a-f]+)$/m.exec(status)?.[1];
  if (mask === undefined) return undefined;
  const bits = BigInt(`0x${mask}`);
  return capabilityNames.filter((_, bit) => ((bits >> BigInt(bit)) & 1n) === 1n);
}

/** mountinfo: field 5 is the mount point, optional fields before `-` carry `shared:N` / `master:N`. */
function mountPropagation(mountinfo: string): HostFeatures["propagationOf"] {
  const mounts = mountinfo
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const fields = line.split(" ");
      const optional = fields.slice(6, fields.indexOf("-"));
      const propagation = optional.some((f) => f.startsWith("shared:"))
        ? ("shared" as const)
        : optional.some((f) => f.startsWith("master:"))
          ? ("slave" as const)
          : ("private" as const);
      return { point: fields[4] ?? "/", propagation };
    });
  return (path) => {
    const within = (point: string): boolean =>
      point === "/" || path === point || path.startsWith(`${point}/`);
    // The last mount listed on the longest matching mount point is the one in effect.
    const best = mounts
      .filter((m) => within(m.point))
      .reduce<(typeof mounts)[number] | undefined>(
        (found, m) => (found === undefined || m.point.length >= found.point.length ? m : found),
        undefined,
      );
    return best?.propagation ?? "private";
  };
}

function readIfExists(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}

/**
 * A block device node for the per-device blkio scenarios: the one backing `/` when `/` is on a real
 * block device, else the first block device the kernel lists that has a node in /dev. Throws when
 * there is none, so those scenarios fail instead of passing vacuously.
 */
export function findBlockDevice(): string {
  const dev = statSync("/").dev;
  const rootId = `${Math.floor(dev / 256) & 0xfff}:${(dev & 0xff) | ((dev >> 12) & 0xfff00)}`;
  const candidates = [rootId, ...safeReaddir("/sys/dev/block").sort()];
  for (const id of candidates) {
    const node = nodeFor(id);
    if (node !== undefined) return node;
  }
  throw new Error("no block device node found on this host (looked in /sys/dev/block and /dev)");
}

function nodeFor(id: string): string | undefined {
  try {
    const node = join("/dev", basename(readlinkSync(join("/sys/dev/block", id))));
    return statSync(node).isBlockDevice() ? node : undefined;
  } catch {
    return undefined;
  }
}

function safeReaddir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
