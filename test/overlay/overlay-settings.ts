import { mergeOverlays } from "../../src/overlay/merge.ts";
import type { OverlaySettings } from "../../src/overlay/types.ts";
import { checkOverlay, formatAll, layerOf } from "./overlay-builders.ts";

export const file = "bundles/web/bundle.yaml";

/** The settings one file (with `image: a` added) normalizes and merges to, without the source. */
export function settingsOf(yaml: string): Omit<OverlaySettings, "source"> {
  const result = mergeOverlays([layerOf(`image: a\n${yaml}`, file)]);
  if (result.value === undefined) throw new Error(formatAll(result.diagnostics));
  return Object.fromEntries(
    Object.entries(result.value.settings).filter(([key]) => key !== "source"),
  );
}

/** Every diagnostic for one file, as `file:line:col: ...` lines; `image: a` is line 1. */
export function problemsOf(yaml: string): string {
  return formatAll(checkOverlay(`image: a\n${yaml}`, file));
}
