import { findBundleDir } from "../find-bundle-dirs.ts";
import { readRunBundle, type RunBundle } from "../run/index.ts";
import { exitCodes, reportDiagnostics } from "./report.ts";
import { paint, type Terminal } from "./terminal.ts";

/** A `<bundle>` argument found and read: the directory messages name it by, and its bundle. */
export interface OpenedRunBundle {
  readonly path: string;
  readonly bundle: RunBundle;
}

/**
 * The compiled bundle a `<bundle>` argument names (a directory, its `bundle.yaml` or a bare
 * name, find-bundle-dirs.ts), or the exit code once the problem is printed: no such bundle
 * (saying what was looked for), or a bundle not yet built. Both are invalid input (exit 2).
 */
export async function openRunBundle(
  given: string,
  terminal: Terminal,
): Promise<OpenedRunBundle | number> {
  const found = await findBundleDir(given);
  if (found.value === undefined) {
    reportDiagnostics(terminal, found.diagnostics);
    return exitCodes.invalidInput;
  }
  const path = found.value;
  const bundle = await readRunBundle(path);
  if (bundle === undefined) {
    const message = `${path}: error: not built: no config.json (run rbc build ${path})`;
    terminal.err(`${paint(terminal, "red", message)}\n`);
    return exitCodes.invalidInput;
  }
  return { path, bundle };
}
