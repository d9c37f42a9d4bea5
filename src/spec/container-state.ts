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
  readonly ExposedPorts?: Readonly<Record<string, object>>;
  readonly Volumes?: Readonly<Record<string, object>> | null;
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
}

/** A bind mount or volume, as inspect's `Mounts` lists it. */
export interface MountPoint {
  readonly Type: "bind" | "volume";
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
}

/** The image configuration (`docker image inspect` → `Config`) and identity. */
export interface ImageInfo {
  readonly Id: string;
  readonly RepoTags: readonly string[];
  readonly RepoDigests: readonly string[];
  readonly Os: string;
  readonly Architecture: string;
  readonly Variant?: string;
  readonly Config: ImageConfig;
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
