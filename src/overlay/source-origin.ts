import type { SourceLocation } from "../diagnostics.ts";
import type { LoadedOverlay, OverlaySource } from "./types.ts";

/** The overlay line that names a bundle's image or container, and which of the two it is. */
export interface SourceOrigin {
  readonly key: OverlaySource["kind"];
  readonly location: SourceLocation;
}

/**
 * Where the overlay chain names the bundle's image or container: the bundle's own file, or the
 * base file of its `extends` chain that sets it. What the overlay does not set comes from there.
 */
export function sourceOrigin(overlay: LoadedOverlay): SourceOrigin | undefined {
  const key = overlay.settings.source.kind;
  const location = overlay.origins[key];
  return location === undefined ? undefined : { key, location };
}
