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
import { originLocation } from "../provenance/index.ts";

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
 * Annotations for a drifted bundle, one per line of the inputs behind it (GitHub caps annotations
 * per step), from the provenance of each changed field: the overlay key or patch (in the base file
 * that sets it), the line naming the image or container for their changes, the `target` line for
 * a target's defaults. When the overlay did not change, every change came from upstream: it is
 * annotated at the line naming the image or container. A field the overlay no longer sets is
 * annotated at the overlay file; a change no line explains, at the source line.
 */
function annotate(terminal: Terminal, result: BundleCheck): void {
  if (result.status !== "drift") return;
  const reasons = result.reasons.map((r) => r.message).join("; ");
  const why = reasons === "" ? "" : ` (${reasons})`;
  const fix = `run rbc build ${result.dir} and commit the result`;
  const source = result.source?.location ?? { file: result.overlayFile, line: 1, col: 1 };
  const upstream = !result.reasons.some((r) => overlayReasons.has(r.kind));
  const lines = annotationLines(result, source, upstream);
  const title = upstream ? "rbc check: drift (upstream)" : "rbc check: drift";
  for (const { where, what } of lines.values()) {
    const shown = what.length > 4 ? [...what.slice(0, 4), `… and ${what.length - 4} more`] : what;
    const changes = shown.join("; ");
    const message = upstream
      ? `${changes} changed upstream, not in the overlay${why}; ${fix}`
      : `${changes} ${what.length > 1 ? "are" : "is"} out of date with ${result.overlayFile}${why}; ${fix}`;
    terminal.out(githubAnnotation("error", message, { ...where, title }));
  }
}

/** A file changed upstream, with the inputs of its changed fields: `config.json (image config Env[1] (app:2))`. */
function upstreamFile(drift: BundleCheck["drift"][number]): string {
  const inputs = [...new Set(drift.sources.map((s) => s.description))];
  if (inputs.length === 0) return drift.path;
  const shown = inputs.slice(0, 3).join(", ");
  return `${drift.path} (${shown}${inputs.length > 3 ? ", …" : ""})`;
}

/** The lines to annotate, each with what changed because of it. */
function annotationLines(
  result: BundleCheck,
  source: SourceLocation,
  upstream: boolean,
): Map<string, { where: SourceLocation; what: string[] }> {
  const lines = new Map<string, { where: SourceLocation; what: string[] }>();
  const add = (where: SourceLocation, what: string): void => {
    const key = `${where.file}:${String(where.line)}:${String(where.col)}`;
    const line = lines.get(key) ?? { where, what: [] };
    if (!line.what.includes(what)) line.what.push(what);
    lines.set(key, line);
  };
  const retargeted = result.reasons.some((r) => r.kind === "target-changed");
  const overlayFile = { file: result.overlayFile, line: 1, col: 1 };
  for (const d of result.drift) {
    if (upstream) {
      add(source, upstreamFile(d));
      continue;
    }
    if (d.sources.length === 0) add(result.target ?? source, d.path);
    for (const s of d.sources) {
      const fields = `${d.path} ${s.pointers.slice(0, 4).join(", ")}${s.pointers.length > 4 ? ", …" : ""}`;
      if (s.removed === true) add(overlayFile, `${fields} no longer set by the overlay`);
      else if (retargeted && s.origin.kind === "engine-default") {
        add(result.target ?? source, `${fields} (${s.description})`);
      } else add(originLocation(s.origin) ?? source, `${fields} (${s.description})`);
    }
  }
  if (lines.size === 0) add(result.target ?? source, result.dir);
  return lines;
}
