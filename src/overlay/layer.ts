import type { SourceLocation } from "../diagnostics.ts";
import type {
  CgroupVersion,
  DockerRelease,
  EnvEntry,
  EnvFileSetting,
  JsonPatchOperation,
  OverlaySettings,
  OverlaySource,
  VolumeSetting,
} from "./types.ts";

/** A value with the place in an overlay file it was written. */
export interface Located<T> {
  readonly value: T;
  readonly location: SourceLocation;
}

/** Settings a later overlay replaces whole; replaced-key-readers.ts reads each. */
export const replacedKeys = [
  "command",
  "entrypoint",
  "user",
  "working_dir",
  "container_name",
  "hostname",
  "domainname",
  "tty",
  "read_only",
  "privileged",
  "mem_limit",
  "mem_reservation",
  "memswap_limit",
  "mem_swappiness",
  "oom_kill_disable",
  "oom_score_adj",
  "cpus",
  "cpu_shares",
  "cpu_quota",
  "cpu_period",
  "cpu_rt_runtime",
  "cpu_rt_period",
  "cpuset",
  "cpuset_mems",
  "pids_limit",
  "shm_size",
  "init",
  "ipc",
  "pid",
  "uts",
  "userns_mode",
  "cgroup",
  "cgroup_parent",
  "network_mode",
  "stop_signal",
  "stop_grace_period",
] as const;
export type ReplacedKey = (typeof replacedKeys)[number];
export type ReplacedSettings = Required<Pick<OverlaySettings, ReplacedKey>>;

/** Settings that merge item by item; collection-key-readers.ts reads them, merge.ts says how each merges. */
export const collectionKeys = [
  "environment",
  "env_file",
  "allow_plaintext",
  "labels",
  "cap_add",
  "cap_drop",
  "volumes",
  "tmpfs",
  "patches",
  "group_add",
  "security_opt",
  "devices",
  "device_cgroup_rules",
  "ulimits",
  "sysctls",
  "dns",
  "dns_search",
  "dns_opt",
  "extra_hosts",
  "ports",
  "annotations",
  "blkio_config",
  "target",
] as const;
export type CollectionKey = (typeof collectionKeys)[number];
export type CollectionSettings = Required<Pick<OverlaySettings, CollectionKey>>;

/** A named entry of a map setting (`labels`, `sysctls`, `ulimits`). */
export interface MapEntry<T = string> {
  readonly name: string;
  readonly value: T;
}

/** A ulimit's soft and hard values; -1 is unlimited. */
export interface Ulimit {
  readonly soft: number;
  readonly hard: number;
}

/** `blkio_config` lists whose entries are a device path and a rate. */
export type BlkioRateField =
  "device_read_bps" | "device_write_bps" | "device_read_iops" | "device_write_iops";

/**
 * One field of `blkio_config`, as an item: its `weight`, or one entry of one of its device lists.
 * Merging takes `blkio_config` apart this way so each field, and each device, merges on its own.
 */
export type BlkioItem =
  | { readonly field: "weight"; readonly weight: number }
  | {
      readonly field: "weight_device";
      readonly device: { readonly path: string; readonly weight: number };
    }
  | {
      readonly field: BlkioRateField;
      readonly device: { readonly path: string; readonly rate: number };
    };

/** One field of `target`, as an item, so each field merges on its own. */
export type TargetItem =
  | { readonly field: "docker"; readonly docker: DockerRelease }
  | { readonly field: "cgroup"; readonly cgroup: CgroupVersion };

/** One item of each collection setting, as a layer holds it. */
export interface CollectionItems {
  readonly environment: EnvEntry;
  readonly env_file: EnvFileSetting;
  readonly allow_plaintext: string;
  readonly labels: MapEntry;
  readonly cap_add: string;
  readonly cap_drop: string;
  readonly volumes: VolumeSetting;
  readonly tmpfs: string;
  readonly patches: JsonPatchOperation;
  readonly group_add: string;
  readonly security_opt: string;
  readonly devices: string;
  readonly device_cgroup_rules: string;
  readonly ulimits: MapEntry<Ulimit>;
  readonly sysctls: MapEntry;
  readonly dns: string;
  readonly dns_search: string;
  readonly dns_opt: string;
  /** `HOST:IP`. */
  readonly extra_hosts: string;
  readonly ports: string;
  readonly annotations: MapEntry;
  readonly blkio_config: BlkioItem;
  readonly target: TargetItem;
}

export interface LayerCollection<T> {
  /** Where the file names the setting's key. */
  readonly keyLocation: SourceLocation;
  readonly items: readonly Located<T>[];
}

/** One overlay file's settings in normal form, each with where it was written; merged in order. */
export interface OverlayLayer {
  readonly file: string;
  readonly source?: Located<OverlaySource>;
  readonly replaced: { readonly [K in ReplacedKey]?: Located<ReplacedSettings[K]> };
  readonly collections: { readonly [K in CollectionKey]?: LayerCollection<CollectionItems[K]> };
}
