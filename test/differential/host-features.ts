import { existsSync, readFileSync, readdirSync, readlinkSync, statSync } from "node:fs";
import { basename, join } from "node:path";

/**
 * What this host's kernel offers that Docker probes at create or start and rbc, building bundles for
 * other hosts, does not. Read once per test run, at the time the test runs.
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
}

export function probeHostFeatures(): HostFeatures {
  return {
    apparmor:
      existsSync("/sys/kernel/security/apparmor") &&
      readIfExists("/sys/module/apparmor/parameters/enabled").startsWith("Y"),
    blkioWeight: existsSync("/sys/fs/cgroup/blkio/blkio.weight"),
    blkioWeightDevice: existsSync("/sys/fs/cgroup/blkio/blkio.weight_device"),
    propagationOf: mountPropagation(readIfExists("/proc/self/mountinfo")),
  };
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
