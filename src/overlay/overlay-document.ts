import type { JsonPatchOperation, LongVolume } from "./types.ts";

/** A map setting written as a map or as `KEY=VALUE` strings. */
type MapOrList<V> = Readonly<Record<string, V>> | readonly string[];

/** An integer number of bytes, or a string such as `64m`. */
export type ByteSizeDocument = number | string;

/** An overlay file as written, once it matches schemas/bundle.schema.json (before normalization). */
export interface OverlayDocument {
  readonly image?: string;
  readonly container?: string;
  readonly extends?: string | readonly string[];
  readonly command?: string | readonly string[];
  readonly entrypoint?: string | readonly string[];
  readonly environment?: MapOrList<string | number | boolean | null>;
  readonly user?: string;
  readonly working_dir?: string;
  readonly hostname?: string;
  readonly domainname?: string;
  readonly tty?: boolean;
  readonly read_only?: boolean;
  readonly privileged?: boolean;
  readonly cap_add?: readonly string[];
  readonly cap_drop?: readonly string[];
  readonly volumes?: readonly (string | LongVolumeDocument)[];
  readonly tmpfs?: string | readonly string[];
  readonly labels?: MapOrList<string>;
  readonly patches?: readonly PatchDocument[];
  readonly group_add?: readonly (string | number)[];
  readonly security_opt?: readonly string[];
  readonly devices?: readonly string[];
  readonly device_cgroup_rules?: readonly string[];
  readonly ulimits?: Readonly<
    Record<string, number | { readonly soft: number; readonly hard: number }>
  >;
  readonly sysctls?: MapOrList<string | number>;
  readonly mem_limit?: ByteSizeDocument;
  readonly mem_reservation?: ByteSizeDocument;
  readonly memswap_limit?: ByteSizeDocument;
  readonly mem_swappiness?: number;
  readonly oom_kill_disable?: boolean;
  readonly oom_score_adj?: number;
  readonly cpus?: number | string;
  readonly cpu_shares?: number;
  readonly cpu_quota?: number;
  readonly cpu_period?: number;
  /** Microseconds, or a duration string. */
  readonly cpu_rt_runtime?: number | string;
  readonly cpu_rt_period?: number | string;
  readonly cpuset?: string;
  readonly cpuset_mems?: string;
  readonly pids_limit?: number;
  readonly shm_size?: ByteSizeDocument;
  readonly blkio_config?: BlkioDocument;
  readonly init?: boolean;
  readonly ipc?: string;
  readonly pid?: string;
  readonly uts?: string;
  readonly userns_mode?: string;
  readonly cgroup?: string;
  readonly cgroup_parent?: string;
  readonly network_mode?: string;
  readonly dns?: string | readonly string[];
  readonly dns_search?: string | readonly string[];
  readonly dns_opt?: readonly string[];
  readonly extra_hosts?: MapOrList<string>;
  readonly ports?: readonly (string | number)[];
  readonly stop_signal?: string;
  /** A duration string, or seconds. */
  readonly stop_grace_period?: number | string;
  readonly annotations?: MapOrList<string>;
}

/** A patch operation as written: the schema guarantees `value` or `from` where the op needs one. */
export interface PatchDocument {
  readonly op: JsonPatchOperation["op"];
  readonly path: string;
  readonly value?: unknown;
  readonly from?: string;
}

/** A long-syntax volume as written: sizes may be strings, and the mode an octal string. */
export interface LongVolumeDocument extends Omit<LongVolume, "tmpfs"> {
  readonly tmpfs?: { readonly size?: ByteSizeDocument; readonly mode?: number | string };
}

/** `blkio_config` as written: byte rates may be strings such as `10mb`. */
export interface BlkioDocument {
  readonly weight?: number;
  readonly weight_device?: readonly { readonly path: string; readonly weight: number }[];
  readonly device_read_bps?: readonly BlkioRateDocument[];
  readonly device_write_bps?: readonly BlkioRateDocument[];
  readonly device_read_iops?: readonly { readonly path: string; readonly rate: number }[];
  readonly device_write_iops?: readonly { readonly path: string; readonly rate: number }[];
}

export interface BlkioRateDocument {
  readonly path: string;
  readonly rate: ByteSizeDocument;
}
