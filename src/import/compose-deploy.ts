import type { OverlayEntry } from "./types.ts";

/**
 * The limits of a Compose `deploy.resources` section that `docker compose up` applies to the
 * container (compose-go's deploy resources, as Docker Compose v2 sets them on the create request):
 * `limits.memory` is the memory limit, `limits.cpus` the CPU quota, `limits.pids` the pids limit,
 * `reservations.memory` the memory reservation. The rest of `deploy` is for a platform: the keys
 * it sets besides those come back to be noted.
 */
export function composeDeploy(deploy: unknown): {
  readonly entries: readonly OverlayEntry[];
  readonly rest: readonly string[];
} {
  const resources = field(deploy, "resources");
  const limits = field(resources, "limits");
  const reservations = field(resources, "reservations");
  const mapped: [string, unknown, string[]][] = [
    ["mem_limit", field(limits, "memory"), ["resources", "limits", "memory"]],
    ["cpus", field(limits, "cpus"), ["resources", "limits", "cpus"]],
    ["pids_limit", field(limits, "pids"), ["resources", "limits", "pids"]],
    ["mem_reservation", field(reservations, "memory"), ["resources", "reservations", "memory"]],
  ];
  const entries = mapped
    .filter(([, value]) => value !== undefined)
    .map(([key, value, path]) => ({
      key,
      value,
      from: ["deploy", ...path],
      comment: `from deploy.${path.join(".")}`,
    }));
  const taken = new Set(entries.map((e) => e.from.slice(1).join(".")));
  const rest = leafPaths(deploy).filter((path) => !taken.has(path));
  return { entries, rest };
}

function field(value: unknown, key: string): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

/** `resources.limits.memory`, `replicas`, ...: each setting of the section, by its path. */
function leafPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return prefix === "" ? [] : [prefix];
  }
  return Object.entries(value).flatMap(([key, child]: [string, unknown]) =>
    leafPaths(child, prefix === "" ? key : `${prefix}.${key}`),
  );
}
