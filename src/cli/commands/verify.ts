import { isClean, verifyBundles, type RootfsVerification } from "../../verify-bundles.ts";
import { exitCodes, reportDiagnostics } from "../report.ts";
import { paint, type Terminal } from "../terminal.ts";

export interface VerifyOptions {
  readonly json: boolean;
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
  const { results, diagnostics } = await verifyBundles(paths);
  reportDiagnostics(terminal, diagnostics);
  if (results === undefined) return exitCodes.invalidInput;
  if (options.json)
    terminal.out(`${JSON.stringify({ command: "verify", bundles: results }, null, 2)}\n`);
  else for (const result of results) printResult(terminal, result);
  return results.every(isClean) ? exitCodes.ok : exitCodes.drift;
}

function printResult(terminal: Terminal, result: RootfsVerification): void {
  const { dir, diff, problem } = result;
  if (problem !== undefined) {
    terminal.err(`${paint(terminal, "red", `${dir}: ${problem}`)}\n`);
    return;
  }
  if (diff === undefined || isClean(result)) {
    terminal.err(`${paint(terminal, "green", "✓")} ${dir}: rootfs matches rootfs.mtree\n`);
    return;
  }
  terminal.out(
    `${dir}: ${diff.modified.length} modified, ${diff.missing.length} missing, ${diff.extra.length} extra\n`,
  );
  for (const m of diff.modified) {
    const keys = m.keys.map((k) => `${k.name} expected ${k.expected}, got ${k.actual}`);
    terminal.out(`  modified ${m.path}: ${keys.join("; ")}\n`);
  }
  for (const path of diff.missing) terminal.out(`  missing  ${path}\n`);
  for (const path of diff.extra) terminal.out(`  extra    ${path}\n`);
}
