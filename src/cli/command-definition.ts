import { Argument, type Command, type Option } from "commander";
import type { Engine } from "../resolve/index.ts";
import type { Terminal } from "./terminal.ts";

/** What a command runs with: where it prints, how it reaches the engine, where its code goes. */
export interface ProgramContext {
  readonly terminal: Terminal;
  /** Connects to the engine; only commands that need it call it, once. */
  readonly engine: () => Promise<Engine>;
  /** Receives the exit code of the command that ran. */
  readonly done: (exitCode: number) => void;
}

/** A positional argument, as commander declares it (`[paths...]`, `<bundle>`). */
export interface ArgumentDefinition {
  readonly name: string;
  readonly description: string;
  readonly default?: unknown;
  /** The values it takes, when they are a fixed set (commander refuses others, completion offers them). */
  readonly choices?: readonly string[];
}

/**
 * One command of the table. `run` gets commander's parsed arguments (in declaration order) and
 * options, and returns the command's exit code; it loads the command's module lazily. Each entry
 * declares the argument tuple and option object its `arguments` and `options` give (a method, so
 * an entry may narrow them). `command` is the commander command that runs, for a command that
 * reads the program's own definition (`rbc completion`).
 */
export interface CommandDefinition {
  readonly name: string;
  readonly description: string;
  readonly arguments: readonly ArgumentDefinition[];
  readonly options: readonly Option[];
  run(
    args: readonly unknown[],
    options: Readonly<Record<string, unknown>>,
    context: ProgramContext,
    command: Command,
  ): Promise<number>;
}

/** Declares a command's arguments, options and action on `parent`. */
export function registerCommand(
  parent: Command,
  definition: CommandDefinition,
  context: ProgramContext,
): void {
  const command = parent.command(definition.name).description(definition.description);
  for (const { name, description, default: value, choices } of definition.arguments) {
    const argument = new Argument(name, description);
    if (choices !== undefined) argument.choices([...choices]);
    command.addArgument(value === undefined ? argument : argument.default(value));
  }
  for (const option of definition.options) command.addOption(option);
  command.action(async () => {
    const args = command.processedArgs as readonly unknown[];
    context.done(await definition.run(args, command.opts(), context, command));
  });
}
