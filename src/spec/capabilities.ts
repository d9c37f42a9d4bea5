import type { DockerRelease } from "../overlay/index.ts";
import { allCapabilities, defaultCapabilities } from "./docker-defaults.ts";
import type { OciCapabilities } from "./oci-types.ts";

export type CapabilityResult = { readonly caps: string[] } | { readonly unknown: string };

/**
 * Docker's TweakCapabilities (moby oci/caps): privileged gets every capability; otherwise `ALL` in
 * cap_add means every capability minus cap_drop, `ALL` in cap_drop means exactly cap_add; else the
 * defaults minus cap_drop, then cap_add appended as given (duplicates kept, as Docker keeps them).
 * Both lists are checked first, privileged or not: create refuses an unknown name
 * (verifyContainerSettings validateCapabilities).
 */
export function tweakCapabilities(
  capAdd: readonly string[],
  capDrop: readonly string[],
  privileged: boolean,
  release: DockerRelease,
): CapabilityResult {
  const adds = normalizeCapabilities(capAdd, release);
  if ("unknown" in adds) return adds;
  const drops = normalizeCapabilities(capDrop, release);
  if ("unknown" in drops) return drops;
  const all = allCapabilities(release);
  if (privileged) return { caps: [...all] };
  if (capAdd.length === 0 && capDrop.length === 0) return { caps: [...defaultCapabilities] };
  if (adds.caps.includes("ALL")) {
    return { caps: all.filter((cap) => !drops.caps.includes(cap)) };
  }
  if (drops.caps.includes("ALL")) return { caps: adds.caps };
  return {
    caps: [...defaultCapabilities.filter((cap) => !drops.caps.includes(cap)), ...adds.caps],
  };
}

/**
 * `sys_admin`, `Net_Admin` and `CAP_CHOWN` are all accepted, as Docker accepts them; a name the
 * release does not know (`PERFMON` on 20.10) is not.
 */
export function normalizeCapabilities(
  names: readonly string[],
  release: DockerRelease,
): CapabilityResult {
  const known = allCapabilities(release);
  const caps: string[] = [];
  for (const name of names) {
    const upper = name.toUpperCase();
    if (upper === "ALL") {
      caps.push("ALL");
      continue;
    }
    const cap = upper.startsWith("CAP_") ? upper : `CAP_${upper}`;
    if (!known.includes(cap)) return { unknown: name };
    caps.push(cap);
  }
  return { caps };
}

/**
 * oci.SetCapabilities. 20.10: root gets bounding, effective and permitted, any other uid bounding
 * only. 26.1 gives every user all three (moby 3aef732e61, "Do not drop effective&permitted set").
 */
export function capabilitySets(
  caps: readonly string[],
  uid: number,
  release: DockerRelease,
): OciCapabilities {
  if (caps.length === 0) return {};
  if (uid !== 0 && release === "20.10") return { bounding: [...caps] };
  return { bounding: [...caps], effective: [...caps], permitted: [...caps] };
}
