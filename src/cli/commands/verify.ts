import { isClean, verifyBundles } from "../../verify-bundles.ts";
import { printVerification } from "../print-verify.ts";
import { diagnosticJson, exitCodes, reportDiagnostics } from "../report.ts";
import { commandsOnStderr, trackOf, type Terminal } from "../terminal.ts";

export interface VerifyOptions {
  readonly json: boolean;
  /** Compare only what lstat tells (types, modes, owners, sizes, links, paths): no file is read. */
  readonly stat: boolean;
}

/**
 * `rbc verify`: check each bundle's materialized `rootfs/` against its committed `rootfs.mtree`;
 * list modified, missing and extra paths and exit 1 on any. Needs no engine.
 */
export async function verifyCommand(
  paths: readonly string[],
  options: VerifyOptions,
  terminal: Terminal,
): Promise<number> {
  const level = options.stat ? "stat" : "full";
  const { results, diagnostics } = await verifyBundles(paths, level, trackOf(terminal));
  reportDiagnostics(options.json ? commandsOnStderr(terminal) : terminal, diagnostics);
  const exitCode =
    results === undefined
      ? exitCodes.invalidInput
      : results.every(isClean)
        ? exitCodes.ok
        : exitCodes.drift;
  if (options.json) {
    const output = {
      command: "verify",
      exitCode,
      bundles: results ?? [],
      diagnostics: diagnostics.map(diagnosticJson),
    };
    terminal.out(`${JSON.stringify(output, null, 2)}\n`);
  } else for (const result of results ?? []) printVerification(terminal, result);
  return exitCode;
}
