const escape = "\u001b";
const sgr = new RegExp(`${escape}\\[[0-9;]*m`, "gu");
const controls = new RegExp(`(\r\n|\n|\r|${escape}\\[K)`, "u");

/**
 * What a terminal shows after `output`: its lines, with carriage returns (back to column 1) and
 * EL (`ESC [ K`, erase to the end of the line) applied, and colours (SGR) dropped. Enough of a
 * terminal to tell a progress line that was erased from one left behind.
 */
export function terminalScreen(output: string): string[] {
  const lines: string[] = [];
  let line = "";
  let cursor = 0;
  const parts = output.replaceAll(sgr, "").split(controls);
  for (const part of parts) {
    if (part === "\n" || part === "\r\n") {
      lines.push(line);
      line = "";
      cursor = 0;
    } else if (part === "\r") cursor = 0;
    else if (part === "\u001b[K") line = line.slice(0, cursor);
    else {
      line = line.slice(0, cursor) + part + line.slice(cursor + part.length);
      cursor += part.length;
    }
  }
  return line === "" ? lines : [...lines, line];
}
