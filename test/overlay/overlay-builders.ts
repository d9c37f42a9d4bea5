import type { Diagnostic } from "../../src/diagnostics.ts";
import { formatDiagnostic } from "../../src/diagnostics.ts";
import type { OverlayLayer } from "../../src/overlay/layer.ts";
import { normalizeOverlay } from "../../src/overlay/normalize.ts";
import { parseOverlay } from "../../src/overlay/parse.ts";
import type { ParsedOverlay } from "../../src/overlay/parse.ts";
import { validateOverlay } from "../../src/overlay/validate.ts";

/** Parses YAML that the test expects to be well formed. */
export function parsed(yaml: string, file = "bundle.yaml"): ParsedOverlay {
  const result = parseOverlay(yaml, file);
  if (result.value === undefined) throw new Error(formatAll(result.diagnostics));
  return result.value;
}

/** Every diagnostic parse, validate and normalize give for one file, in that order. */
export function checkOverlay(yaml: string, file = "bundle.yaml"): Diagnostic[] {
  const parse = parseOverlay(yaml, file);
  if (parse.value === undefined) return [...parse.diagnostics];
  const validation = validateOverlay(parse.value);
  if (validation.value === undefined) return [...parse.diagnostics, ...validation.diagnostics];
  return [...parse.diagnostics, ...normalizeOverlay(validation.value, parse.value).diagnostics];
}

/** The layer a valid overlay file normalizes to. */
export function layerOf(yaml: string, file = "bundle.yaml"): OverlayLayer {
  const source = parsed(yaml, file);
  const validation = validateOverlay(source);
  if (validation.value === undefined) throw new Error(formatAll(validation.diagnostics));
  const layer = normalizeOverlay(validation.value, source);
  if (layer.value === undefined) throw new Error(formatAll(layer.diagnostics));
  return layer.value;
}

/** `file:line:col: error CODE: message (at key)`, one per line, for compact assertions. */
export function formatAll(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map(formatDiagnostic).join("\n");
}
