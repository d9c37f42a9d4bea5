/**
 * `rbc import` (pure): a Compose file's services as bundle overlays, with a note for each setting
 * that does not carry over as written, and the settings services share as base overlays.
 */
export { importCompose, type ComposeImport, type ComposeInput } from "./import-compose.ts";
export { baseDirectory, importedFiles, type ImportedFile } from "./imported-files.ts";
export type { ImportNote, ServiceImport } from "./types.ts";
