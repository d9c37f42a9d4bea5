import type { CompiledBundles } from "../compile-bundles.ts";
import type { Diagnostic } from "../diagnostics.ts";
import { diagnosticJson } from "./report.ts";
import { failedOutcomes, outcomeSummary } from "./outcome-summary.ts";
import { note, paint, type Terminal } from "./terminal.ts";

/** One bundle's build outcome: the files it wrote, or why it was not written. */
export interface BuildResult {
  readonly name: string;
  readonly dir: string;
  readonly status: "changed" | "unchanged" | "invalid";
  readonly changed: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

/** `rbc build --json`: every bundle (unavailable ones last) and the path problems, on stdout. */
export function printBuildJson(
  terminal: Terminal,
  bundles: CompiledBundles,
  results: readonly BuildResult[],
  exitCode: number,
): void {
  const unavailable = bundles.unavailable.map((u) => ({
    dir: u.dir,
    status: "unavailable",
    error: u.error.message,
  }));
  const bundleJson = results.map((r) => ({ ...r, diagnostics: r.diagnostics.map(diagnosticJson) }));
  const output = {
    command: "build",
    exitCode,
    bundles: [...bundleJson, ...unavailable],
    diagnostics: bundles.diagnostics.map(diagnosticJson),
  };
  terminal.out(`${JSON.stringify(output, null, 2)}\n`);
}

/** The closing line on stderr: every bundle's outcome, failures included (--quiet: only then). */
export function printBuildSummary(
  terminal: Terminal,
  bundles: CompiledBundles,
  results: readonly BuildResult[],
): void {
  const count = (status: BuildResult["status"]) =>
    results.filter((r) => r.status === status).length;
  const failed = count("invalid") + bundles.unavailable.length;
  const summary = outcomeSummary("", [
    { label: "built", count: count("changed") },
    { label: "unchanged", count: count("unchanged") },
    ...failedOutcomes(count("invalid"), bundles.unavailable.length),
  ]);
  if (failed > 0) terminal.err(`${paint(terminal, "red", summary)}\n`);
  else note(terminal, `${summary}\n`);
}
