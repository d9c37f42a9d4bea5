/**
 * The settings a container has once Docker has created it: the `Config`, `HostConfig`, `Path`/`Args`
 * and `Mounts` that `docker inspect` shows, after the engine merged the image config in and filled in
 * its create-time defaults. Spec generation starts from this, as Docker's own createSpec does, so the
 * image source (overlay + image config, run through the same create logic) and the container source
 * (a real container's inspect) meet here. Field names are Docker's, so inspect data maps one to one.
 */
export interface ContainerState {
  /** `Path`: the first word of the command. */
  readonly Path: string;
  /** `Args`: the rest of the command. */
  readonly Args: readonly string[];
  readonly Config: ContainerConfig;
  readonly HostConfig: HostConfig;
  /** Bind mounts and volumes (not tmpfs), in the order Docker lists them. */
  readonly Mounts: readonly MountPoint[];
  /**
   * For `container:NAME` namespace modes (network, ipc, pid), the donor containers' settings that
   * Docker copies at start: for the network, its hostname, domain name and network files.
   */
  readonly Donors?: Readonly<Record<string, DonorContainer>>;
}

/** What a container joined through `container:NAME` lends to the one joining it. */
export interface DonorContainer {
  /** Its name, without Docker's leading `/`. */
  readonly Name: string;
  /**
   * The runc id of the bundle of the same repository named like it (rbc's, not Docker's): the
   * namespace paths are `/run/rbc/<id>/ns/<type>`. Without one, the name is taken as the id (a
   * bundle whose `container_name` it is).
   */
  readonly BundleId?: string;
  readonly Hostname: string;
  readonly Domainname: string;
}

export interface ContainerConfig {
  readonly Hostname: string;
  readonly Domainname: string;
  readonly User: string;
  readonly Env: readonly string[];
  readonly Cmd: readonly string[] | null;
  readonly Entrypoint: readonly string[] | null;
  readonly WorkingDir: string;
  readonly Tty: boolean;
  readonly Labels: Readonly<Record<string, string>>;
  readonly StopSignal?: string;
  /** `--stop-timeout`, seconds. */
  readonly StopTimeout?: number;
  readonly ExposedPorts?: Readonly<Record<string, object>>;
  readonly Volumes?: Readonly<Record<string, object>> | null;
}

/** `--device HOST:CONTAINER:PERMISSIONS`. */
export interface DeviceMapping {
  readonly PathOnHost: string;
  readonly PathInContainer: string;
  readonly CgroupPermissions: string;
}

export interface Ulimit {
  readonly Name: string;
  readonly Soft: number;
  readonly Hard: number;
}

export interface WeightDevice {
  readonly Path: string;
  readonly Weight: number;
}

export interface ThrottleDevice {
  readonly Path: string;
  readonly Rate: number;
}

export interface HostConfig {
  readonly Privileged: boolean;
  readonly ReadonlyRootfs: boolean;
  readonly CapAdd: readonly string[] | null;
  readonly CapDrop: readonly string[] | null;
  /** `--tmpfs` mounts: destination → mount data (`size=64m,mode=1777`). */
  readonly Tmpfs: Readonly<Record<string, string>> | null;
  readonly ShmSize: number;
  readonly IpcMode: string;
  readonly PidMode: string;
  readonly UTSMode: string;
  readonly NetworkMode: string;
  readonly CgroupnsMode: string;
  readonly GroupAdd: readonly string[] | null;
  readonly SecurityOpt: readonly string[] | null;
  readonly OomScoreAdj: number;
  /** `null` for privileged containers: Docker then emits none. */
  readonly MaskedPaths: readonly string[] | null;
  readonly ReadonlyPaths: readonly string[] | null;
  readonly Sysctls: Readonly<Record<string, string>> | null;

  // --- Issue 3: every remaining docker run setting. Optional so that absent means Docker's zero value.
  readonly Devices?: readonly DeviceMapping[] | null;
  readonly DeviceCgroupRules?: readonly string[] | null;
  readonly Ulimits?: readonly Ulimit[] | null;
  readonly Memory?: number;
  readonly MemoryReservation?: number;
  /** Already doubled from Memory at create when unset (adaptContainerSettings); -1 unlimited. */
  readonly MemorySwap?: number;
  readonly MemorySwappiness?: number | null;
  readonly OomKillDisable?: boolean | null;
  readonly NanoCpus?: number;
  readonly CpuShares?: number;
  readonly CpuQuota?: number;
  readonly CpuPeriod?: number;
  readonly CpuRealtimeRuntime?: number;
  readonly CpuRealtimePeriod?: number;
  readonly CpusetCpus?: string;
  readonly CpusetMems?: string;
  readonly PidsLimit?: number | null;
  readonly BlkioWeight?: number;
  readonly BlkioWeightDevice?: readonly WeightDevice[] | null;
  readonly BlkioDeviceReadBps?: readonly ThrottleDevice[] | null;
  readonly BlkioDeviceWriteBps?: readonly ThrottleDevice[] | null;
  readonly BlkioDeviceReadIOps?: readonly ThrottleDevice[] | null;
  readonly BlkioDeviceWriteIOps?: readonly ThrottleDevice[] | null;
  readonly Init?: boolean | null;
  readonly UsernsMode?: string;
  readonly CgroupParent?: string;
  readonly Dns?: readonly string[] | null;
  readonly DnsSearch?: readonly string[] | null;
  readonly DnsOptions?: readonly string[] | null;
  readonly ExtraHosts?: readonly string[] | null;
  /** Published ports (`--publish`), as `docker inspect` shows them: "80/tcp" → bindings. */
  readonly PortBindings?: Readonly<
    Record<string, readonly { HostIp: string; HostPort: string }[]>
  > | null;
  /**
   * `[height, width]` of the terminal the client ran in at create (the 26.1 CLI sends its stdout's
   * size, API >= 1.42); absent when `[0, 0]`: no terminal, or an older client or engine.
   */
  readonly ConsoleSize?: readonly [number, number];
  /** `--annotation` (API >= 1.43): OCI annotations Docker 26.1 writes; absent when none. */
  readonly Annotations?: Readonly<Record<string, string>> | null;
}

/**
 * A device node on the host, as `stat` describes it (Docker reads devices from the host at start).
 * rbc resolves `devices` and blkio device paths on the build host, in an adapter, before spec
 * generation; spec generation only looks them up.
 */
export interface HostDevice {
  /** Path on the host. */
  readonly path: string;
  readonly type: "c" | "b" | "p";
  readonly major: number;
  readonly minor: number;
  /** st_mode & 07777. */
  readonly fileMode: number;
  readonly uid: number;
  readonly gid: number;
}

/**
 * Host devices by the path a setting names: a device node maps to itself, a directory to every
 * device node below it in lexical order (Docker walks directories for `--device`). A path that is
 * no device and no directory of devices maps to an empty list.
 */
export type HostDeviceTable = ReadonlyMap<string, readonly HostDevice[]>;

/** A bind mount or volume, as inspect's `Mounts` lists it. */
export interface MountPoint {
  /** tmpfs mount points come from long-syntax `type: tmpfs` volumes (`--mount type=tmpfs`). */
  readonly Type: "bind" | "volume" | "tmpfs";
  /** For volumes, the volume name; empty for binds. */
  readonly Name: string;
  /** Host path. For rbc-compiled bundles, relative paths are relative to the bundle directory. */
  readonly Source: string;
  readonly Destination: string;
  readonly RW: boolean;
  /** `rprivate`, `rslave`, ...; empty for volumes, which carry none. */
  readonly Propagation: string;
  /** Non-recursive bind (`bind` instead of `rbind`). */
  readonly NonRecursive?: boolean;
  /**
   * Read-only binds, Docker 25+ BindOptions: only the bind itself is read-only, not the mounts below
   * its source (`ro`, as Docker did before 25, instead of `rro`).
   */
  readonly ReadOnlyNonRecursive?: boolean;
  /** Read-only binds, Docker 25+ BindOptions: the bind must be recursively read-only (`rro`). */
  readonly ReadOnlyForceRecursive?: boolean;
  /** tmpfs mount points: the mount data Docker derives (`ro`, `mode=1770`, `size=64m`). */
  readonly TmpfsData?: string;
}

/** The image configuration (`docker image inspect` → `Config`) and identity. */
export interface ImageInfo {
  readonly Id: string;
  /** RFC 3339 creation time, as the image config records it. */
  readonly Created?: string;
  readonly Author?: string;
  readonly RepoTags: readonly string[];
  readonly RepoDigests: readonly string[];
  readonly Os: string;
  readonly Architecture: string;
  readonly Variant?: string;
  readonly Config: ImageConfig;
  /**
   * The layers' diff_ids, lowest first, as the engine reports them. Not recorded in the lock,
   * which keeps them as `image.diffIds`; what the rootfs reads go by.
   */
  readonly RootFS?: { readonly Layers: readonly string[] };
}

export interface ImageConfig {
  readonly User: string;
  readonly Env: readonly string[] | null;
  readonly Cmd: readonly string[] | null;
  readonly Entrypoint: readonly string[] | null;
  readonly WorkingDir: string;
  readonly Labels: Readonly<Record<string, string>> | null;
  readonly StopSignal?: string;
  readonly ExposedPorts?: Readonly<Record<string, object>> | null;
  readonly Volumes?: Readonly<Record<string, object>> | null;
}

/** The image's `/etc/passwd` and `/etc/group` contents (absent files are undefined, as Docker tolerates). */
export interface UserDatabase {
  readonly passwd?: string;
  readonly group?: string;
}
