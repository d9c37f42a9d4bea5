import type { DockerRelease } from "../overlay/index.ts";
import type { OciDeviceRule, OciMount } from "./oci-types.ts";

/**
 * The values Docker Engine starts every container's spec from (moby `oci.DefaultLinuxSpec`,
 * `caps.DefaultCapabilities`) and the create-time defaults it stores in HostConfig, per release.
 */

/**
 * The runtime-spec version of the Go types the release is built against (specs-go `Version`):
 * 20.10.24 vendors 1.0.2-dev; Debian's 26.1.5 builds with golang-github-opencontainers-specs 1.2.0.
 */
export function ociVersion(release: DockerRelease): string {
  return release === "20.10" ? "1.0.2-dev" : "1.2.0";
}

export const defaultPath = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

/** Docker's default capability set, in Docker's order. */
export const defaultCapabilities: readonly string[] = [
  "CAP_CHOWN",
  "CAP_DAC_OVERRIDE",
  "CAP_FSETID",
  "CAP_FOWNER",
  "CAP_MKNOD",
  "CAP_NET_RAW",
  "CAP_SETGID",
  "CAP_SETUID",
  "CAP_SETFCAP",
  "CAP_SETPCAP",
  "CAP_NET_BIND_SERVICE",
  "CAP_SYS_CHROOT",
  "CAP_KILL",
  "CAP_AUDIT_WRITE",
];

/**
 * Every capability Docker knows, in the kernel's numeric order; what a privileged container (or
 * `cap_add: [ALL]`) gets. 20.10 (gocapability) stops at CAP_AUDIT_READ (37) and refuses the later
 * names as unknown. 26.1 knows containerd's 41 (pkg/cap Known: + PERFMON, BPF, CHECKPOINT_RESTORE)
 * and grants those of them in dockerd's own effective set (pkg/cap Current, a host fact): rbc's
 * target is a root dockerd on a kernel >= 5.9, which has all 41.
 */
export function allCapabilities(release: DockerRelease): readonly string[] {
  return release === "20.10" ? capabilities2010 : capabilities261;
}

const capabilities2010: readonly string[] = [
  "CAP_CHOWN",
  "CAP_DAC_OVERRIDE",
  "CAP_DAC_READ_SEARCH",
  "CAP_FOWNER",
  "CAP_FSETID",
  "CAP_KILL",
  "CAP_SETGID",
  "CAP_SETUID",
  "CAP_SETPCAP",
  "CAP_LINUX_IMMUTABLE",
  "CAP_NET_BIND_SERVICE",
  "CAP_NET_BROADCAST",
  "CAP_NET_ADMIN",
  "CAP_NET_RAW",
  "CAP_IPC_LOCK",
  "CAP_IPC_OWNER",
  "CAP_SYS_MODULE",
  "CAP_SYS_RAWIO",
  "CAP_SYS_CHROOT",
  "CAP_SYS_PTRACE",
  "CAP_SYS_PACCT",
  "CAP_SYS_ADMIN",
  "CAP_SYS_BOOT",
  "CAP_SYS_NICE",
  "CAP_SYS_RESOURCE",
  "CAP_SYS_TIME",
  "CAP_SYS_TTY_CONFIG",
  "CAP_MKNOD",
  "CAP_LEASE",
  "CAP_AUDIT_WRITE",
  "CAP_AUDIT_CONTROL",
  "CAP_SETFCAP",
  "CAP_MAC_OVERRIDE",
  "CAP_MAC_ADMIN",
  "CAP_SYSLOG",
  "CAP_WAKE_ALARM",
  "CAP_BLOCK_SUSPEND",
  "CAP_AUDIT_READ",
];

const capabilities261: readonly string[] = [
  ...capabilities2010,
  "CAP_PERFMON",
  "CAP_BPF",
  "CAP_CHECKPOINT_RESTORE",
];

/** The mounts of `oci.DefaultLinuxSpec`, in order; `/dev/shm` gets its size appended later. */
export function defaultMounts(): OciMount[] {
  return [
    { destination: "/proc", type: "proc", source: "proc", options: ["nosuid", "noexec", "nodev"] },
    {
      destination: "/dev",
      type: "tmpfs",
      source: "tmpfs",
      options: ["nosuid", "strictatime", "mode=755", "size=65536k"],
    },
    {
      destination: "/dev/pts",
      type: "devpts",
      source: "devpts",
      options: ["nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620", "gid=5"],
    },
    {
      destination: "/sys",
      type: "sysfs",
      source: "sysfs",
      options: ["nosuid", "noexec", "nodev", "ro"],
    },
    {
      destination: "/sys/fs/cgroup",
      type: "cgroup",
      source: "cgroup",
      options: ["ro", "nosuid", "noexec", "nodev"],
    },
    {
      destination: "/dev/mqueue",
      type: "mqueue",
      source: "mqueue",
      options: ["nosuid", "noexec", "nodev"],
    },
    {
      destination: "/dev/shm",
      type: "tmpfs",
      source: "shm",
      options: ["nosuid", "noexec", "nodev", "mode=1777"],
    },
  ];
}

/**
 * The paths Docker masks in a container it creates unprivileged (oci/defaults.go DefaultLinuxSpec,
 * copied into HostConfig.MaskedPaths at create): 26.1 adds `/sys/devices/virtual/powercap`.
 */
export function defaultMaskedPaths(release: DockerRelease): readonly string[] {
  return release === "20.10"
    ? maskedPaths2010
    : [...maskedPaths2010, "/sys/devices/virtual/powercap"];
}

const maskedPaths2010: readonly string[] = [
  "/proc/asound",
  "/proc/acpi",
  "/proc/kcore",
  "/proc/keys",
  "/proc/latency_stats",
  "/proc/timer_list",
  "/proc/timer_stats",
  "/proc/sched_debug",
  "/proc/scsi",
  "/sys/firmware",
];

export const defaultReadonlyPaths: readonly string[] = [
  "/proc/bus",
  "/proc/fs",
  "/proc/irq",
  "/proc/sys",
  "/proc/sysrq-trigger",
];

/**
 * The device cgroup allow-list of `oci.DefaultLinuxSpec`: deny all, allow the standard nodes, deny
 * /dev/fuse.
 */
export function defaultDeviceRules(): OciDeviceRule[] {
  const allow = (major: number, minor: number): OciDeviceRule => ({
    allow: true,
    type: "c",
    major,
    minor,
    access: "rwm",
  });
  return [
    { allow: false, access: "rwm" },
    allow(1, 5),
    allow(1, 3),
    allow(1, 9),
    allow(1, 8),
    allow(5, 0),
    allow(5, 1),
    { allow: false, type: "c", major: 10, minor: 229, access: "rwm" },
  ];
}

/** `--default-shm-size`: 64 MiB. */
export const defaultShmSize = 67108864;

/** The namespaces of `oci.DefaultLinuxSpec`, in order (no user or cgroup namespace on cgroup v1). */
export const namespaceOrder: readonly string[] = ["mount", "network", "uts", "pid", "ipc"];
