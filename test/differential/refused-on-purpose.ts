import type { Diagnostic } from "../../src/diagnostics.ts";
import type { EngineTarget } from "../../src/overlay/index.ts";

/**
 * Settings Docker 26.1 accepts on a cgroup v2 host and then discards with a warning, which rbc
 * refuses instead (OVL205 at the overlay line; README, "Where rbc differs from Docker on purpose"):
 * a bundle must not lose a setting silently. Each names the warning Docker gives as it discards it
 * (daemon/daemon_unix.go verifyPlatformContainerResources, with pkg/sysinfo's v2 answers).
 */
const discardedOnV2: Readonly<Record<string, RegExp>> = {
  mem_swappiness: /swappiness.*discarded/i,
  oom_kill_disable: /OomKillDisable discarded/i,
};

/** A refusal of rbc's that the differential verifies, then compares the rest without the key. */
export interface RefusedOnPurpose {
  readonly keys: readonly string[];
  readonly note: string;
}

/**
 * The overlay keys rbc refused on purpose for the target when every diagnostic is such a refusal
 * and Docker's warnings show it discarded each of them; undefined otherwise (a real difference).
 */
export function refusedOnPurpose(
  diagnostics: readonly Diagnostic[],
  target: EngineTarget,
  dockerWarnings: readonly string[],
): RefusedOnPurpose | undefined {
  if (target.cgroup !== "v2" || diagnostics.length === 0) return undefined;
  const keys = diagnostics.map((d) => d.key ?? "");
  const expected = (d: Diagnostic, key: string): boolean => {
    const warning = discardedOnV2[key];
    return (
      d.code === "OVL205" && warning !== undefined && dockerWarnings.some((w) => warning.test(w))
    );
  };
  if (!diagnostics.every((d, i) => expected(d, keys[i] ?? ""))) return undefined;
  const names = [...new Set(keys)].sort();
  return {
    keys: names,
    note:
      `rbc refuses ${names.join(" and ")} on cgroup v2 (OVL205, on purpose), which Docker 26.1 ` +
      "discards with a warning: refusal checked, the rest compared without it",
  };
}

/** The overlay without the given top-level keys. */
export function withoutKeys(
  overlay: Readonly<Record<string, unknown>>,
  keys: readonly string[],
): Record<string, unknown> {
  return Object.fromEntries(Object.entries(overlay).filter(([key]) => !keys.includes(key)));
}
