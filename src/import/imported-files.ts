import {
  overlayDocument,
  type OverlayDraft,
  type OverlayEntry as DraftEntry,
} from "../init/index.ts";
import type { ComposeImport } from "./import-compose.ts";
import type { ImportNote, OverlayEntry } from "./types.ts";

/** A file `rbc import` writes, relative to the output directory (`web/bundle.yaml`). */
export interface ImportedFile {
  readonly path: string;
  readonly text: string;
}

/** Where base overlays go, beside the bundle directories: `bundles/_base/shared.yaml`. */
export const baseDirectory = "_base";

/**
 * The overlay files of an import: each service's `<name>/bundle.yaml`, extending the bases it
 * shares settings through (`_base/<name>.yaml`). A note about a key the file sets is written
 * above it; a note about a key it does not carry over is at the end of the file. `schema` is the
 * path of schemas/bundle.schema.json from the output directory's subdirectories.
 */
export function importedFiles(
  imported: ComposeImport,
  composeFile: string,
  schema: string,
): ImportedFile[] {
  const bases = imported.bases.map((base) => ({
    path: `${baseDirectory}/${base.name}.yaml`,
    text: overlayDocument({
      schema,
      header: [`Settings shared by ${base.services.join(", ")} in ${composeFile} (rbc import).`],
      entries: base.entries.map((e) => draftEntry(e, [])),
    }),
  }));
  const bundles = imported.services.map((service) => {
    const own = new Set(service.entries.map((e) => e.key));
    const extended = service.extends.map((name) => `../${baseDirectory}/${name}.yaml`);
    const extendsEntry: OverlayEntry[] =
      extended.length === 0
        ? []
        : [{ key: "extends", value: extended.length === 1 ? extended[0] : extended, from: [] }];
    const draft: OverlayDraft = {
      schema,
      header: [`Service ${service.name} of ${composeFile} (rbc import).`],
      entries: [...extendsEntry, ...service.entries].map((e) =>
        draftEntry(
          e,
          service.notes.filter((n) => topKey(n) === e.key),
        ),
      ),
      notes: service.notes.filter((n) => !own.has(topKey(n))).map(noteLine),
    };
    return { path: `${service.name}/bundle.yaml`, text: overlayDocument(draft) };
  });
  return [...bases, ...bundles];
}

function draftEntry(entry: OverlayEntry, notes: readonly ImportNote[]): DraftEntry {
  // The values passed the overlay schema (service-overlay.ts), which the draft's types mirror.
  return {
    key: entry.key,
    value: entry.value,
    ...(entry.comment === undefined ? {} : { comment: entry.comment }),
    ...(notes.length === 0 ? {} : { note: notes.map(noteLine) }),
  } as DraftEntry;
}

/** `environment.FOO` → `environment`, `volumes[1]` → `volumes`. */
function topKey(note: ImportNote): string {
  return /^[^.[]*/.exec(note.key)?.[0] ?? note.key;
}

function noteLine(note: ImportNote): string {
  const line = note.location === undefined ? "" : ` (line ${note.location.line})`;
  return `${note.key}${line}: ${note.message}`;
}
