import type { BundleCheck } from "../check-bundles.ts";
import type { CompiledBundles } from "../compile-bundles.ts";
import { printDrift } from "./print-drift.ts";
import { allDiagnostics, diagnosticJson, reportDiagnostics, reportUnavailable } from "./report.ts";
import { failedOutcomes, outcomeSummary } from "./outcome-summary.ts";
import { githubAnnotation, note, paint, type Terminal } from "./terminal.ts";

/** Report a check: reasons and diffs on stdout (or JSON), diagnostics and a summary on stderr. */
export function printCheckResults(
  terminal: Terminal,
  bundles: CompiledBundles,
  results: readonly BundleCheck[],
  options: { readonly json: boolean; readonly exitCode: number },
): void {
  for (const result of results) {
    if (!options.json) {
      for (const reason of result.reasons) {
        terminal.out(`${paint(terminal, "bold", `${result.dir}: ${reason.message}`)}\n`);
      }
      printDrift(terminal, result.drift);
    }
    if (terminal.githubActions) annotate(terminal, result);
  }
  reportDiagnostics(terminal, allDiagnostics(bundles));
  reportUnavailable(terminal, bundles);
  if (options.json) {
    const unavailable = bundles.unavailable.map((u) => ({
      dir: u.dir,
      status: "unavailable",
      error: u.error.message,
    }));
    const output = {
      command: "check",
      exitCode: options.exitCode,
      bundles: [...results, ...unavailable],
      diagnostics: allDiagnostics(bundles).map(diagnosticJson),
    };
    terminal.out(`${JSON.stringify(output, null, 2)}\n`);
    return;
  }
  const drifted = results.filter((r) => r.status === "drift");
  const invalid = results.filter((r) => r.status === "invalid").length;
  const summary = outcomeSummary("checked", [
    { label: "up to date", count: results.filter((r) => r.status === "ok").length },
    { label: "drifted", count: drifted.length },
    ...failedOutcomes(invalid, bundles.unavailable.length),
  ]);
  const failed = drifted.length + invalid + bundles.unavailable.length;
  if (failed > 0) terminal.err(`${paint(terminal, "red", summary)}\n`);
  else note(terminal, `${summary}\n`);
  if (drifted.length) {
    const dirs = drifted.map((r) => r.dir).join(" ");
    terminal.err(`fix: rbc build ${dirs} && git add ${dirs}\n`);
  }
}

/** One annotation per drifted file, at the overlay line behind it (GitHub caps annotations per step). */
function annotate(terminal: Terminal, result: BundleCheck): void {
  const reasons = result.reasons.map((r) => r.message).join("; ");
  for (const d of result.drift) {
    const where = d.causes[0]?.location ?? { file: result.overlayFile, line: 1, col: 1 };
    const why = reasons === "" ? "" : ` (${reasons})`;
    const message = `${d.path} is out of date with ${result.overlayFile}${why}; run rbc build ${result.dir} and commit the result`;
    terminal.out(githubAnnotation("error", message, { ...where, title: "rbc check: drift" }));
  }
}
