import { isAbsolute, relative } from "node:path";

/** Why a bundle is rebuilt: a file it read changed, or an engine event about what it references. */
export type Trigger =
  | { readonly kind: "file"; readonly path: string }
  | { readonly kind: "engine"; readonly dir: string; readonly label: string };

/**
 * How a log line names what set off a rebuild:
 * `changed: bundles/web/bundle.yaml; engine: image rbc.local/app:1 tag`.
 */
export function describeTriggers(triggers: readonly Trigger[]): string {
  const files = triggers.flatMap((t) => (t.kind === "file" ? [shortPath(t.path)] : []));
  const engine = triggers.flatMap((t) => (t.kind === "engine" ? [t.label] : []));
  return [...(files.length > 0 ? [`changed: ${files.join(", ")}`] : []), ...engine].join("; ");
}

/** A path relative to the working directory when it lies below it. */
function shortPath(path: string): string {
  const shown = relative(process.cwd(), path);
  return shown.startsWith("..") || isAbsolute(shown) ? path : shown;
}
