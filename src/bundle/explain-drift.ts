import { bundleFile } from "../bundle-location.ts";
import type { SourceLocation } from "../diagnostics.ts";
import {
  describeOrigin,
  originLocation,
  valueAt,
  type Origin,
  type SpecProvenance,
} from "../provenance/index.ts";
import { parseJson } from "../json/index.ts";
import type { FileSet } from "./plan.ts";
import { specChanges, type SpecChange } from "./spec-changes.ts";
import { unifiedDiff } from "./unified-diff.ts";

/** An overlay line behind a drifted file: an overlay key or a patch, where it is set. */
export interface DriftCause {
  readonly key: string;
  readonly location: SourceLocation;
}

/** One input behind changed fields of config.json, and those fields. */
export interface DriftSource {
  readonly origin: Origin;
  /** describeOrigin's line: `bundle.yaml:7 cpus`, `image config Env[0] (rbc.local/app:1)`. */
  readonly description: string;
  /** The changed fields it decides (JSON pointers, at the field its record names). */
  readonly pointers: readonly string[];
  /**
   * The fields are gone: the overlay chain (or rbc) no longer sets them, and `origin` is what
   * decides them now.
   */
  readonly removed?: true;
}

/** One committed file that differs from what the overlay compiles to. */
export interface FileDrift {
  /** Path of the file (bundle directory joined with its name). */
  readonly path: string;
  readonly state: "modified" | "missing";
  readonly diff: string;
  /** Spec fields that changed (config.json only), as JSON pointers at their recorded field. */
  readonly changedPaths: readonly string[];
  /** The overlay lines behind those fields (keys and patches). */
  readonly causes: readonly DriftCause[];
  /** Every input behind those fields, from the compilation's provenance. */
  readonly sources: readonly DriftSource[];
}

/** What explains drift: the compilation's provenance, and what the overlay compiles to offline. */
export interface DriftContext {
  readonly provenance: SpecProvenance | undefined;
  /**
   * The overlay's config.json as the lock's answers compile it: a field gone there too went with
   * an overlay change, not upstream.
   */
  readonly fromLock?: string | undefined;
  /**
   * The provenance of that compilation from the lock: a field the new compilation no longer has
   * (an image that dropped a variable) is traced to the input that had decided it.
   */
  readonly lockProvenance?: SpecProvenance | undefined;
}

/** Compare committed files with freshly compiled ones, and name the inputs behind each change. */
export function explainDrift(
  dir: string,
  committed: FileSet,
  compiled: FileSet,
  context: DriftContext,
): FileDrift[] {
  const drift: FileDrift[] = [];
  for (const [name, content] of compiled) {
    const before = committed.get(name);
    if (before === content) continue;
    const path = bundleFile(dir, name);
    const changes =
      name === "config.json" && before !== undefined ? specChanges(before, content) : [];
    const sources = driftSources(changes, context);
    drift.push({
      path,
      state: before === undefined ? "missing" : "modified",
      diff: unifiedDiff(before ?? "", content, `${path} (committed)`, `${path} (compiled)`),
      changedPaths: [...new Set(sources.flatMap((s) => s.pointers))].sort(),
      causes: overlayCauses(sources),
      sources,
    });
  }
  return drift;
}

/** The inputs behind what changed between two config.json texts (a rebuild's, for rbc watch). */
export function specChangeSources(
  before: string,
  after: string,
  context: DriftContext,
): DriftSource[] {
  return driftSources(specChanges(before, after), context);
}

/** The changes grouped by the input that decides each (what decides it now, for a removal). */
function driftSources(changes: readonly SpecChange[], context: DriftContext): DriftSource[] {
  const groups = new Map<string, { origin: Origin; pointers: Set<string>; removed: boolean }>();
  const lockSpec = parseOrUndefined(context.fromLock);
  for (const change of changes) {
    const found =
      context.provenance?.originsOf(change.pointer) ??
      (change.removed ? context.lockProvenance?.originsOf(change.pointer) : undefined);
    const at = found?.recordedAt ?? change.pointer;
    const removed =
      change.removed && !(lockSpec !== undefined && valueAt(lockSpec, change.pointer).found);
    const origins = found?.origins ?? [unknownOrigin];
    for (const origin of origins) {
      const key = `${removed ? "-" : "+"}${JSON.stringify(origin)}`;
      const group = groups.get(key) ?? { origin, pointers: new Set(), removed };
      group.pointers.add(change.removed ? change.pointer : at);
      groups.set(key, group);
    }
  }
  return [...groups.values()].map(({ origin, pointers, removed }) => ({
    origin,
    description: describeOrigin(origin),
    pointers: [...pointers],
    ...(removed ? { removed: true as const } : {}),
  }));
}

const unknownOrigin: Origin = { kind: "unknown", what: "a field rbc has no record of" };

/** The overlay keys and patches among the sources, by line. */
function overlayCauses(sources: readonly DriftSource[]): DriftCause[] {
  const causes = sources.flatMap((s): DriftCause[] => {
    const { origin } = s;
    if (s.removed === true) return [];
    if (origin.kind === "overlay") return [{ key: origin.key, location: origin.location }];
    const location = originLocation(origin);
    if (origin.kind === "patch" && location) return [{ key: `patches[${origin.index}]`, location }];
    return [];
  });
  const unique = new Map(causes.map((c) => [`${c.location.file}:${c.location.line}:${c.key}`, c]));
  return [...unique.values()].sort((a, b) => a.location.line - b.location.line);
}

function parseOrUndefined(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return parseJson(text);
  } catch {
    return undefined;
  }
}
