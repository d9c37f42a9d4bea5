import {
  type HostConfig,
  defaultMaskedPaths,
  defaultReadonlyPaths,
  defaultShmSize,
} from "../spec/index.ts";
import type { DockerRelease, EngineTarget } from "../overlay/index.ts";
import type { CreateRequest } from "./create-request.ts";

/**
 * The HostConfig the target engine stores for `docker run IMAGE` with no flags (after
 * adaptContainerSettings).
 */
export function defaultHostConfig(privileged: boolean, target: EngineTarget): HostConfig {
  return {
    Privileged: privileged,
    ReadonlyRootfs: false,
    CapAdd: null,
    CapDrop: null,
    Tmpfs: null,
    ShmSize: defaultShmSize,
    IpcMode: "private",
    PidMode: "",
    UTSMode: "",
    NetworkMode: "default",
    CgroupnsMode: defaultCgroupnsMode(target),
    GroupAdd: null,
    SecurityOpt: null,
    OomScoreAdj: 0,
    // Create fills the default masks only for unprivileged containers.
    MaskedPaths: privileged ? null : [...defaultMaskedPaths(target.docker)],
    ReadonlyPaths: privileged ? null : [...defaultReadonlyPaths],
    Sysctls: null,
  };
}

/**
 * The container's HostConfig with the overlay's keys in place, undoing what the engine derived
 * from a key the overlay replaces: the doubled swap limit of an old memory limit, and the default
 * masks (present unless privileged) when the overlay switches `privileged`.
 */
export function rebaseHostConfig(
  base: HostConfig,
  request: CreateRequest["hostConfig"],
  target: EngineTarget,
): HostConfig {
  const hc: HostConfig = { ...base, ...request };
  const derivedSwap = (base.Memory ?? 0) > 0 && base.MemorySwap === 2 * (base.Memory ?? 0);
  if (request.Memory !== undefined && request.MemorySwap === undefined && derivedSwap) {
    return rebaseMasks({ ...hc, MemorySwap: 0 }, base, request, target);
  }
  return rebaseMasks(hc, base, request, target);
}

function rebaseMasks(
  hc: HostConfig,
  base: HostConfig,
  request: CreateRequest["hostConfig"],
  target: EngineTarget,
): HostConfig {
  if (request.Privileged === undefined || request.MaskedPaths !== undefined) return hc;
  if (request.Privileged === base.Privileged) return hc;
  const same = (a: readonly string[] | null, b: readonly string[] | null): boolean =>
    JSON.stringify(a) === JSON.stringify(b);
  // The container got the defaults of the release that created it, whichever that was.
  const fromDefaults = releases.some((docker) => {
    const before = defaultHostConfig(base.Privileged, { ...target, docker });
    return (
      same(base.MaskedPaths, before.MaskedPaths) && same(base.ReadonlyPaths, before.ReadonlyPaths)
    );
  });
  if (!fromDefaults) return hc;
  const after = defaultHostConfig(request.Privileged, target);
  return { ...hc, MaskedPaths: after.MaskedPaths, ReadonlyPaths: after.ReadonlyPaths };
}

const releases: readonly DockerRelease[] = ["20.10", "26.1"];

/**
 * What the engine changes in a create request before it stores it (moby daemon
 * adaptContainerSettings, the API's PidsLimit rule, daemon.create), as inspect then shows it:
 * the swap limit defaults to twice the memory limit; a swappiness of -1 and a non-positive pids
 * limit mean "unset"; the shm size, IPC mode, cgroup namespace mode (host, on cgroup v1) and
 * network mode get the daemon defaults; an unset OOM-killer switch is false.
 *
 * verifyContainerSettings also rewrites resources the build host's kernel lacks (BlkioWeight → 0
 * without blkio.weight, MemorySwap → -1 without swap accounting, ...). rbc does not: a bundle
 * must not depend on the machine that compiled it, and runc reports what the target lacks.
 */
export function adaptHostConfig(hc: HostConfig, target: EngineTarget): HostConfig {
  const memory = hc.Memory ?? 0;
  const pids = hc.PidsLimit ?? null;
  return {
    ...hc,
    ...(memory > 0 && (hc.MemorySwap ?? 0) === 0 ? { MemorySwap: 2 * memory } : {}),
    ...(hc.MemorySwappiness === -1 ? { MemorySwappiness: null } : {}),
    ...(pids !== null && pids <= 0 ? { PidsLimit: null } : {}),
    ShmSize: hc.ShmSize === 0 ? defaultShmSize : hc.ShmSize,
    IpcMode: hc.IpcMode === "" ? "private" : hc.IpcMode,
    CgroupnsMode: hc.CgroupnsMode === "" ? defaultCgroupnsMode(target) : hc.CgroupnsMode,
    NetworkMode: hc.NetworkMode === "" ? "default" : hc.NetworkMode,
    OomKillDisable: hc.OomKillDisable ?? false,
  };
}

/**
 * The cgroup namespace a container gets when it asks for none (daemon adaptContainerSettings with
 * the daemon's default `--default-cgroupns-mode`): the host's on cgroup v1, a private one on v2.
 */
function defaultCgroupnsMode(target: EngineTarget): string {
  return target.cgroup === "v2" ? "private" : "host";
}
