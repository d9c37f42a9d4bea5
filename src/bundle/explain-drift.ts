import { bundleFile } from "../bundle-location.ts";
import type { SourceLocation } from "../diagnostics.ts";
import { parseJson } from "../json/index.ts";
import type { LoadedOverlay } from "../overlay/index.ts";
import type { FileSet } from "./plan.ts";
import { changedSpecPaths, overlayKeysFor } from "./spec-provenance.ts";
import { unifiedDiff } from "./unified-diff.ts";

/** An overlay key that can explain a drifted file, with where the overlay sets it. */
export interface DriftCause {
  readonly key: string;
  readonly location: SourceLocation;
}

/** One committed file that differs from what the overlay compiles to. */
export interface FileDrift {
  /** Path of the file (bundle directory joined with its name). */
  readonly path: string;
  readonly state: "modified" | "missing";
  readonly diff: string;
  /** Spec fields that changed (config.json only), as JSON pointers. */
  readonly changedPaths: readonly string[];
  /** The overlay lines behind those fields; empty when the change came from the image or rbc. */
  readonly causes: readonly DriftCause[];
}

/** Compare committed files with freshly compiled ones, and name the overlay keys behind each change. */
export function explainDrift(
  dir: string,
  committed: FileSet,
  compiled: FileSet,
  overlay: LoadedOverlay,
): FileDrift[] {
  const drift: FileDrift[] = [];
  for (const [name, content] of compiled) {
    const before = committed.get(name);
    if (before === content) continue;
    const path = bundleFile(dir, name);
    const changedPaths =
      name === "config.json" && before !== undefined ? changedSpecPaths(before, content) : [];
    const keys =
      name === "config.json" ? overlayKeysFor(changedPaths.length ? changedPaths : [""]) : [];
    const causes = keys.flatMap((key) => causesOf(key, overlay, before ?? "", content));
    drift.push({
      path,
      state: before === undefined ? "missing" : "modified",
      diff: unifiedDiff(before ?? "", content, `${path} (committed)`, `${path} (compiled)`),
      changedPaths,
      causes: causes.sort((a, b) => a.location.line - b.location.line),
    });
  }
  return drift;
}

/**
 * Where the overlay sets a key; for `environment`, the entries whose variables changed, when the
 * overlay names them (a more precise line than the key itself).
 */
function causesOf(
  key: string,
  overlay: LoadedOverlay,
  before: string,
  after: string,
): DriftCause[] {
  if (key === "environment") {
    const precise = changedEnvNames(before, after).flatMap((name) => {
      const location = overlay.origins[`environment.${name}`];
      return location ? [{ key: `environment.${name}`, location }] : [];
    });
    if (precise.length > 0) return precise;
  }
  const location = overlay.origins[key];
  return location ? [{ key, location }] : [];
}

function changedEnvNames(before: string, after: string): string[] {
  const envOf = (text: string): Map<string, string> => {
    let env: unknown;
    try {
      env = (parseJson(text) as { process?: { env?: unknown } }).process?.env;
    } catch {
      env = [];
    }
    const entries = Array.isArray(env) ? env.map(String) : [];
    return new Map(entries.map((e) => [e.split("=")[0] ?? e, e]));
  };
  const a = envOf(before);
  const b = envOf(after);
  return [...new Set([...a.keys(), ...b.keys()])].filter((name) => a.get(name) !== b.get(name));
}
