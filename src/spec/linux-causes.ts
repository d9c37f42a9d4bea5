import type { EngineTarget } from "../overlay/index.ts";
import type { ContainerState } from "./container-state.ts";
import { namespaceOrder } from "./docker-defaults.ts";
import type { OciLinux, OciNamespace } from "./oci-types.ts";
import type { RecordCause, SpecCause } from "./spec-recorder.ts";

const withResources = "the resources Docker writes for every container (WithResources)";

/**
 * What decides each part of `linux` (config-linux.md), as buildLinux and its helpers decide it:
 * the HostConfig field behind each resource limit, each namespace's mode, each sysctl's setting,
 * the device lists, seccomp, the propagation and the masked and read-only paths.
 */
export function recordLinux(
  state: ContainerState,
  linux: OciLinux,
  target: EngineTarget,
  record: RecordCause,
): void {
  const hc = state.HostConfig;
  recordSysctl(state, Object.keys(linux.sysctl ?? {}), record);
  recordResources(hc, record);
  record("/linux/cgroupsPath", { rbc: "the cgroup named after the bundle's container id" });
  if (hc.CgroupParent !== undefined && hc.CgroupParent !== "") {
    record("/linux/cgroupsPath", { state: "HostConfig.CgroupParent" });
  }
  linux.namespaces.forEach((ns, i) => {
    record(`/linux/namespaces/${i}`, namespaceCause(ns, target));
  });
  record("/linux/devices", { state: "HostConfig.Devices" });
  const seccomp = (hc.SecurityOpt ?? []).some((o) => /^seccomp[=:]/.test(o));
  record(
    "/linux/seccomp",
    hc.Privileged
      ? { state: "HostConfig.Privileged" }
      : seccomp
        ? { state: "HostConfig.SecurityOpt" }
        : { rule: `Docker ${target.docker}'s default seccomp profile (profiles/seccomp)` },
  );
  if (!hc.Privileged && !seccomp && (hc.CapAdd ?? []).length > 0) {
    record("/linux/seccomp", { state: "HostConfig.CapAdd" });
  }
  record("/linux/rootfsPropagation", { state: "Mounts" });
  record("/linux/maskedPaths", { state: "HostConfig.MaskedPaths" });
  record("/linux/readonlyPaths", { state: "HostConfig.ReadonlyPaths" });
}

/** Each sysctl: HostConfig.Sysctls, else the domain name, else the private network's defaults. */
function recordSysctl(state: ContainerState, keys: readonly string[], record: RecordCause): void {
  const own = state.HostConfig.Sysctls ?? {};
  for (const key of keys) {
    const at = `/linux/sysctl/${key}`;
    if (Object.hasOwn(own, key)) record(at, { state: "HostConfig.Sysctls", item: key });
    else if (key === "kernel.domainname") record(at, { state: "Config.Domainname" });
    else {
      record(at, { rule: "unprivileged ping and low ports in a private network (WithSysctls)" });
      record(at, { state: "HostConfig.NetworkMode" });
    }
  }
}

/** moby getMemoryResources, getCPUResources, getPidsLimit, getBlkio: one HostConfig field each. */
function recordResources(hc: ContainerState["HostConfig"], record: RecordCause): void {
  const r = "/linux/resources";
  record(r, { rule: withResources });
  record(`${r}/devices`, { rule: "the default device allow-list (oci.DefaultLinuxSpec)" });
  if (hc.Privileged) record(`${r}/devices`, { state: "HostConfig.Privileged" });
  if ((hc.Devices ?? []).length > 0) record(`${r}/devices`, { state: "HostConfig.Devices" });
  if ((hc.DeviceCgroupRules ?? []).length > 0) {
    record(`${r}/devices`, { state: "HostConfig.DeviceCgroupRules" });
  }
  record(`${r}/memory`, { rule: withResources });
  record(`${r}/memory/limit`, { state: "HostConfig.Memory" });
  record(`${r}/memory/reservation`, { state: "HostConfig.MemoryReservation" });
  record(`${r}/memory/swap`, { state: "HostConfig.MemorySwap" });
  record(`${r}/memory/swappiness`, { state: "HostConfig.MemorySwappiness" });
  record(`${r}/memory/disableOOMKiller`, { state: "HostConfig.OomKillDisable" });
  record(`${r}/cpu`, { rule: withResources });
  record(`${r}/cpu/shares`, { state: "HostConfig.CpuShares" });
  const nano = (hc.NanoCpus ?? 0) > 0;
  const quota = (hc.CpuQuota ?? 0) !== 0 || !nano ? "HostConfig.CpuQuota" : "HostConfig.NanoCpus";
  const period =
    (hc.CpuPeriod ?? 0) !== 0 || !nano ? "HostConfig.CpuPeriod" : "HostConfig.NanoCpus";
  record(`${r}/cpu/quota`, { state: quota });
  record(`${r}/cpu/period`, { state: period });
  record(`${r}/cpu/realtimeRuntime`, { state: "HostConfig.CpuRealtimeRuntime" });
  record(`${r}/cpu/realtimePeriod`, { state: "HostConfig.CpuRealtimePeriod" });
  record(`${r}/cpu/cpus`, { state: "HostConfig.CpusetCpus" });
  record(`${r}/cpu/mems`, { state: "HostConfig.CpusetMems" });
  record(`${r}/pids`, { state: "HostConfig.PidsLimit" });
  record(`${r}/pids/limit`, { state: "HostConfig.PidsLimit" });
  record(`${r}/blockIO`, { rule: withResources });
  record(`${r}/blockIO/weight`, { state: "HostConfig.BlkioWeight" });
  record(`${r}/blockIO/weightDevice`, { state: "HostConfig.BlkioWeightDevice" });
  record(`${r}/blockIO/throttleReadBpsDevice`, { state: "HostConfig.BlkioDeviceReadBps" });
  record(`${r}/blockIO/throttleWriteBpsDevice`, { state: "HostConfig.BlkioDeviceWriteBps" });
  record(`${r}/blockIO/throttleReadIOPSDevice`, { state: "HostConfig.BlkioDeviceReadIOps" });
  record(`${r}/blockIO/throttleWriteIOPSDevice`, { state: "HostConfig.BlkioDeviceWriteIOps" });
}

/** The mode that gave a namespace its path (a joined or host one), else the default list. */
function namespaceCause(ns: OciNamespace, target: EngineTarget): SpecCause {
  const mode: Readonly<Record<string, string>> = {
    network: "HostConfig.NetworkMode",
    pid: "HostConfig.PidMode",
    ipc: "HostConfig.IpcMode",
    cgroup: "HostConfig.CgroupnsMode",
  };
  const field = mode[ns.type];
  if (ns.type === "cgroup" || (ns.path !== undefined && field !== undefined)) {
    return { state: field ?? "HostConfig.CgroupnsMode" };
  }
  return namespaceOrder.includes(ns.type)
    ? { rule: `the default namespaces of Docker ${target.docker} (oci.DefaultLinuxSpec)` }
    : { state: "HostConfig.UsernsMode" };
}
