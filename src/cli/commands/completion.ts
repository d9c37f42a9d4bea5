import type { Command } from "commander";
import { bashCompletion } from "../bash-completion.ts";
import { completionSpec, type CompletionShell, type CompletionSpec } from "../completion-spec.ts";
import { fishCompletion } from "../fish-completion.ts";
import { exitCodes } from "../report.ts";
import type { Terminal } from "../terminal.ts";
import { zshCompletion } from "../zsh-completion.ts";

const generators: Record<CompletionShell, (spec: CompletionSpec) => string> = {
  bash: bashCompletion,
  zsh: zshCompletion,
  fish: fishCompletion,
};

/**
 * `rbc completion <shell>`: print the shell's completion script, generated from the program's
 * own definition (its commands, their options and arguments), so it never lags behind them.
 */
export function completionCommand(
  shell: CompletionShell,
  program: Command,
  terminal: Terminal,
): number {
  terminal.out(generators[shell](completionSpec(program)));
  return exitCodes.ok;
}
