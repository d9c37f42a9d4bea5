import type { Diagnostic, SourceLocation } from "../diagnostics.ts";
import type { LoadedOverlay } from "./types.ts";

/**
 * Gives a later stage's diagnostic the overlay location of its key, or of the nearest enclosing
 * key the overlay sets (`ports[1]` → `ports`); with none, the top of the bundle's own overlay.
 */
export function locateDiagnostic(d: Diagnostic, overlay: LoadedOverlay): Diagnostic {
  if (d.location !== undefined) return d;
  const location = d.key === undefined ? undefined : originOf(d.key, overlay);
  return { ...d, location: location ?? { file: overlay.file, line: 1, col: 1 } };
}

function originOf(key: string, overlay: LoadedOverlay): SourceLocation | undefined {
  let k = key;
  for (;;) {
    const found = overlay.origins[k];
    if (found !== undefined) return found;
    const cut = Math.max(k.lastIndexOf("."), k.lastIndexOf("["));
    if (cut <= 0) return undefined;
    k = k.slice(0, cut);
  }
}
