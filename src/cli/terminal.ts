import { createHash } from "node:crypto";
import { untracked, type TrackProgress } from "../progress.ts";
import { progressLine, type ProgressLine } from "./progress-line.ts";

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
  /** `--quiet`: only problems are printed; narration and success lines (note) are not. */
  readonly quiet?: boolean;
  /** The progress line of slow steps on stderr; absent where progress is off (progressOff). */
  readonly progress?: ProgressLine | undefined;
}

export function processTerminal(): Terminal {
  ignoreClosedReaders(process.stdout);
  ignoreClosedReaders(process.stderr);
  const noColor = (process.env.NO_COLOR ?? "") !== "";
  const forceColor = (process.env.FORCE_COLOR ?? "") !== "" && process.env.FORCE_COLOR !== "0";
  const githubActions = process.env.GITHUB_ACTIONS === "true";
  const stepSummary = process.env.GITHUB_STEP_SUMMARY ?? "";
  const off = progressOff({ stderrIsTTY: process.stderr.isTTY, env: process.env });
  const progress =
    off === undefined
      ? progressLine({
          write: (text) => process.stderr.write(text),
          columns: () => process.stderr.columns,
        })
      : undefined;
  // Any other output first erases the progress line, so no line is ever broken by it.
  return {
    out: (text) => {
      progress?.clear();
      process.stdout.write(text);
    },
    err: (text) => {
      progress?.clear();
      process.stderr.write(text);
    },
    color: !noColor && (forceColor || process.stdout.isTTY),
    githubActions,
    ...(githubActions && stepSummary !== "" && { stepSummary }),
    ...(progress && { progress }),
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
 * Why the progress line is off, or undefined when it is on: it needs a terminal on stderr that
 * understands cursor controls (not TERM=dumb), and stays off under CI (whose logs keep every
 * redraw) and with NO_COLOR (which asks for plain output); --quiet turns it off too
 * (commandTerminal). `CI=false` or `CI=0` is not CI, as ci-info reads it.
 */
export function progressOff(context: {
  readonly stderrIsTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
}): string | undefined {
  const { env } = context;
  const ci = env.CI ?? "";
  if (!context.stderrIsTTY) return "stderr is not a terminal";
  if (env.TERM === "dumb") return "TERM=dumb";
  if (ci !== "" && ci !== "false" && ci !== "0") return "CI is set";
  if (env.GITHUB_ACTIONS === "true") return "GITHUB_ACTIONS=true";
  if ((env.NO_COLOR ?? "") !== "") return "NO_COLOR is set";
  return undefined;
}

/** The terminal a command prints to, after the global options: --quiet also turns progress off. */
export function commandTerminal(
  terminal: Terminal,
  options: { readonly quiet: boolean },
): Terminal {
  return options.quiet ? { ...terminal, progress: undefined, quiet: true } : terminal;
}

/** Narration or a success line on stderr (`✓ bundles/web: up to date`); --quiet leaves it out. */
export function note(terminal: Terminal, text: string): void {
  if (terminal.quiet !== true) terminal.err(text);
}

/** How a command's slow bundle steps report: through the progress line, when there is one. */
export function trackOf(terminal: Terminal): TrackProgress {
  return terminal.progress?.track ?? untracked;
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
