import type { BundleCheck } from "../check-bundles.ts";
import type { CompiledBundles } from "../compile-bundles.ts";
import { formatDiagnostic } from "../diagnostics.ts";
import {
  bundleRows,
  collapsedDiffs,
  pathProblems,
  html,
  summaryTable,
  type DiffBudget,
  type SummaryRow,
} from "./step-summary.ts";

/**
 * `rbc check`'s step summary: the closing line, a table of every bundle (its status, and why it
 * drifted or failed), each drifted file's diff collapsed, and the command that fixes the drift.
 * The diffs are of committed files and what would be committed in their place, whose run-time
 * values (`${VAR}`, env files) are placeholders, so they hold no secret the log does not.
 */
export function checkStepSummary(
  bundles: CompiledBundles,
  results: readonly BundleCheck[],
  line: string,
  budget?: DiffBudget,
): string {
  const rows = bundleRows(
    results.map((result) => checkRow(result, bundles)),
    bundles,
  );
  const problems = pathProblems(bundles);
  const drifted = results.filter((r) => r.status === "drift");
  const diffs = drifted.flatMap((r) =>
    r.drift.map((d) => ({
      title: `${d.path} ${d.state === "missing" ? "is missing" : "drifted"}`,
      diff: d.diff,
    })),
  );
  const dirs = drifted.map((r) => r.dir).join(" ");
  return [
    summaryTable("rbc check", line, rows),
    ...(problems.length === 0 ? [] : [...problems, ""]),
    collapsedDiffs(diffs, budget),
    ...(dirs === ""
      ? []
      : [`Fix: <code>${html(`rbc build ${dirs} && git add ${dirs}`)}</code>`, ""]),
  ].join("\n");
}

function checkRow(result: BundleCheck, bundles: CompiledBundles): SummaryRow {
  if (result.status === "ok") return { dir: result.dir, status: "✅ up to date", details: [] };
  if (result.status === "invalid") {
    const compiled = bundles.compiled.find((b) => b.dir === result.dir);
    const errors = (compiled?.diagnostics ?? []).filter((d) => d.severity === "error");
    return { dir: result.dir, status: "❌ invalid", details: errors.map(formatDiagnostic) };
  }
  const reasons = result.reasons.map((r) => r.message);
  const files = result.drift.map((d) => `${d.path} drifted`);
  return { dir: result.dir, status: "❌ drifted", details: reasons.length ? reasons : files };
}
