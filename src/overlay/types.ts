import type { SourceLocation } from "../diagnostics.ts";

/** An RFC 6902 JSON Patch operation, applied to the generated config.json. */
export type JsonPatchOperation =
  | { readonly op: "add" | "replace" | "test"; readonly path: string; readonly value: unknown }
  | { readonly op: "remove"; readonly path: string }
  | { readonly op: "move" | "copy"; readonly from: string; readonly path: string };

/** One environment entry in overlay order; `value: null` removes the variable. */
export interface EnvEntry {
  readonly name: string;
  readonly value: string | null;
  /**
   * The value is a Compose template that reads variables (`${DB_PASSWORD}`), kept as written and
   * filled in at run time. A value without one is literal, its `$$` already made `$`.
   */
  readonly template?: true;
}

/** One `env_file` entry: a Compose env file read at run time. */
export interface EnvFileSetting {
  /** As written: absolute, or relative to `file`'s directory. */
  readonly path: string;
  /** Whether a missing file stops the run (Compose's default: true). */
  readonly required: boolean;
  /** The overlay file that names it. */
  readonly file: string;
}

/** What the bundle starts from: an image, or an existing container's configuration. */
export type OverlaySource =
  | { readonly kind: "image"; readonly ref: string }
  | { readonly kind: "container"; readonly ref: string };

/**
 * A bundle overlay after parsing, validation and `extends` merging, with values in one normal form
 * (Compose allows several). Keys keep their Compose names. Absent keys mean "not set by the overlay".
 */
export interface OverlaySettings {
  readonly source: OverlaySource;
  /** `command`, split like Compose splits a string form (shell words, no shell). */
  readonly command?: readonly string[];
  /** `entrypoint`; an empty list resets the image's entrypoint, as `docker run --entrypoint ""` does. */
  readonly entrypoint?: readonly string[];
  readonly environment?: readonly EnvEntry[];
  /** `env_file` entries in merged order (a later file's variable wins). */
  readonly env_file?: readonly EnvFileSetting[];
  /** Variables whose committed value may look like a credential without a warning. */
  readonly allow_plaintext?: readonly string[];
  readonly user?: string;
  readonly working_dir?: string;
  readonly tty?: boolean;
  /** `container_name`: the runc container id, in place of the one rbc makes up (identity/). */
  readonly container_name?: string;
  readonly hostname?: string;
  readonly domainname?: string;
  readonly read_only?: boolean;
  readonly cap_add?: readonly string[];
  readonly cap_drop?: readonly string[];
  readonly privileged?: boolean;
  /**
   * Volumes as written: short-syntax strings (`./data:/data:ro`, `/srv:/srv`, `cache:/cache`, `/anon`)
   * or long-syntax objects (Compose `volumes` long syntax).
   */
  readonly volumes?: readonly VolumeSetting[];
  /** tmpfs entries as written (`/run`, `/tmp:size=64m,mode=1777`). */
  readonly tmpfs?: readonly string[];
  readonly labels?: Readonly<Record<string, string>>;
  readonly patches?: readonly JsonPatchOperation[];

  // --- The remaining `docker run` settings (issue 3). Sizes are bytes, durations seconds. ---
  /** `group_add`: group names or gids. */
  readonly group_add?: readonly string[];
  /** `security_opt` as written: `seccomp=unconfined`, `seccomp=profile.json`, `no-new-privileges`, ... */
  readonly security_opt?: readonly string[];
  /** `devices`: `HOST[:CONTAINER[:PERMISSIONS]]` strings as written. */
  readonly devices?: readonly string[];
  /** `device_cgroup_rules`: `c 1:3 rwm` strings as written. */
  readonly device_cgroup_rules?: readonly string[];
  /** `ulimits` by name (`nofile`), single values normalized to soft = hard; -1 is unlimited. */
  readonly ulimits?: Readonly<Record<string, { readonly soft: number; readonly hard: number }>>;
  readonly sysctls?: Readonly<Record<string, string>>;
  readonly mem_limit?: number;
  readonly mem_reservation?: number;
  /** -1 is unlimited swap. */
  readonly memswap_limit?: number;
  readonly mem_swappiness?: number;
  readonly oom_kill_disable?: boolean;
  readonly oom_score_adj?: number;
  /** CPUs as a decimal number (`1.5`). */
  readonly cpus?: number;
  readonly cpu_shares?: number;
  readonly cpu_quota?: number;
  readonly cpu_period?: number;
  readonly cpu_rt_runtime?: number;
  readonly cpu_rt_period?: number;
  readonly cpuset?: string;
  readonly cpuset_mems?: string;
  readonly pids_limit?: number;
  readonly shm_size?: number;
  readonly blkio_config?: BlkioSettings;
  readonly init?: boolean;
  /** `private`, `shareable`, `none`, `host`, `container:NAME`. */
  readonly ipc?: string;
  /** `host` or `container:NAME`. */
  readonly pid?: string;
  /** `host`. */
  readonly uts?: string;
  /** `host`. */
  readonly userns_mode?: string;
  /** cgroup namespace: `host` or `private`. */
  readonly cgroup?: string;
  readonly cgroup_parent?: string;
  /** `bridge` (default), `none`, `host`, `container:NAME`. */
  readonly network_mode?: string;
  readonly dns?: readonly string[];
  readonly dns_search?: readonly string[];
  readonly dns_opt?: readonly string[];
  /** `HOST:IP` strings (Compose's map form normalized to this). */
  readonly extra_hosts?: readonly string[];
  /** Published ports, Compose short syntax as written (`8080:80`, `127.0.0.1:8443:443/tcp`). */
  readonly ports?: readonly string[];
  readonly stop_signal?: string;
  /** Seconds. */
  readonly stop_grace_period?: number;
  /** Raw OCI annotations, written to config.json as given. */
  readonly annotations?: Readonly<Record<string, string>>;
  /** The engine release and cgroup version to reproduce (defaults: engine-target.ts). */
  readonly target?: TargetSetting;
}

/** The Docker Engine releases whose config.json rbc reproduces. */
export type DockerRelease = "20.10" | "26.1";

/** A host's cgroup version: v1 (a legacy or hybrid hierarchy) or v2 (the unified hierarchy). */
export type CgroupVersion = "v1" | "v2";

/** `target` as merged: a field left out takes its default (engine-target.ts). */
export interface TargetSetting {
  readonly docker?: DockerRelease;
  readonly cgroup?: CgroupVersion;
}

/** One `volumes` entry: short syntax as written, or the long syntax normalized. */
export type VolumeSetting = string | LongVolume;

/** Compose long-syntax volume. */
export interface LongVolume {
  readonly type: "bind" | "volume" | "tmpfs";
  /** Bind: host path (relative paths are relative to the bundle); volume: name; absent: anonymous. */
  readonly source?: string;
  readonly target: string;
  readonly read_only?: boolean;
  readonly bind?: {
    readonly propagation?: string;
    readonly create_host_path?: boolean;
    /**
     * `docker run --mount ...,bind-recursive=`: `disabled` makes a non-recursive bind; with
     * `read_only`, `writable` leaves the mounts below the source writable and `readonly` requires
     * them read-only (Docker 25+).
     */
    readonly recursive?: "enabled" | "disabled" | "writable" | "readonly";
  };
  readonly volume?: { readonly nocopy?: boolean };
  /** size in bytes; mode as a number (write it in octal in YAML: `0o1770` or `01770`). */
  readonly tmpfs?: { readonly size?: number; readonly mode?: number };
}

/** Compose `blkio_config`, rates in bytes per second or operations per second. */
export interface BlkioSettings {
  readonly weight?: number;
  readonly weight_device?: readonly { readonly path: string; readonly weight: number }[];
  readonly device_read_bps?: readonly { readonly path: string; readonly rate: number }[];
  readonly device_write_bps?: readonly { readonly path: string; readonly rate: number }[];
  readonly device_read_iops?: readonly { readonly path: string; readonly rate: number }[];
  readonly device_write_iops?: readonly { readonly path: string; readonly rate: number }[];
}

/**
 * Where each setting came from, keyed by overlay key path: a top-level key (`user`), a map entry
 * (`environment.FOO`, `labels.tier`) or a list item by its index in the merged list (`volumes[1]`,
 * `patches[0]`). Top-level keys are always present for list and map keys too.
 */
export type OriginMap = Readonly<Record<string, SourceLocation>>;

/** A bundle's overlay, loaded with its bases. */
export interface LoadedOverlay {
  /** Bundle name: the bundle directory's base name. */
  readonly name: string;
  /** Bundle directory, as a path relative to the working directory or absolute, as given. */
  readonly dir: string;
  /** The bundle's own overlay file (`<dir>/bundle.yaml`). */
  readonly file: string;
  /** Every overlay file read, bases first, the bundle's own file last. */
  readonly files: readonly string[];
  readonly settings: OverlaySettings;
  readonly origins: OriginMap;
}
