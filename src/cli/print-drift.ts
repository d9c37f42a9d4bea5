import { basename } from "node:path";
import type { FileDrift } from "../bundle/index.ts";
import { githubGroup, paint, type Terminal } from "./terminal.ts";

/**
 * Print drifted files: which overlay lines feed the change, then the unified diff (stdout). Under
 * GitHub Actions each diff is folded (`::group::<dir>: <file> drifted`), the lines above it not.
 */
export function printDrift(terminal: Terminal, dir: string, drift: readonly FileDrift[]): void {
  for (const file of drift) {
    const heading = file.state === "missing" ? `${file.path} is missing` : `${file.path} drifted`;
    terminal.out(`${paint(terminal, "bold", heading)}\n`);
    if (file.changedPaths.length) terminal.out(`  changed: ${file.changedPaths.join(", ")}\n`);
    for (const cause of file.causes) {
      const { file: f, line, col } = cause.location;
      terminal.out(`  ${f}:${line}:${col}: ${cause.key}\n`);
    }
    if (file.changedPaths.length && file.causes.length === 0) {
      terminal.out("  not set by the overlay: the image, the container or rbc itself changed\n");
    }
    const diff = colorDiff(terminal, file.diff);
    if (!terminal.githubActions) {
      terminal.out(diff);
      continue;
    }
    const what = file.state === "missing" ? "is missing" : "drifted";
    terminal.out(githubGroup(`${dir}: ${basename(file.path)} ${what}`, diff));
  }
}

function colorDiff(terminal: Terminal, diff: string): string {
  if (!terminal.color) return diff;
  return diff
    .split("\n")
    .map((line) => {
      if (line.startsWith("@@")) return paint(terminal, "cyan", line);
      if (line.startsWith("+") && !line.startsWith("+++")) return paint(terminal, "green", line);
      if (line.startsWith("-") && !line.startsWith("---")) return paint(terminal, "red", line);
      return line;
    })
    .join("\n");
}
