import { error, type Diagnostic, type SourceLocation } from "../diagnostics.ts";
import { formatByteSize } from "./byte-size.ts";
import type { OverlayLayer } from "./layer.ts";
import type { OriginMap, OverlaySettings } from "./types.ts";

type Key = Exclude<keyof OverlaySettings, "source">;

interface Conflict {
  /** The settings involved; the diagnostic points at whichever was written last. */
  readonly keys: readonly Key[];
  readonly message: string;
}

/** Settings `network_mode: container:NAME` takes from the other container (validateNetContainerMode). */
const sharedWithContainer = [
  "dns",
  "dns_search",
  "dns_opt",
  "extra_hosts",
  "hostname",
  "domainname",
] as const satisfies readonly Key[];

/**
 * Settings of a merged overlay that Docker 20.10 refuses together (daemon
 * verifyPlatformContainerResources, runconfig validateNetMode), as OVL204 errors. Each points at
 * the involved key written last (a later file, or further down the same file), since that is
 * usually the one to change.
 */
export function checkConflicts(
  settings: OverlaySettings,
  origins: OriginMap,
  layers: readonly OverlayLayer[],
): Diagnostic[] {
  const files = layers.map((layer) => layer.file);
  return [...networkConflicts(settings), ...resourceConflicts(settings)].map(
    ({ keys, message }) => {
      const key = writtenLast(keys, origins, files);
      return error("OVL204", message, { key, location: origins[key] });
    },
  );
}

function networkConflicts(s: OverlaySettings): Conflict[] {
  const found: Conflict[] = [];
  const mode = s.network_mode ?? "";
  const container = mode.startsWith("container:") ? mode.slice("container:".length) : undefined;
  if (s.ports !== undefined && (mode === "host" || container !== undefined)) {
    const instead =
      container === undefined
        ? "the container already listens on the host's network"
        : `publish them on ${container} instead`;
    const message = `ports cannot be published with network_mode: ${mode}; ${instead}`;
    found.push({ keys: ["network_mode", "ports"], message });
  }
  if (container !== undefined) {
    for (const key of sharedWithContainer.filter((k) => s[k] !== undefined)) {
      const message = `${key} cannot be set with network_mode: ${mode}, which uses ${container}'s network settings`;
      found.push({ keys: ["network_mode", key], message });
    }
  }
  if (s.uts === "host" && s.hostname !== undefined) {
    const message = "hostname cannot be set with uts: host, which uses the host's hostname";
    found.push({ keys: ["uts", "hostname"], message });
  }
  return found;
}

function resourceConflicts(s: OverlaySettings): Conflict[] {
  const found: Conflict[] = [];
  for (const key of ["cpu_period", "cpu_quota"] as const) {
    if (s.cpus !== undefined && (s[key] ?? 0) > 0) {
      const message = `cpus and ${key} cannot both be set; cpus sets the CPU period and quota itself`;
      found.push({ keys: ["cpus", key], message });
    }
  }
  const limit = s.mem_limit ?? 0;
  const reservation = s.mem_reservation ?? 0;
  if (limit > 0 && reservation > limit) {
    const message = `mem_reservation (${formatByteSize(reservation)}) cannot be above mem_limit (${formatByteSize(limit)})`;
    found.push({ keys: ["mem_limit", "mem_reservation"], message });
  }
  const swap = s.memswap_limit ?? 0;
  if (swap > 0 && limit === 0) {
    const message = "memswap_limit needs mem_limit: it limits memory and swap together";
    found.push({ keys: ["memswap_limit"], message });
  } else if (swap > 0 && swap < limit) {
    const message = `memswap_limit (${formatByteSize(swap)}) cannot be below mem_limit (${formatByteSize(limit)}): it limits memory and swap together; -1 allows unlimited swap`;
    found.push({ keys: ["mem_limit", "memswap_limit"], message });
  }
  return found;
}

function writtenLast(keys: readonly Key[], origins: OriginMap, files: readonly string[]): Key {
  const position = (key: Key): readonly number[] => {
    const at: SourceLocation | undefined = origins[key];
    return at === undefined ? [-1, 0, 0] : [files.indexOf(at.file), at.line, at.col];
  };
  const later = (a: Key, b: Key): Key => {
    const [pa, pb] = [position(a), position(b)];
    const difference = pa.map((n, i) => n - (pb[i] ?? 0)).find((d) => d !== 0) ?? 0;
    return difference > 0 ? a : b;
  };
  return keys.reduce(later);
}
