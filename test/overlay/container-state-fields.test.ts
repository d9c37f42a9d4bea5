import { describe, expect, expectTypeOf, it } from "vitest";
import schema from "../../schemas/bundle.schema.json" with { type: "json" };
import type { BundleDocument } from "../../src/overlay/bundle-document.generated.ts";
import type {
  ContainerConfig,
  ContainerState,
  HostConfig,
} from "../../src/spec/container-state.ts";

/** A field of the container state that `docker inspect` shows. */
type StateField =
  | Exclude<keyof ContainerState, "Config" | "HostConfig">
  | `Config.${keyof ContainerConfig}`
  | `HostConfig.${keyof HostConfig}`;

/**
 * Where each overlay key lands in ContainerState, as `docker run` would set it (src/resolve builds
 * the create request); null for keys that are no container setting. Listing every schema key here,
 * and only those, and naming only fields ContainerState has, are checked by tsc.
 */
const stateFields = {
  image: null,
  container: null,
  extends: null,
  // Selects how the state becomes a spec, as the engine release and host would.
  target: null,
  command: ["Config.Cmd"],
  entrypoint: ["Config.Entrypoint"],
  environment: ["Config.Env"],
  // Read by rbc run, never by the build: config.json names the files in an annotation.
  env_file: null,
  // Silences a build warning; no setting.
  allow_plaintext: null,
  user: ["Config.User"],
  working_dir: ["Config.WorkingDir"],
  hostname: ["Config.Hostname"],
  domainname: ["Config.Domainname"],
  tty: ["Config.Tty"],
  read_only: ["HostConfig.ReadonlyRootfs"],
  privileged: ["HostConfig.Privileged"],
  cap_add: ["HostConfig.CapAdd"],
  cap_drop: ["HostConfig.CapDrop"],
  volumes: ["Mounts"],
  tmpfs: ["HostConfig.Tmpfs"],
  labels: ["Config.Labels"],
  // Applied to the generated config.json.
  patches: null,
  group_add: ["HostConfig.GroupAdd"],
  // `systempaths=unconfined` clears the masked and read-only paths.
  security_opt: ["HostConfig.SecurityOpt", "HostConfig.MaskedPaths", "HostConfig.ReadonlyPaths"],
  devices: ["HostConfig.Devices"],
  device_cgroup_rules: ["HostConfig.DeviceCgroupRules"],
  ulimits: ["HostConfig.Ulimits"],
  sysctls: ["HostConfig.Sysctls"],
  mem_limit: ["HostConfig.Memory"],
  mem_reservation: ["HostConfig.MemoryReservation"],
  memswap_limit: ["HostConfig.MemorySwap"],
  mem_swappiness: ["HostConfig.MemorySwappiness"],
  oom_kill_disable: ["HostConfig.OomKillDisable"],
  oom_score_adj: ["HostConfig.OomScoreAdj"],
  cpus: ["HostConfig.NanoCpus"],
  cpu_shares: ["HostConfig.CpuShares"],
  cpu_quota: ["HostConfig.CpuQuota"],
  cpu_period: ["HostConfig.CpuPeriod"],
  cpu_rt_runtime: ["HostConfig.CpuRealtimeRuntime"],
  cpu_rt_period: ["HostConfig.CpuRealtimePeriod"],
  cpuset: ["HostConfig.CpusetCpus"],
  cpuset_mems: ["HostConfig.CpusetMems"],
  pids_limit: ["HostConfig.PidsLimit"],
  shm_size: ["HostConfig.ShmSize"],
  blkio_config: [
    "HostConfig.BlkioWeight",
    "HostConfig.BlkioWeightDevice",
    "HostConfig.BlkioDeviceReadBps",
    "HostConfig.BlkioDeviceWriteBps",
    "HostConfig.BlkioDeviceReadIOps",
    "HostConfig.BlkioDeviceWriteIOps",
  ],
  init: ["HostConfig.Init"],
  ipc: ["HostConfig.IpcMode"],
  pid: ["HostConfig.PidMode"],
  uts: ["HostConfig.UTSMode"],
  userns_mode: ["HostConfig.UsernsMode"],
  cgroup: ["HostConfig.CgroupnsMode"],
  cgroup_parent: ["HostConfig.CgroupParent"],
  network_mode: ["HostConfig.NetworkMode"],
  dns: ["HostConfig.Dns"],
  dns_search: ["HostConfig.DnsSearch"],
  dns_opt: ["HostConfig.DnsOptions"],
  extra_hosts: ["HostConfig.ExtraHosts"],
  // The CLI exposes the ports it publishes.
  ports: ["HostConfig.PortBindings", "Config.ExposedPorts"],
  stop_signal: ["Config.StopSignal"],
  stop_grace_period: ["Config.StopTimeout"],
  // Written to config.json as given.
  annotations: null,
  // The runc id (hooks, cgroup, annotation), never Docker's container settings.
  container_name: null,
} as const satisfies { readonly [K in keyof BundleDocument]-?: readonly StateField[] | null };

/**
 * Fields that the engine derives or the image or a joined container provides, not an overlay key.
 * A `container:` source brings its client's terminal size and its `--annotation`s (the overlay's
 * `annotations` go to the spec directly, on top of them).
 */
type EngineField =
  | "Path"
  | "Args"
  | "Donors"
  | "Config.Volumes"
  | "HostConfig.ConsoleSize"
  | "HostConfig.Annotations";

type OverlayField = NonNullable<(typeof stateFields)[keyof typeof stateFields]>[number];

describe("ContainerState", () => {
  it("has a field for every overlay key that is a container setting, and no others", () => {
    expect(Object.keys(stateFields).sort()).toEqual(Object.keys(schema.properties).sort());
    expectTypeOf<Exclude<StateField, OverlayField | EngineField>>().toEqualTypeOf<never>();
    expectTypeOf<Extract<OverlayField, EngineField>>().toEqualTypeOf<never>();
  });
});
