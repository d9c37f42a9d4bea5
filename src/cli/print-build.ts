import type { CompiledBundles } from "../compile-bundles.ts";
import { formatDiagnostic, type Diagnostic } from "../diagnostics.ts";
import { diagnosticJson, printClosingLine, unavailableJson } from "./report.ts";
import { failedOutcomes, outcomeSummary } from "./outcome-summary.ts";
import { bundleRows, pathProblems, summaryTable } from "./step-summary.ts";
import type { Terminal } from "./terminal.ts";

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
  const unavailable = bundles.unavailable.map(unavailableJson);
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
  const summary = buildSummaryLine(bundles, results);
  const failed = results.some((r) => r.status === "invalid") || bundles.unavailable.length > 0;
  printClosingLine(terminal, summary, failed);
}

/** `5 bundles: 3 built, 1 unchanged, 1 failed (exit 2)`. */
function buildSummaryLine(bundles: CompiledBundles, results: readonly BuildResult[]): string {
  const count = (status: BuildResult["status"]) =>
    results.filter((r) => r.status === status).length;
  return outcomeSummary("", [
    { label: "built", count: count("changed") },
    { label: "unchanged", count: count("unchanged") },
    ...failedOutcomes(count("invalid"), bundles.unavailable.length),
  ]);
}

/** `rbc build`'s step summary: the closing line and a table of every bundle's outcome. */
export function buildStepSummary(
  bundles: CompiledBundles,
  results: readonly BuildResult[],
): string {
  const rows = bundleRows(
    results.map((r) => ({ dir: r.dir, ...buildOutcome(r) })),
    bundles,
  );
  const problems = pathProblems(bundles);
  const line = buildSummaryLine(bundles, results);
  return [summaryTable("rbc build", line, rows), ...problems, ""].join("\n");
}

function buildOutcome(result: BuildResult): { status: string; details: string[] } {
  if (result.status === "changed") {
    return { status: "✅ built", details: [`wrote ${result.changed.join(", ")}`] };
  }
  if (result.status === "unchanged") return { status: "✅ unchanged", details: [] };
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  return { status: "❌ invalid", details: errors.map(formatDiagnostic) };
}
