import { isClean, verifyBundles } from "../../verify-bundles.ts";
import { printVerification } from "../print-verify.ts";
import { exitCodes, reportDiagnostics } from "../report.ts";
import { trackOf, type Terminal } from "../terminal.ts";

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
  reportDiagnostics(terminal, diagnostics);
  if (results === undefined) return exitCodes.invalidInput;
  if (options.json)
    terminal.out(`${JSON.stringify({ command: "verify", bundles: results }, null, 2)}\n`);
  else for (const result of results) printVerification(terminal, result);
  return results.every(isClean) ? exitCodes.ok : exitCodes.drift;
}
