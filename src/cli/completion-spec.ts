import type { Argument, Command, Option } from "commander";

/** The shells `rbc completion` writes a script for. */
export const completionShells = ["bash", "zsh", "fish"] as const;
export type CompletionShell = (typeof completionShells)[number];

/** What a shell completes for an option's value or a positional argument. */
export type ValueCompletion =
  /** A value the user makes up (`--time 5`): nothing to offer. */
  | { readonly kind: "free" }
  /** A file path (`--runc <path>`). */
  | { readonly kind: "file" }
  /** One of a fixed set (`--verify stat|full`, `completion bash|zsh|fish`). */
  | { readonly kind: "choices"; readonly choices: readonly string[] }
  /**
   * A bundle: the names of `bundles/<name>/bundle.yaml` in the working directory (listed by the
   * shell when it completes), and directories and files for paths.
   */
  | { readonly kind: "bundle" }
  /** One of the program's commands (`rbc help <command>`). */
  | { readonly kind: "command" };

/** An option as the shells complete it. */
export interface CompletionOption {
  /** Its spellings, short first (`-d`, `--detach`). */
  readonly names: readonly string[];
  readonly description: string;
  /** What its value is; undefined when it takes none. */
  readonly value: ValueCompletion | undefined;
}

export interface CompletionCommand {
  readonly name: string;
  readonly description: string;
  /** The command's own options, then the program's (commander takes those after it too). */
  readonly options: readonly CompletionOption[];
  /** What its positional arguments are; undefined when it takes none. */
  readonly argument: ValueCompletion | undefined;
}

/** A program's commands and options: what the completion scripts are generated from. */
export interface CompletionSpec {
  readonly name: string;
  readonly options: readonly CompletionOption[];
  readonly commands: readonly CompletionCommand[];
}

/** The arguments that name bundles (`<bundle>`, `[paths...]` in cli-commands.ts). */
const bundleArguments = new Set(["bundle", "paths"]);
/** The arguments that name a new bundle's directory among other words (`rbc init`'s). */
const pathArguments = new Set(["words"]);

/**
 * Reads the completion spec off a commander program: its visible commands (hidden ones such as
 * `rbc hook` stay out), their options and arguments, as `--help` shows them.
 */
export function completionSpec(program: Command): CompletionSpec {
  const help = program.createHelp();
  const global = help.visibleOptions(program).map(completionOption);
  const inherited = global.filter(
    (option) => !option.names.some((name) => ["--help", "--version"].includes(name)),
  );
  const commands = help.visibleCommands(program).map((command) => {
    const [argument] = command.registeredArguments;
    const own = help.visibleOptions(command).map(completionOption);
    return {
      name: command.name(),
      description: help.subcommandDescription(command),
      options: [...own, ...inherited],
      argument: argument === undefined ? undefined : argumentCompletion(argument),
    };
  });
  return { name: program.name(), options: global, commands };
}

function completionOption(option: Option): CompletionOption {
  const names = [option.short, option.long].filter((name) => name !== undefined);
  const takesValue = option.required || option.optional;
  return {
    names,
    description: option.description,
    value: takesValue ? optionValue(option) : undefined,
  };
}

function optionValue(option: Option): ValueCompletion {
  if (option.argChoices !== undefined) return { kind: "choices", choices: option.argChoices };
  return /<(path|file|dir)>/.test(option.flags) ? { kind: "file" } : { kind: "free" };
}

function argumentCompletion(argument: Argument): ValueCompletion {
  if (argument.argChoices !== undefined) return { kind: "choices", choices: argument.argChoices };
  if (bundleArguments.has(argument.name())) return { kind: "bundle" };
  if (pathArguments.has(argument.name())) return { kind: "file" };
  if (argument.name().endsWith("file")) return { kind: "file" };
  return argument.name() === "command" ? { kind: "command" } : { kind: "free" };
}
