import { resolve } from "node:path";
import { error, type Diagnostic, type Result } from "../diagnostics.ts";
import { OVERLAY_FILE_MAX_BYTES, readBoundedText } from "../overlay/index.ts";
import type { FileReference, ReferencedFiles } from "./security-opts.ts";

/**
 * Reads the files an overlay names, each relative to the bundle directory (absolute paths as
 * they are), keyed by the path as written. A file that cannot be read, is not a regular file (a
 * fifo, a device, a directory) or is over OVERLAY_FILE_MAX_BYTES is a RES403 diagnostic at the
 * key that names it, and no files come back.
 */
export async function readReferencedFiles(
  bundleDir: string,
  references: readonly FileReference[],
): Promise<Result<ReferencedFiles>> {
  const files = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  for (const { key, path } of references) {
    if (files.has(path)) continue;
    try {
      const read = await readBoundedText(resolve(bundleDir, path), OVERLAY_FILE_MAX_BYTES);
      if ("text" in read) files.set(path, read.text);
      else diagnostics.push(error("RES403", `cannot read "${path}" (${read.refused})`, { key }));
    } catch (cause) {
      const reason = (cause as { code?: string }).code ?? String(cause);
      diagnostics.push(error("RES403", `cannot read "${path}" (${reason})`, { key }));
    }
  }
  return { value: diagnostics.length > 0 ? undefined : files, diagnostics };
}
