/**
 * Markdown for the GitHub Actions step summary (GITHUB_STEP_SUMMARY), written so that no text rbc
 * quotes (a path, an engine's message, a diff of committed files) can break out of its place: cells
 * and summaries are escaped, and a diff's fence is longer than any run of backticks inside it.
 * GitHub refuses a step's summary over 1 MiB, so diffs are cut to a budget, with a note.
 */
import type { CompiledBundles } from "../compile-bundles.ts";
import { formatDiagnostic } from "../diagnostics.ts";

/** One row of the bundle table. */
export interface SummaryRow {
  readonly dir: string;
  readonly status: string;
  readonly details: readonly string[];
}

/** The table's rows: the command's own, and one per unavailable bundle, in directory order. */
export function bundleRows(own: readonly SummaryRow[], bundles: CompiledBundles): SummaryRow[] {
  const unavailable = bundles.unavailable.map((u) => ({
    dir: u.dir,
    status: "❌ unavailable",
    details: [u.error.message],
  }));
  return [...own, ...unavailable].sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0));
}

/** The problems with the command's paths themselves, as a Markdown list. */
export function pathProblems(bundles: CompiledBundles): string[] {
  return bundles.diagnostics.map((d) => `- ${cell(formatDiagnostic(d))}`);
}

/** One file's diff, shown collapsed under the table. */
export interface SummaryDiff {
  readonly title: string;
  readonly diff: string;
}

/** How much of the diffs a summary shows: per diff, and for all of them together. */
export interface DiffBudget {
  readonly lines: number;
  readonly bytes: number;
  readonly totalBytes: number;
}

/** A tenth of GitHub's per-step limit for one diff, and half of it for all of them. */
const defaultDiffBudget: DiffBudget = {
  lines: 500,
  bytes: 100 * 1024,
  totalBytes: 512 * 1024,
};

/** `## heading`, the closing line, then the table of bundles (one per row, details joined). */
export function summaryTable(heading: string, line: string, rows: readonly SummaryRow[]): string {
  const table = rows.map(
    (row) => `| ${cell(row.dir)} | ${cell(row.status)} | ${row.details.map(cell).join("<br>")} |`,
  );
  return [
    `## ${cell(heading)}`,
    "",
    `**${cell(line)}**`,
    "",
    ...(rows.length === 0
      ? []
      : ["| Bundle | Status | Details |", "| --- | --- | --- |", ...table]),
    "",
  ].join("\n");
}

/** Each diff in a collapsed `<details>` section, within the budget; the rest are counted. */
export function collapsedDiffs(
  diffs: readonly SummaryDiff[],
  budget: DiffBudget = defaultDiffBudget,
): string {
  let left = budget.totalBytes;
  const sections: string[] = [];
  for (const [index, { title, diff }] of diffs.entries()) {
    if (left <= 0) {
      const rest = diffs.length - index;
      sections.push(
        `${String(rest)} more diff${rest === 1 ? "" : "s"} not shown here; the log has them`,
        "",
      );
      break;
    }
    const shown = cutDiff(diff, { lines: budget.lines, bytes: Math.min(budget.bytes, left) });
    // A diff cut for the total budget leaves none for the next ones.
    left = shown.cut !== "" && left <= budget.bytes ? 0 : left - Buffer.byteLength(shown.text);
    sections.push(`<details><summary>${html(title)}</summary>`, "");
    if (shown.text !== "") sections.push(...fenced(shown.text));
    if (shown.cut !== "") sections.push(shown.cut, "");
    sections.push("</details>", "");
  }
  return sections.join("\n");
}

/** A diff in a fence longer than any run of backticks in it, so no line of it can close it. */
function fenced(text: string): string[] {
  const fence = "`".repeat(Math.max(3, longestBacktickRun(text) + 1));
  return [`${fence}diff`, text.endsWith("\n") ? text.slice(0, -1) : text, fence, ""];
}

/** Text as a table cell or a line of Markdown: inline syntax escaped, on one line. */
export function cell(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~&#!]/g, (c) => `\\${c}`)
    .replace(/\r?\n/g, " ")
    .trim();
}

/** Text as HTML element content (a `<summary>`). */
export function html(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replace(/\r?\n/g, " ");
}

/** Whole lines of a diff, up to the budget; a note of what was cut. */
function cutDiff(
  diff: string,
  budget: { lines: number; bytes: number },
): { text: string; cut: string } {
  const lines = diff.split(/(?<=\n)/);
  let bytes = 0;
  let kept = 0;
  for (const line of lines) {
    const size = Buffer.byteLength(line);
    if (kept === budget.lines || bytes + size > budget.bytes) break;
    bytes += size;
    kept += 1;
  }
  if (kept === lines.length) return { text: diff, cut: "" };
  const more = lines.length - kept;
  const moreBytes = Buffer.byteLength(diff) - bytes;
  const cut = `… ${String(more)} more line${more === 1 ? "" : "s"} (${String(moreBytes)} bytes) cut here; the log has the whole diff`;
  return { text: lines.slice(0, kept).join(""), cut: cell(cut) };
}

function longestBacktickRun(text: string): number {
  return Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
}
