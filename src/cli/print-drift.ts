import { basename } from "node:path";
import type { FileDrift } from "../bundle/index.ts";
import { githubGroup, paint, type Terminal } from "./terminal.ts";

/**
 * Print drifted files: the input behind each changed field (an overlay line, a patch, the image's
 * config, the container, the target's default, rbc), then the unified diff (stdout). Under
 * GitHub Actions each diff is folded (`::group::<dir>: <file> drifted`), the lines above it not.
 */
export function printDrift(terminal: Terminal, dir: string, drift: readonly FileDrift[]): void {
  for (const file of drift) {
    const heading = file.state === "missing" ? `${file.path} is missing` : `${file.path} drifted`;
    terminal.out(`${paint(terminal, "bold", heading)}\n`);
    for (const source of file.sources) {
      const fields = joinCapped(source.pointers);
      terminal.out(
        source.removed === true
          ? `  no longer set by the overlay: ${fields} (now: ${source.description})\n`
          : `  ${source.description}: ${fields}\n`,
      );
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

/** At most 8 pointers, then how many more. */
function joinCapped(pointers: readonly string[]): string {
  const shown = pointers.slice(0, 8).join(", ");
  return pointers.length > 8 ? `${shown}, … and ${pointers.length - 8} more` : shown;
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
