import type { ImportNote } from "../../import/index.ts";
import { importBundles, type ImportRequest } from "../../import-bundles.ts";
import { exitCodes, printClosingLine, reportDiagnostics } from "../report.ts";
import type { Terminal } from "../terminal.ts";

/**
 * `rbc import <compose-file>`: writes each service's overlay and prints, per bundle, the notes on
 * what did not carry over as written (stdout); diagnostics and the closing line go to stderr.
 */
export async function importCommand(request: ImportRequest, terminal: Terminal): Promise<number> {
  const { value, diagnostics } = await importBundles(request, process.env);
  reportDiagnostics(terminal, diagnostics);
  if (value === undefined) {
    printClosingLine(terminal, `nothing imported from ${request.composeFile}`, true);
    return exitCodes.invalidInput;
  }
  const printed = new Set<string>();
  let notes = 0;
  for (const service of value.services) {
    // A setting several services share through a YAML anchor has one location: its note once.
    const lines = service.notes.map(noteLine).filter((line) => !printed.has(line));
    lines.forEach((line) => printed.add(line));
    notes += lines.length;
    // The notes are the import's warnings, which --quiet keeps; a service with none is a
    // success line, which it leaves out.
    const header = `${service.dir}/bundle.yaml: service ${service.name}\n`;
    if (lines.length > 0 || terminal.quiet !== true) terminal.out(header);
    for (const line of lines) terminal.out(`  ${line}\n`);
  }
  const bases = value.files.length - value.services.length;
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? "" : "s"}`;
  const line = `imported ${count(value.services.length, "service")} into ${request.out} (${count(bases, "base file")}, ${count(notes, "note")})`;
  printClosingLine(terminal, line, false);
  return exitCodes.ok;
}

/** `compose.yaml:6:14: note: restart: not carried over: …`, as editors read locations. */
function noteLine(note: ImportNote): string {
  const at = note.location;
  const where = at === undefined ? "" : `${at.file}:${at.line}:${at.col}: `;
  return `${where}note: ${note.key}: ${note.message}`;
}
