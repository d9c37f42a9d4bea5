import { appendFile } from "node:fs/promises";
import { paint, type Terminal } from "./terminal.ts";

/**
 * Append Markdown to the GitHub Actions step summary, when there is one. The runner's contract is
 * to append (earlier steps' commands may have written to the file); one that cannot be written
 * is a warning, never a failure of the command.
 */
export async function writeStepSummary(terminal: Terminal, markdown: string): Promise<void> {
  const file = terminal.stepSummary;
  if (file === undefined) return;
  try {
    // A blank line first, so the heading starts a block whatever the file ends with.
    await appendFile(file, `\n${markdown}`);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    const line = `warning: cannot write the GitHub step summary (GITHUB_STEP_SUMMARY=${file}): ${reason}`;
    terminal.err(`${paint(terminal, "yellow", line)}\n`);
  }
}
