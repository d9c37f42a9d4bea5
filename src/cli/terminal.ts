import { createHash } from "node:crypto";

/** Where human output goes and whether it may be coloured (NO_COLOR, FORCE_COLOR, TTY). */
export interface Terminal {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly color: boolean;
  readonly githubActions: boolean;
  /**
   * Under GitHub Actions, the file the runner shows as the step's summary (`GITHUB_STEP_SUMMARY`),
   * which rbc check and rbc build append Markdown to.
   */
  readonly stepSummary?: string;
}

export function processTerminal(): Terminal {
  ignoreClosedReaders(process.stdout);
  ignoreClosedReaders(process.stderr);
  const noColor = (process.env.NO_COLOR ?? "") !== "";
  const forceColor = (process.env.FORCE_COLOR ?? "") !== "" && process.env.FORCE_COLOR !== "0";
  const githubActions = process.env.GITHUB_ACTIONS === "true";
  const stepSummary = process.env.GITHUB_STEP_SUMMARY ?? "";
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    color: !noColor && (forceColor || process.stdout.isTTY),
    githubActions,
    ...(githubActions && stepSummary !== "" && { stepSummary }),
  };
}

/**
 * The terminal a `--json` run prints its workflow commands through: stdout holds the JSON
 * document alone, so they go to stderr, which the Actions runner reads for commands as well.
 */
export function commandsOnStderr(terminal: Terminal): Terminal {
  return { ...terminal, out: terminal.err };
}

/**
 * A reader that goes away (`rbc ps | head -1`) makes the next write fail with EPIPE, which Node
 * raises as an unhandled 'error' event: a stack trace. Like a shell tool, rbc then stops writing
 * to that stream and finishes its command, so its exit code is still the command's own.
 */
function ignoreClosedReaders(stream: NodeJS.WriteStream): void {
  if (stream.listenerCount("error") > 0) return;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
}

const codes = { red: 31, green: 32, yellow: 33, cyan: 36, bold: 1, dim: 2 } as const;

export function paint(terminal: Terminal, style: keyof typeof codes, text: string): string {
  return terminal.color ? `\u001b[${codes[style]}m${text}\u001b[0m` : text;
}

/** A GitHub Actions workflow command (`::error file=…,line=…::message`), escaped as the runner expects. */
export function githubAnnotation(
  level: "error" | "warning",
  message: string,
  where: { file: string; line: number; col?: number; title?: string },
): string {
  const escapeProperty = (s: string): string =>
    escapeData(s).replaceAll(":", "%3A").replaceAll(",", "%2C");
  const properties = [
    `file=${escapeProperty(where.file)}`,
    `line=${where.line}`,
    ...(where.col === undefined ? [] : [`col=${where.col}`]),
    ...(where.title === undefined ? [] : [`title=${escapeProperty(where.title)}`]),
  ];
  return `::${level} ${properties.join(",")}::${escapeData(message)}\n`;
}

/**
 * Text folded in the GitHub Actions log (`::group::title` … `::endgroup::`). Commands are stopped
 * inside it, since the runner would act on a `::command::` at the start of a line, or a legacy
 * `##[command]` anywhere in one, of text rbc did not write; the resume token is the text's own
 * hash, which the text cannot contain.
 */
export function githubGroup(title: string, text: string): string {
  const token = `rbc-${createHash("sha256").update(text).digest("hex").slice(0, 32)}`;
  const body = text.endsWith("\n") || text === "" ? text : `${text}\n`;
  return `::group::${escapeData(title)}\n::stop-commands::${token}\n${body}::${token}::\n::endgroup::\n`;
}

function escapeData(s: string): string {
  return s.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}
