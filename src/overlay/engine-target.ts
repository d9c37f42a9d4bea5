import type { CgroupVersion, DockerRelease, OverlaySettings } from "./types.ts";

/**
 * The engine whose config.json a bundle reproduces: a Docker Engine release on a host of one
 * cgroup version. It decides every default and rule spec generation applies; the engine that
 * resolves images and containers only supplies their data, so its own version never changes a
 * bundle.
 */
export interface EngineTarget {
  readonly docker: DockerRelease;
  readonly cgroup: CgroupVersion;
}

/** What users run today: a current Docker Engine on a cgroup v2 (unified) host. */
export const defaultTarget: EngineTarget = { docker: "26.1", cgroup: "v2" };

/** The overlay's target, each field it leaves out at its default. */
export function engineTarget(settings: Pick<OverlaySettings, "target">): EngineTarget {
  return { ...defaultTarget, ...settings.target };
}

/** `docker 26.1, cgroup v2`: how messages name a target. */
export function describeTarget(target: EngineTarget): string {
  return `docker ${target.docker}, cgroup ${target.cgroup}`;
}
