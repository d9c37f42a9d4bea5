import type { CompiledBundles } from "../compile-bundles.ts";
import type { Diagnostic } from "../diagnostics.ts";
import { diagnosticJson } from "./report.ts";
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

/** The closing line on stderr: how many bundles built and how many changed. */
export function printBuildSummary(terminal: Terminal, results: readonly BuildResult[]): void {
  const built = results.filter((r) => r.status !== "invalid").length;
  const changed = results.filter((r) => r.status === "changed").length;
  terminal.err(`${built} bundle${built === 1 ? "" : "s"} built, ${changed} changed\n`);
}
