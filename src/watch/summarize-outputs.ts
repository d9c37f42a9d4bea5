import { specChangeSources, type FileSet } from "../bundle/index.ts";
import type { SpecProvenance } from "../provenance/index.ts";
import { parseJson } from "../json/index.ts";
import { summarizeRootfsChange } from "./rootfs-summary.ts";
import { summarizeSpecChange } from "./spec-summary.ts";

/**
 * What a rebuild changed in the files that decide what runs: config.json field by field, then the
 * inputs behind those fields (`because of: bundle.yaml:7 cpus`, from the compilation's
 * provenance), and rootfs.mtree by path (one line, always shown). `before` holds the files'
 * previous contents (absent: not written yet); the config.json part is capped at `maxLines`.
 */
export function summarizeOutputs(
  before: ReadonlyMap<string, string>,
  after: FileSet,
  changed: readonly string[],
  options: { readonly maxLines?: number; readonly provenance?: SpecProvenance } = {},
): string[] {
  const lines: string[] = [];
  const config = after.get("config.json");
  if (changed.includes("config.json") && config !== undefined) {
    const old = before.get("config.json");
    const maxLines = options.maxLines ?? 10;
    const summary = old === undefined ? ["config.json written"] : specLines(old, config, maxLines);
    lines.push(...summary);
    if (old !== undefined) lines.push(...causeLine(old, config, options.provenance));
  }
  const mtree = after.get("rootfs.mtree");
  if (changed.includes("rootfs.mtree") && mtree !== undefined) {
    lines.push(summarizeRootfsChange(before.get("rootfs.mtree"), mtree));
  }
  return lines;
}

/** One line naming the inputs behind the changed fields, when provenance knows them. */
function causeLine(before: string, after: string, provenance?: SpecProvenance): string[] {
  if (provenance === undefined) return [];
  let sources;
  try {
    sources = specChangeSources(before, after, { provenance });
  } catch {
    return [];
  }
  const named = sources.map((s) =>
    s.removed === true ? `no longer set by the overlay (now ${s.description})` : s.description,
  );
  const unique = [...new Set(named)];
  if (unique.length === 0) return [];
  const shown = unique.slice(0, 4).join("; ");
  return [`because of: ${shown}${unique.length > 4 ? `; … and ${unique.length - 4} more` : ""}`];
}

function specLines(before: string, after: string, maxLines: number): string[] {
  try {
    const lines = summarizeSpecChange(parseJson(before), parseJson(after), { maxLines });
    return lines.length > 0 ? lines : ["config.json: formatting only"];
  } catch {
    return ["config.json changed (the previous file was not valid JSON)"];
  }
}
