// Generated from schemas/bundle.schema.json by scripts/generate-types.ts. Do not edit by hand:
// change the schema and run `npm run generate:types`.
//
// BundleDocument is what a bundle.yaml may contain once ajv accepts it. Value checks that types
// cannot express (minimum, pattern, if/then) are the schema's alone.

/**
 * A bundle overlay (bundles/<name>/bundle.yaml): a Docker image or container plus Compose-style
 * service settings that rbc compiles into an OCI runtime bundle for runc. Keys and value forms
 * follow the Compose Specification.
 */
export interface BundleDocument {
  /**
   * Image to build the bundle from, as `docker run` names it (`nginx:1.27`,
   * `ghcr.io/acme/api@sha256:…`). Set exactly one of `image` or `container`, here or in a base
   * overlay.
   */
  readonly image?: string;
  /**
   * Existing container (name or ID) whose configuration the bundle starts from. Set exactly one of
   * `image` or `container`, here or in a base overlay.
   */
  readonly container?: string;
  /**
   * Base overlay file(s) merged before this one, in list order, with paths relative to this file.
   * `extends` itself is not inherited.
   */
  readonly extends?: OverlayPath | readonly OverlayPath[];
  /**
   * The Docker Engine release and host cgroup version whose config.json rbc reproduces, whatever
   * engine resolves the image. Inherited through `extends`, field by field. Default:
   * `{docker: "26.1", cgroup: v2}`.
   */
  readonly target?: {
    /**
     * The Docker Engine release: "20.10" or "26.1". YAML reads an unquoted 20.10 as the number
     * 20.1; rbc reads the value as written.
     */
    readonly docker?: "20.10" | "26.1" | 20.1 | 26.1;
    /**
     * The host's cgroup version: v1 (a legacy or hybrid hierarchy) or v2 (the unified hierarchy).
     */
    readonly cgroup?: "v1" | "v2";
  };
  /**
   * Overrides the image's CMD. A string is split into words like a POSIX shell would, without
   * running one. An empty string or list leaves the image's CMD in place.
   */
  readonly command?: CommandLine;
  /**
   * Overrides the image's ENTRYPOINT. A string is split into words like a POSIX shell would. An
   * empty string or list resets it, like `docker run --entrypoint ""`.
   */
  readonly entrypoint?: CommandLine;
  /**
   * Environment variables, as a map (`FOO: bar`) or a list (`FOO=bar`). A variable with no value
   * (`FOO:` or `- FOO`) removes it from the image's environment. Values take Compose's
   * interpolation (`${VAR}`, `${VAR:-default}`, `${VAR:?error}`, `$$` for a literal `$`), filled in
   * by `rbc run` from its own environment, never by the build: config.json keeps the template as
   * written.
   */
  readonly environment?:
    | {
        readonly [key: string]: string | number | boolean | null;
      }
    | readonly string[];
  /**
   * Compose's env files, read by `rbc run` (never by the build), with paths relative to the overlay
   * file that names them. A later file's variable replaces an earlier one's, and `environment` wins
   * over them all. A missing file stops the run unless it has `required: false`.
   */
  readonly env_file?:
    | string
    | readonly (
        | string
        | {
            readonly path: string;
            /** Whether a missing file stops the run (default true). */
            readonly required?: boolean;
          }
      )[];
  /**
   * Variables whose committed value may look like a credential: the build does not warn about them
   * (SEC701). For values that are not secret, such as a test's fake token.
   */
  readonly allow_plaintext?: StringList;
  /**
   * User (and optional group) the process runs as: `name`, `uid`, `name:group` or `uid:gid`,
   * resolved against the image's /etc/passwd and /etc/group.
   */
  readonly user?: string;
  /**
   * Working directory of the process, overriding the image's WORKDIR: an absolute path, as Docker
   * requires.
   */
  readonly working_dir?: string;
  /**
   * The runc container id the bundle runs as, instead of `rbc-<bundle directory name>-<hash>`
   * (Docker's container name rule).
   */
  readonly container_name?: string;
  /** Hostname inside the container. */
  readonly hostname?: string;
  /** NIS domain name inside the container. */
  readonly domainname?: string;
  /** Allocate a pseudo-terminal for the process (`docker run -t`). */
  readonly tty?: boolean;
  /** Mount the root filesystem read-only. */
  readonly read_only?: boolean;
  /** Run with all capabilities and device access, as `docker run --privileged` does. */
  readonly privileged?: boolean;
  /** Linux capabilities to add to Docker's default set (`NET_ADMIN`, `CAP_SYS_TIME`, `ALL`). */
  readonly cap_add?: readonly Capability[];
  /** Linux capabilities to drop from Docker's default set (`NET_RAW`, `ALL`). */
  readonly cap_drop?: readonly Capability[];
  /**
   * Mounts, in short syntax `SOURCE:TARGET[:MODE]` (a host path or a named volume) or `TARGET`
   * alone for an anonymous volume, or in Compose long syntax (`type`, `source`, `target`,
   * `read_only`, `bind`, `volume`, `tmpfs`). Later overlays replace a mount with the same target.
   */
  readonly volumes?: readonly (Volume | LongVolume)[];
  /**
   * tmpfs mounts: `TARGET` or `TARGET:OPTIONS` (`/run`, `/tmp:size=64m,mode=1777`), as one string
   * or a list.
   */
  readonly tmpfs?: TmpfsMount | readonly TmpfsMount[];
  /**
   * Container labels, as a map (`tier: web`) or a list (`tier=web`); rbc writes them as OCI
   * annotations.
   */
  readonly labels?:
    | {
        readonly [key: string]: string;
      }
    | KeyValueList;
  /**
   * RFC 6902 JSON Patch operations applied, in order, to the generated config.json. Patches from
   * base overlays apply first.
   */
  readonly patches?: readonly PatchOperation[];
  /**
   * Additional groups (names or gids) the process belongs to, as `docker run --group-add` adds
   * them.
   */
  readonly group_add?: readonly (string | number)[];
  /**
   * Security options as `docker run --security-opt` takes them: `seccomp=unconfined`,
   * `seccomp=profile.json`, `apparmor=PROFILE`, `label=...`, `no-new-privileges`.
   */
  readonly security_opt?: readonly SecurityOption[];
  /**
   * Host devices to add: `HOST[:CONTAINER][:PERMISSIONS]` (`/dev/fuse`, `/dev/sda:/dev/xvda:rwm`),
   * as `docker run --device` takes them.
   */
  readonly devices?: readonly Device[];
  /**
   * Rules added to the device cgroup allow list: `TYPE MAJOR:MINOR PERMISSIONS` (`c 1:3 mr`,
   * `a *:* rwm`).
   */
  readonly device_cgroup_rules?: readonly DeviceCgroupRule[];
  /**
   * Resource limits by name (`nofile`, `nproc`, `core`, ...): one integer for both soft and hard
   * limits, or `{ soft, hard }`. -1 is unlimited.
   */
  readonly ulimits?: {
    readonly core?: Ulimit;
    readonly cpu?: Ulimit;
    readonly data?: Ulimit;
    readonly fsize?: Ulimit;
    readonly locks?: Ulimit;
    readonly memlock?: Ulimit;
    readonly msgqueue?: Ulimit;
    readonly nice?: Ulimit;
    readonly nofile?: Ulimit;
    readonly nproc?: Ulimit;
    readonly rss?: Ulimit;
    readonly rtprio?: Ulimit;
    readonly rttime?: Ulimit;
    readonly sigpending?: Ulimit;
    readonly stack?: Ulimit;
  };
  /**
   * Kernel parameters set in the container's namespaces, as a map (`net.core.somaxconn: 1024`) or a
   * list (`net.core.somaxconn=1024`).
   */
  readonly sysctls?:
    | {
        readonly [key: string]: string | number;
      }
    | readonly string[];
  /**
   * Memory limit, at least 6m (Docker's minimum): bytes, or a number with a unit b, k, m or g
   * (`512m`, `1.5g`; binary multiples).
   */
  readonly mem_limit?: MemorySize;
  /**
   * Memory soft limit, at least 6m, at most `mem_limit`: bytes, or a number with a unit b, k, m or
   * g.
   */
  readonly mem_reservation?: MemorySize;
  /**
   * Limit of memory plus swap, at least `mem_limit`: bytes, a number with a unit b, k, m or g, or
   * -1 for unlimited swap.
   */
  readonly memswap_limit?: ByteSize;
  /** How readily the kernel swaps the container's anonymous pages, from 0 to 100. */
  readonly mem_swappiness?: number;
  /** Disable the OOM killer for the container (best with a `mem_limit`). */
  readonly oom_kill_disable?: boolean;
  /** Adjustment of the process's OOM score, from -1000 to 1000. */
  readonly oom_score_adj?: number;
  /**
   * Number of CPUs the container may use, a decimal above 0 (`1.5`, or the string `"0.5"`), as
   * `docker run --cpus`, with at most 9 decimals. Conflicts with `cpu_period` and `cpu_quota`.
   */
  readonly cpus?: number | string;
  /** Relative CPU weight against other containers (Docker's default is 1024). */
  readonly cpu_shares?: number;
  /**
   * CPU time in microseconds the container may use per `cpu_period`: at least 1000, or -1 for no
   * limit.
   */
  readonly cpu_quota?: number;
  /**
   * Length in microseconds of the CPU scheduling period `cpu_quota` applies to, from 1000 to
   * 1000000.
   */
  readonly cpu_period?: number;
  /** Realtime CPU time per `cpu_rt_period`: microseconds, or a duration (`95ms`). */
  readonly cpu_rt_runtime?: number | Duration;
  /** Realtime scheduling period: microseconds, or a duration (`1s`). */
  readonly cpu_rt_period?: number | Duration;
  /** CPUs the container may run on, as a list or ranges (`0-3`, `0,2`). */
  readonly cpuset?: CpuList;
  /** Memory nodes (NUMA) the container may use, as a list or ranges (`0`, `0-1`). */
  readonly cpuset_mems?: CpuList;
  /** Most processes the container may run; 0 or -1 is unlimited. */
  readonly pids_limit?: number;
  /** Size of /dev/shm: bytes, or a number with a unit b, k, m or g (`64m`). */
  readonly shm_size?: ByteSize;
  /**
   * Block IO limits: a `weight` (10 to 1000), per-device weights and read/write rates in bytes
   * (`10mb`) or operations per second.
   */
  readonly blkio_config?: {
    /** Relative block IO weight, from 10 to 1000 (0: Docker's default). */
    readonly weight?: BlkioWeight;
    /** Weights for single devices. */
    readonly weight_device?: readonly {
      readonly path: DevicePath;
      readonly weight: BlkioWeight;
    }[];
    /** Read rate limits, in bytes per second (`10mb`). */
    readonly device_read_bps?: readonly BlkioByteRate[];
    /** Write rate limits, in bytes per second (`10mb`). */
    readonly device_write_bps?: readonly BlkioByteRate[];
    /** Read rate limits, in operations per second. */
    readonly device_read_iops?: readonly BlkioIoRate[];
    /** Write rate limits, in operations per second. */
    readonly device_write_iops?: readonly BlkioIoRate[];
  };
  /**
   * Run Docker's init (tini) as PID 1 to forward signals and reap processes, like
   * `docker run --init`.
   */
  readonly init?: boolean;
  /**
   * IPC namespace: `private`, `shareable`, `none`, `host`, or `container:NAME` to join another
   * container's.
   */
  readonly ipc?: string;
  /**
   * PID namespace: `host`, or `container:NAME` to join another container's; empty for a private one
   * (the default).
   */
  readonly pid?: string;
  /** UTS namespace: `host` shares the host's hostname and domain name. */
  readonly uts?: "host";
  /** User namespace: `host` opts out of the daemon's user namespace remapping. */
  readonly userns_mode?: "host";
  /** Cgroup namespace: `host` or `private`. */
  readonly cgroup?: "host" | "private";
  /** Parent cgroup of the container's cgroup (`/docker`, `machine.slice`). */
  readonly cgroup_parent?: string;
  /**
   * Network namespace: `bridge` (the default; `default` means the same), `none`, `host`, or
   * `container:NAME` to join another container's.
   */
  readonly network_mode?: string;
  /** DNS server IP addresses for the container's resolv.conf, as one string or a list. */
  readonly dns?: IpAddress | readonly IpAddress[];
  /** DNS search domains for the container's resolv.conf, as one string or a list. */
  readonly dns_search?: SearchDomain | readonly SearchDomain[];
  /** Options for the container's resolv.conf (`ndots:2`, `use-vc`). */
  readonly dns_opt?: StringList;
  /**
   * Lines added to the container's /etc/hosts: a list of `HOST=IP` or `HOST:IP` (IPv6 addresses may
   * be in brackets), or a map of host names to IPs. Docker's `host-gateway` is refused: its address
   * is the Docker host's.
   */
  readonly extra_hosts?:
    | {
        readonly [key: string]: string;
      }
    | readonly string[];
  /**
   * Published ports in Compose short syntax: `[[IP:][HOST_PORT]:]CONTAINER_PORT[/PROTOCOL]`
   * (`8080:80`, `127.0.0.1:8443:443/tcp`, `53/udp`).
   */
  readonly ports?: readonly PortSpec[];
  /** Signal that stops the container (`SIGTERM`, `SIGQUIT`, `TERM` or a number). */
  readonly stop_signal?: string;
  /**
   * How long to wait after the stop signal before killing the container: a duration (`10s`,
   * `1m30s`, `500ms`) or a number of seconds.
   */
  readonly stop_grace_period?: number | Duration;
  /**
   * OCI annotations written to config.json as given, as a map (`org.example/key: value`) or a list
   * (`org.example/key=value`).
   */
  readonly annotations?:
    | {
        readonly [key: string]: string;
      }
    | KeyValueList;
}

/** Path of an overlay file, relative to the file that names it. */
export type OverlayPath = string;

export type StringList = readonly string[];

export type StringOrStringList = string | StringList;

/** `KEY=VALUE` strings. */
export type KeyValueList = readonly string[];

/**
 * Short-syntax mount: `SOURCE:TARGET[:MODE]` or `TARGET`. A SOURCE starting with / or . is a host
 * path, any other a named volume; TARGET is absolute; MODE is a comma list of ro, rw, z, Z, nocopy
 * and (for host paths) a propagation; a host path of Docker's data root (/var/lib/docker) or a
 * directory above it takes only rslave or rshared.
 */
export type Volume = string;

/**
 * RFC 6901 JSON pointer into config.json, such as `/process/args` or
 * `/linux/sysctl/net.core.somaxconn`.
 */
export type JsonPointer = string;

/**
 * One RFC 6902 operation. `value` is required for add, replace and test; `from` for move and copy.
 */
export interface PatchOperation {
  /** The operation. */
  readonly op: "add" | "remove" | "replace" | "move" | "copy" | "test";
  /** Where the operation applies. */
  readonly path: JsonPointer;
  /** The value to add, to replace with, or to test against. */
  readonly value?: unknown;
  /** Where move and copy take the value from. */
  readonly from?: JsonPointer;
}

/**
 * Bytes, or a number with a unit b, k, m or g (`64m`, `1.5g`, `512k`; also kb, mb, gb, any case);
 * units are binary multiples (1k = 1024). At most 2^53−1 bytes.
 */
export type ByteSize = number | string;

/** Compose long-syntax mount. */
export interface LongVolume {
  /** bind: a host path; volume: a named or anonymous volume; tmpfs: a memory filesystem. */
  readonly type: "bind" | "volume" | "tmpfs";
  /**
   * Host path (bind, relative to the bundle) or volume name (volume; none for an anonymous volume).
   * Not for tmpfs.
   */
  readonly source?: string;
  /** Absolute path in the container. */
  readonly target: string;
  /** Mount read-only. */
  readonly read_only?: boolean;
  /** Options for type bind. */
  readonly bind?: {
    /** Mount propagation. */
    readonly propagation?: "private" | "rprivate" | "shared" | "rshared" | "slave" | "rslave";
    /** Create the host path when missing. */
    readonly create_host_path?: boolean;
    /**
     * `disabled` binds without the mounts below the source. With `read_only`: `writable` makes the
     * bind read-only but not the mounts below the source, `readonly` makes them read-only too
     * (target docker 26.1 only). `enabled`, the default, does what `readonly` does on docker 26.1
     * and what `writable` does on 20.10.
     */
    readonly recursive?: "enabled" | "disabled" | "writable" | "readonly";
  };
  /** Options for type volume. */
  readonly volume?: {
    /** Do not copy the image's files into a new volume. */
    readonly nocopy?: boolean;
  };
  /** Options for type tmpfs. */
  readonly tmpfs?: {
    /** Size limit. */
    readonly size?: ByteSize;
    /** File mode, in octal: `0o1777`, or the string `"1777"` (at most 0o7777). */
    readonly mode?: number | string;
  };
}

/** a list of numbers up to 8192 or ranges, such as "0-3" or "0,2" */
export type CpuList = string;

/** Path of a block device. */
export type DevicePath = string;

/** 0 or an integer from 10 to 1000 */
export type BlkioWeight = number;

/** A device and its rate in bytes per second. */
export interface BlkioByteRate {
  readonly path: DevicePath;
  readonly rate: ByteSize;
}

/** A device and its rate in operations per second. */
export interface BlkioIoRate {
  readonly path: DevicePath;
  readonly rate: number;
}

/**
 * A command line, split into words as a POSIX shell would split it (quotes must close; a final
 * backslash must escape something), or a list of words.
 */
export type CommandLine = string | StringList;

/** a Linux capability name such as NET_ADMIN or CAP_SYS_TIME (any case), or ALL */
export type Capability = string;

/**
 * A tmpfs mount: `TARGET` or `TARGET:OPTIONS`, OPTIONS a comma list of mount flags (ro, noexec,
 * ...) and size, mode, uid, gid, nr_inodes, nr_blocks or mpol values.
 */
export type TmpfsMount = string;

/**
 * a security option Docker accepts: seccomp=unconfined, seccomp=<profile file>, apparmor=<profile>,
 * label=<label>, no-new-privileges[=<bool>] or systempaths=unconfined
 */
export type SecurityOption = string;

/** HOST[:CONTAINER][:PERMISSIONS] with absolute paths and permissions of r, w and m, each once */
export type Device = string;

/** TYPE MAJOR:MINOR PERMISSIONS, such as "c 1:3 rwm" or "b 8:* r" */
export type DeviceCgroupRule = string;

/** One limit for both soft and hard (-1: unlimited), or `{ soft, hard }` with soft at most hard. */
export type Ulimit =
  | number
  | {
      /** Soft limit; -1 is unlimited. */
      readonly soft: number;
      /** Hard limit, at least the soft limit; -1 is unlimited. */
      readonly hard: number;
    };

/**
 * Bytes, or a number with a unit b, k, m or g (`512m`, `1.5g`); binary multiples. Docker's minimum
 * is 6m; 0 means no limit.
 */
export type MemorySize = number | string;

/** a duration such as "10s", "1m30s" or "500ms" (units ns, us, ms, s, m, h) */
export type Duration = string;

/** an IP address such as 192.0.2.1 or 2001:db8::1 */
export type IpAddress = string;

/** a domain name such as example.com, or . */
export type SearchDomain = string;

/**
 * Compose short syntax: `[[IP:][HOST_PORT]:]CONTAINER_PORT[/PROTOCOL]`, ports or ranges from 1 to
 * 65535, PROTOCOL tcp, udp or sctp.
 */
export type PortSpec = number | string;
