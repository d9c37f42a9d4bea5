import type { FileSet } from "../bundle/index.ts";
import { parseJson } from "../json/index.ts";
import { summarizeRootfsChange } from "./rootfs-summary.ts";
import { summarizeSpecChange } from "./spec-summary.ts";

/**
 * What a rebuild changed in the files that decide what runs: config.json field by field and
 * rootfs.mtree by path (one line, always shown). `before` holds the files' previous contents
 * (absent: not written yet); the config.json part is capped at `maxLines`.
 */
export function summarizeOutputs(
  before: ReadonlyMap<string, string>,
  after: FileSet,
  changed: readonly string[],
  maxLines = 10,
): string[] {
  const lines: string[] = [];
  const config = after.get("config.json");
  if (changed.includes("config.json") && config !== undefined) {
    const old = before.get("config.json");
    const summary = old === undefined ? ["config.json written"] : specLines(old, config, maxLines);
    lines.push(...summary);
  }
  const mtree = after.get("rootfs.mtree");
  if (changed.includes("rootfs.mtree") && mtree !== undefined) {
    lines.push(summarizeRootfsChange(before.get("rootfs.mtree"), mtree));
  }
  return lines;
}

function specLines(before: string, after: string, maxLines: number): string[] {
  try {
    const lines = summarizeSpecChange(parseJson(before), parseJson(after), { maxLines });
    return lines.length > 0 ? lines : ["config.json: formatting only"];
  } catch {
    return ["config.json changed (the previous file was not valid JSON)"];
  }
}
