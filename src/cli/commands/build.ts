import { writeBundleFiles } from "../../bundle/write-bundle.ts";
import { compileBundle } from "../../compile.ts";
import { compileBundles } from "../../compile-bundles.ts";
import { materializeBundles } from "../../materialize-bundles.ts";
import type { Engine } from "../../resolve/engine.ts";
import { printMaterialized } from "../print-rootfs.ts";
import {
  allDiagnostics,
  diagnosticJson,
  exitCodes,
  problemExitCode,
  reportDiagnostics,
  reportUnavailable,
} from "../report.ts";
import { paint, type Terminal } from "../terminal.ts";

export interface BuildOptions {
  readonly json: boolean;
  /** Also materialize each bundle's rootfs/ (rbc rootfs) after writing its files. */
  readonly rootfs: boolean;
}

/** `rbc build`: compile every bundle and write the files that changed; failed bundles are untouched. */
export async function buildCommand(
  paths: readonly string[],
  options: BuildOptions,
  engine: Engine,
  terminal: Terminal,
): Promise<number> {
  const bundles = await compileBundles(paths, (dir) => compileBundle(dir, engine));
  const results = [];
  for (const bundle of bundles.compiled) {
    const changed = bundle.files ? await writeBundleFiles(bundle.dir, bundle.files) : [];
    const status = bundle.files ? (changed.length ? "changed" : "unchanged") : "invalid";
    results.push({
      name: bundle.name,
      dir: bundle.dir,
      status,
      changed,
      diagnostics: bundle.diagnostics,
    });
    if (!options.json && bundle.files) {
      const what = changed.length ? `wrote ${changed.join(", ")}` : "up to date";
      terminal.err(`${paint(terminal, "green", "✓")} ${bundle.dir}: ${what}\n`);
    }
  }
  reportDiagnostics(terminal, allDiagnostics(bundles));
  reportUnavailable(terminal, bundles);
  const materialized = options.rootfs
    ? await printMaterialized(terminal, materializeBundles(bundles.compiled, engine))
    : true;
  const exitCode =
    problemExitCode(bundles) ?? (materialized ? exitCodes.ok : exitCodes.environment);
  if (options.json) {
    const unavailable = bundles.unavailable.map((u) => ({
      dir: u.dir,
      status: "unavailable",
      error: u.error.message,
    }));
    const bundleJson = results.map((r) => ({
      ...r,
      diagnostics: r.diagnostics.map(diagnosticJson),
    }));
    const output = {
      command: "build",
      exitCode,
      bundles: [...bundleJson, ...unavailable],
      diagnostics: bundles.diagnostics.map(diagnosticJson),
    };
    terminal.out(`${JSON.stringify(output, null, 2)}\n`);
  } else {
    const built = results.filter((r) => r.status !== "invalid").length;
    const changed = results.filter((r) => r.status === "changed").length;
    terminal.err(`${built} bundle${built === 1 ? "" : "s"} built, ${changed} changed\n`);
  }
  return exitCode;
}
