/**
 * The service keys that say what a Compose `deploy.resources` section says, as Docker Compose
 * applies it to a single container: `limits.memory` is the memory limit (`mem_limit`),
 * `limits.cpus` the CPU quota (`cpus`), `limits.pids` the pids limit (`pids_limit`) and
 * `reservations.memory` the memory reservation (`mem_reservation`). Each comes back as the line
 * to write (`mem_limit: 512M`), in that order, for the values the section sets.
 */
export function deployEquivalents(deploy: unknown): string[] {
  const resources = field(deploy, "resources");
  const limits = field(resources, "limits");
  const reservations = field(resources, "reservations");
  const pairs: [string, unknown][] = [
    ["mem_limit", field(limits, "memory")],
    ["cpus", field(limits, "cpus")],
    ["pids_limit", field(limits, "pids")],
    ["mem_reservation", field(reservations, "memory")],
  ];
  return pairs
    .filter((pair): pair is [string, string | number] => isScalar(pair[1]))
    .map(([key, value]) => `${key}: ${String(value)}`);
}

function field(value: unknown, key: string): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

function isScalar(value: unknown): value is string | number {
  return typeof value === "string" || typeof value === "number";
}
