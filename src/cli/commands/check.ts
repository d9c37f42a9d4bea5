import { readBundleFiles } from "../../bundle/read-bundle.ts";
import { explainDrift, type FileDrift } from "../../bundle/explain-drift.ts";
import type { Engine } from "../../resolve/engine.ts";
import { compileBundles } from "../compile-bundles.ts";
import {
  allDiagnostics,
  diagnosticJson,
  exitCodes,
  problemExitCode,
  reportDiagnostics,
  reportUnavailable,
} from "../report.ts";
import { githubAnnotation, paint, type Terminal } from "../terminal.ts";
import { printDrift } from "../print-drift.ts";

export interface CheckOptions {
  readonly json: boolean;
}

/** `rbc check`: recompile in memory and compare with the committed files; writes nothing. */
export async function checkCommand(
  paths: readonly string[],
  options: CheckOptions,
  engine: Engine,
  terminal: Terminal,
): Promise<number> {
  const bundles = await compileBundles(paths, engine);
  const results: { name: string; dir: string; status: string; drift: FileDrift[] }[] = [];
  for (const bundle of bundles.compiled) {
    if (bundle.files === undefined || bundle.overlay === undefined) {
      results.push({ name: bundle.name, dir: bundle.dir, status: "invalid", drift: [] });
      continue;
    }
    const drift = explainDrift(
      bundle.dir,
      await readBundleFiles(bundle.dir),
      bundle.files,
      bundle.overlay,
    );
    results.push({
      name: bundle.name,
      dir: bundle.dir,
      status: drift.length ? "drift" : "ok",
      drift,
    });
    if (!options.json) printDrift(terminal, drift);
    if (terminal.githubActions) {
      for (const d of drift) {
        const where = d.causes[0]?.location ?? { file: bundle.overlayFile, line: 1, col: 1 };
        const message = `${d.path} is out of date with ${bundle.overlayFile}; run rbc build ${bundle.dir} and commit the result`;
        terminal.out(githubAnnotation("error", message, { ...where, title: "rbc check: drift" }));
      }
    }
  }
  reportDiagnostics(terminal, allDiagnostics(bundles));
  reportUnavailable(terminal, bundles);
  const drifted = results.filter((r) => r.status === "drift");
  const exitCode = problemExitCode(bundles) ?? (drifted.length ? exitCodes.drift : exitCodes.ok);
  if (options.json) {
    const output = {
      command: "check",
      exitCode,
      bundles: [
        ...results,
        ...bundles.unavailable.map((u) => ({
          dir: u.dir,
          status: "unavailable",
          error: u.error.message,
        })),
      ],
      diagnostics: allDiagnostics(bundles).map(diagnosticJson),
    };
    terminal.out(`${JSON.stringify(output, null, 2)}\n`);
    return exitCode;
  }
  const checked = results.length;
  const summary = `${checked} bundle${checked === 1 ? "" : "s"} checked, ${drifted.length} drifted`;
  terminal.err(`${drifted.length ? paint(terminal, "red", summary) : summary}\n`);
  if (drifted.length) {
    terminal.err(
      `fix: rbc build ${drifted.map((r) => r.dir).join(" ")} && git add ${drifted.map((r) => r.dir).join(" ")}\n`,
    );
  }
  return exitCode;
}
