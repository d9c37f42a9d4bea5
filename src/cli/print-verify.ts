import { isClean, type RootfsVerification } from "../verify-bundles.ts";
import { note, paint, type Terminal } from "./terminal.ts";

/**
 * Print one bundle's rootfs verification: why nothing was compared (stderr), a check mark
 * (stderr), or the counts and every modified, missing and extra path (stdout).
 */
export function printVerification(terminal: Terminal, result: RootfsVerification): void {
  const { dir, diff, problem } = result;
  if (problem !== undefined) {
    terminal.err(`${paint(terminal, "red", `${dir}: ${problem}`)}\n`);
    return;
  }
  if (diff === undefined || isClean(result)) {
    note(terminal, `${paint(terminal, "green", "✓")} ${dir}: rootfs matches rootfs.mtree\n`);
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
