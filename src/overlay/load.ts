import { readFile } from "node:fs/promises";
import { dirname, isAbsolute, join, normalize } from "node:path";
import { bundleLocation } from "../bundle-location.ts";
import type { Result } from "../diagnostics.ts";
import { collectLayers, type OverlayFiles, type ReadOutcome } from "./collect-layers.ts";
import { mergeOverlays } from "./merge.ts";
import type { LoadedOverlay } from "./types.ts";

/** Overlay files on disk, with paths kept as given so messages read `bundles/web/bundle.yaml:7:3`. */
const diskFiles: OverlayFiles = {
  read: readOverlayFile,
  resolve: (from, reference) =>
    isAbsolute(reference) ? normalize(reference) : join(dirname(from), reference),
};

/**
 * Loads the bundle in `bundleDir`: reads `<bundleDir>/bundle.yaml` and the bases it `extends`,
 * validates each against schemas/bundle.schema.json and merges them (rules at the top of merge.ts).
 *
 * Never throws for bad input: problems come back as diagnostics located in the file that has them
 * (OVL1xx reading and YAML, OVL2xx schema and values, OVL3xx extends), and `value` is undefined
 * when any of them is an error. Paths in diagnostics and in the result are `bundleDir` joined with
 * the file names, not made absolute.
 */
export async function loadOverlay(bundleDir: string): Promise<Result<LoadedOverlay>> {
  const { name, overlayFile: file } = bundleLocation(bundleDir);
  const layers = await collectLayers(file, diskFiles);
  if (layers.value === undefined) return { value: undefined, diagnostics: layers.diagnostics };
  const merged = mergeOverlays(layers.value);
  const diagnostics = [...layers.diagnostics, ...merged.diagnostics];
  if (merged.value === undefined) return { value: undefined, diagnostics };
  const overlay: LoadedOverlay = {
    name,
    dir: bundleDir,
    file,
    files: layers.value.map((layer) => layer.file),
    ...merged.value,
  };
  return { value: overlay, diagnostics };
}

async function readOverlayFile(file: string): Promise<ReadOutcome> {
  try {
    return { text: await readFile(file, "utf8") };
  } catch (e) {
    const code = errorCode(e);
    if (code === "ENOENT" || code === "ENOTDIR") return { missing: true };
    return { unreadable: e instanceof Error ? e.message : String(e) };
  }
}

function errorCode(e: unknown): unknown {
  return typeof e === "object" && e !== null && "code" in e ? e.code : undefined;
}
