import { formatDiagnostic, hasErrors, type Diagnostic } from "../diagnostics.ts";
import type { BundleUnavailable, CompiledBundles } from "../compile-bundles.ts";
import { githubAnnotation, note, paint, type Terminal } from "./terminal.ts";

/** Exit codes, as documented in the README and `rbc --help`. */
export const exitCodes = {
  ok: 0,
  drift: 1,
  invalidInput: 2,
  environment: 3,
  runtime: 4,
  internal: 70,
} as const;

/** Print every diagnostic to stderr (and as an annotation under GitHub Actions). */
export function reportDiagnostics(terminal: Terminal, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) {
    const line = formatDiagnostic(d);
    terminal.err(`${paint(terminal, d.severity === "error" ? "red" : "yellow", line)}\n`);
    if (terminal.githubActions && d.location) {
      terminal.out(
        githubAnnotation(d.severity, `${d.code}: ${d.message}`, {
          file: d.location.file,
          line: d.location.line,
          col: d.location.col,
          title: `rbc ${d.code}`,
        }),
      );
    }
  }
}

/**
 * Report bundles whose image or container is missing, or that the engine failed; annotated at the
 * overlay line naming the image or container.
 */
export function reportUnavailable(terminal: Terminal, bundles: CompiledBundles): void {
  for (const u of bundles.unavailable) {
    terminal.err(`${paint(terminal, "red", `${u.overlayFile}: error: ${u.error.message}`)}\n`);
    if (terminal.githubActions) {
      const where = u.source?.location ?? { file: u.overlayFile, line: 1 };
      terminal.out(githubAnnotation("error", u.error.message, { ...where, title: "rbc" }));
    }
  }
}

/** All diagnostics of a run: path problems first, then each bundle's in bundle order. */
export function allDiagnostics(bundles: CompiledBundles): Diagnostic[] {
  return [...bundles.diagnostics, ...bundles.compiled.flatMap((b) => b.diagnostics)];
}

/** The exit code for problems other than drift: environment outranks invalid input. */
export function problemExitCode(bundles: CompiledBundles): number | undefined {
  if (bundles.unavailable.length > 0) return exitCodes.environment;
  if (hasErrors(allDiagnostics(bundles))) return exitCodes.invalidInput;
  return undefined;
}

/** A bundle whose image or container is missing, or that the engine failed, for `--json`. */
export function unavailableJson(u: BundleUnavailable): Record<string, unknown> {
  return {
    dir: u.dir,
    status: "unavailable",
    error: u.error.message,
    code: u.error.code,
    ...(u.source && { source: u.source }),
  };
}

/** Diagnostics as plain JSON for `--json`. */
export function diagnosticJson(d: Diagnostic): Record<string, unknown> {
  return {
    code: d.code,
    severity: d.severity,
    message: d.message,
    ...(d.key === undefined ? {} : { key: d.key }),
    ...(d.location === undefined
      ? {}
      : { file: d.location.file, line: d.location.line, col: d.location.col }),
  };
}

/**
 * A run's closing line on stderr: in red when a bundle failed or drifted, which --quiet still
 * prints; a clean run's is a note, which --quiet leaves out.
 */
export function printClosingLine(terminal: Terminal, line: string, failed: boolean): void {
  if (failed) terminal.err(`${paint(terminal, "red", line)}\n`);
  else note(terminal, `${line}\n`);
}
