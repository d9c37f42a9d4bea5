/**
 * The 26.1-v2 engine runs on a cgroup2 hierarchy with no controller available (the host binds
 * every controller to its v1 hierarchies), so Docker 26.1 discards at create every limit that
 * needs one (memory, cpu, cpuset, pids, io) and refuses `--cpus` outright
 * (daemon/daemon_unix.go verifyPlatformContainerResources). What Docker writes on a cgroup v2
 * host that has the controllers is the 26.1-v1 engine's linux.resources with the rules that
 * differ on v2 (pkg/sysinfo/cgroup2_linux.go, read by the same verification), which this file
 * applies: it assumes the memory, cpu, cpuset, pids and io controllers and memory.swap.max.
 */

/** The `WARNING:` lines with which Docker says it discarded a limit for want of a controller. */
export function discardedLimits(warnings: readonly string[]): string[] {
  return warnings.filter((w) => /discarded|limited without swap/i.test(w));
}

/** The refusal Docker 26.1 gives `--cpus` without a cpu controller, and the flag to leave out. */
export const refusedWithoutController = {
  message: /NanoCPUs can not be set/,
  flag: "--cpus",
} as const;

/** `docker run` flags without one flag and its value. */
export function withoutFlag(flags: readonly string[], flag: string): string[] {
  return flags.filter((f, i) => f !== flag && flags[i - 1] !== flag && !f.startsWith(`${flag}=`));
}

/**
 * Docker 26.1's linux.resources on a cgroup v2 host, from its linux.resources for the same
 * container on a v1 host: no swappiness and no OOM-killer switch (v2 has neither:
 * MemorySwappiness and OomKillDisable are false), no kernel memory, no real-time CPU; a memory or
 * cpu object left empty is not written (getMemoryResources, getCPUResources return nil).
 */
export function cgroupV2Resources(v1: unknown): unknown {
  if (v1 === undefined) return undefined;
  const entries = Object.entries(structuredClone(v1) as Record<string, unknown>);
  return Object.fromEntries(
    entries.flatMap(([key, value]) => {
      const dropped = droppedOnV2[key];
      if (dropped === undefined) return [[key, value]];
      const kept = Object.entries(value ?? {}).filter(([field]) => !dropped.includes(field));
      return kept.length > 0 ? [[key, Object.fromEntries(kept)]] : [];
    }),
  );
}

/** The linux.resources fields Docker 26.1 does not write on a cgroup v2 host, by object. */
const droppedOnV2: Readonly<Record<string, readonly string[]>> = {
  memory: ["swappiness", "disableOOMKiller", "kernel", "kernelTCP"],
  cpu: ["realtimeRuntime", "realtimePeriod"],
};

/** A spec with its linux.resources replaced. */
export function withResources(spec: unknown, resources: unknown): unknown {
  const copy = structuredClone(spec) as { linux?: Record<string, unknown> };
  copy.linux = { ...copy.linux, resources };
  return copy;
}
