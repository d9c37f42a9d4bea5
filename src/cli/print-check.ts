import type { BundleCheck } from "../check-bundles.ts";
import type { CompiledBundles } from "../compile-bundles.ts";
import type { SourceLocation } from "../diagnostics.ts";
import { printDrift } from "./print-drift.ts";
import {
  allDiagnostics,
  diagnosticJson,
  printClosingLine,
  reportDiagnostics,
  reportUnavailable,
  unavailableJson,
} from "./report.ts";
import { failedOutcomes, outcomeSummary } from "./outcome-summary.ts";
import { commandsOnStderr, githubAnnotation, paint, type Terminal } from "./terminal.ts";

/** Report a check: reasons and diffs on stdout (or JSON), diagnostics and a summary on stderr. */
export function printCheckResults(
  terminal: Terminal,
  bundles: CompiledBundles,
  results: readonly BundleCheck[],
  options: { readonly json: boolean; readonly exitCode: number },
): void {
  const log = options.json ? commandsOnStderr(terminal) : terminal;
  for (const result of results) {
    if (!options.json) {
      for (const reason of result.reasons) {
        terminal.out(`${paint(terminal, "bold", `${result.dir}: ${reason.message}`)}\n`);
      }
      printDrift(terminal, result.dir, result.drift);
    }
    if (terminal.githubActions) annotate(log, result);
  }
  reportDiagnostics(log, allDiagnostics(bundles));
  reportUnavailable(log, bundles);
  if (options.json) {
    const unavailable = bundles.unavailable.map(unavailableJson);
    const output = {
      command: "check",
      exitCode: options.exitCode,
      bundles: [...results, ...unavailable],
      diagnostics: allDiagnostics(bundles).map(diagnosticJson),
    };
    terminal.out(`${JSON.stringify(output, null, 2)}\n`);
    return;
  }
  const summary = checkSummaryLine(bundles, results);
  const drifted = results.filter((r) => r.status === "drift");
  const failed = results.some((r) => r.status !== "ok") || bundles.unavailable.length > 0;
  printClosingLine(terminal, summary, failed);
  if (drifted.length) {
    const dirs = drifted.map((r) => r.dir).join(" ");
    terminal.err(`fix: rbc build ${dirs} && git add ${dirs}\n`);
  }
}

/** The closing line of a check, which counts every outcome: `3 bundles checked: 2 up to date, 1 drifted`. */
export function checkSummaryLine(
  bundles: CompiledBundles,
  results: readonly BundleCheck[],
): string {
  const count = (status: BundleCheck["status"]) =>
    results.filter((r) => r.status === status).length;
  return outcomeSummary("checked", [
    { label: "up to date", count: count("ok") },
    { label: "drifted", count: count("drift") },
    ...failedOutcomes(count("invalid"), bundles.unavailable.length),
  ]);
}

/** Reasons that put the change in the overlay chain, not in the image or container. */
const overlayReasons = new Set([
  "not-built",
  "overlay-changed",
  "target-changed",
  "identity-changed",
]);

/**
 * Annotations for a drifted bundle, one per overlay line (GitHub caps annotations per step). When
 * the overlay did not change, its files changed upstream: they are annotated at the line naming
 * the image or container (in the base file that sets it). Otherwise a file is annotated at the
 * overlay key behind its change, or at that line when no key explains it.
 */
function annotate(terminal: Terminal, result: BundleCheck): void {
  if (result.status !== "drift") return;
  const reasons = result.reasons.map((r) => r.message).join("; ");
  const why = reasons === "" ? "" : ` (${reasons})`;
  const fix = `run rbc build ${result.dir} and commit the result`;
  const source = result.source?.location ?? { file: result.overlayFile, line: 1, col: 1 };
  const upstream = !result.reasons.some((r) => overlayReasons.has(r.kind));
  const lines = new Map<string, { where: SourceLocation; paths: string[] }>();
  for (const d of result.drift) {
    // With the overlay unchanged (its lock's inputs still compile to the committed files), even a
    // field an overlay key feeds changed because the image or container did.
    const where = upstream ? source : (d.causes[0]?.location ?? source);
    const key = `${where.file}:${String(where.line)}:${String(where.col)}`;
    const line = lines.get(key) ?? { where, paths: [] };
    line.paths.push(d.path);
    lines.set(key, line);
  }
  if (lines.size === 0) lines.set("", { where: source, paths: [result.dir] });
  const title = upstream ? "rbc check: drift (upstream)" : "rbc check: drift";
  for (const { where, paths } of lines.values()) {
    const files = paths.join(", ");
    const message = upstream
      ? `${files} changed upstream, not in the overlay${why}; ${fix}`
      : `${files} ${paths.length > 1 ? "are" : "is"} out of date with ${result.overlayFile}${why}; ${fix}`;
    terminal.out(githubAnnotation("error", message, { ...where, title }));
  }
}
