import { allCapabilities, defaultCapabilities } from "./docker-defaults.ts";
import type { OciCapabilities } from "./oci-types.ts";

export type CapabilityResult = { readonly caps: string[] } | { readonly unknown: string };

/**
 * Docker's TweakCapabilities (moby oci/caps): privileged gets every capability; otherwise `ALL` in
 * cap_add means every capability minus cap_drop, `ALL` in cap_drop means exactly cap_add; else the
 * defaults minus cap_drop, then cap_add appended as given (duplicates kept, as Docker keeps them).
 */
export function tweakCapabilities(
  capAdd: readonly string[],
  capDrop: readonly string[],
  privileged: boolean,
): CapabilityResult {
  if (privileged) return { caps: [...allCapabilities] };
  if (capAdd.length === 0 && capDrop.length === 0) return { caps: [...defaultCapabilities] };
  const adds = normalizeCapabilities(capAdd);
  if ("unknown" in adds) return adds;
  const drops = normalizeCapabilities(capDrop);
  if ("unknown" in drops) return drops;
  if (adds.caps.includes("ALL")) {
    return { caps: allCapabilities.filter((cap) => !drops.caps.includes(cap)) };
  }
  if (drops.caps.includes("ALL")) return { caps: adds.caps };
  return {
    caps: [...defaultCapabilities.filter((cap) => !drops.caps.includes(cap)), ...adds.caps],
  };
}

/** `sys_admin`, `Net_Admin` and `CAP_CHOWN` are all accepted, as Docker accepts them. */
export function normalizeCapabilities(names: readonly string[]): CapabilityResult {
  const caps: string[] = [];
  for (const name of names) {
    const upper = name.toUpperCase();
    if (upper === "ALL") {
      caps.push("ALL");
      continue;
    }
    const cap = upper.startsWith("CAP_") ? upper : `CAP_${upper}`;
    if (!allCapabilities.includes(cap)) return { unknown: name };
    caps.push(cap);
  }
  return { caps };
}

/** oci.SetCapabilities: root gets bounding, effective and permitted; any other uid bounding only. */
export function capabilitySets(caps: readonly string[], uid: number): OciCapabilities {
  if (caps.length === 0) return {};
  if (uid !== 0) return { bounding: [...caps] };
  return { bounding: [...caps], effective: [...caps], permitted: [...caps] };
}
