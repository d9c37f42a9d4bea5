import { Command, CommanderError } from "commander";
import packageJson from "../../package.json" with { type: "json" };
import { cliCommands, hookCommands } from "./cli-commands.ts";
import { registerCommand, type ProgramContext } from "./command-definition.ts";
import { commandTerminal, type Terminal } from "./terminal.ts";

const exitCodeHelp = `
Exit codes:
  0  success; for check, nothing drifted
  1  check: a committed file differs from what its overlay compiles to;
     verify: a materialized rootfs differs from rootfs.mtree;
     run: the bundle is stale or its rootfs was changed, so it was not started
  2  invalid input: an overlay, base file or patch is wrong (file:line:col is printed);
     init: the bundle exists (--force replaces it), or a docker run flag rbc cannot carry
  3  environment: the Docker engine is unreachable or answered with an error, an image
     or container is missing, runc or the CNI plugins are not found, a published host
     port is in use, the bundle is already running, a bundle it joins is not, or a
     variable, env file or bind source its run needs is missing
  4  runtime: runc failed
  *  run (foreground): the container's own exit code
 70  internal error in rbc (please report it)

Examples:
  rbc build bundles/          compile every bundle under bundles/ and write the outputs
  rbc check bundles/          fail (exit 1) with a diff when committed files are stale
  rbc check --json bundles/   the same, as machine-readable JSON on stdout
  rbc check --offline         compile from the overlays and their bundle.lock, with no engine
  rbc build --rootfs bundles/web && rbc verify bundles/web

Under GitHub Actions (GITHUB_ACTIONS=true), check and build annotate the overlay lines
at fault, check folds each diff with ::group::, and both append a Markdown summary to
$GITHUB_STEP_SUMMARY. --json output follows schemas/cli-output.schema.json.`;

/** The command-line interface: the table of commands (cli-commands.ts) wired into commander. */
export function createProgram(context: ProgramContext): Command {
  const program = new Command("rbc")
    .description("Compile declarative YAML overlays on Docker images into committed runc bundles.")
    .version(rbcVersion(), "-V, --version")
    .showHelpAfterError("(run rbc --help for usage)")
    .exitOverride()
    .configureOutput({ writeOut: context.terminal.out, writeErr: context.terminal.err })
    .option("--verbose", "say which Docker engine endpoint (and docker context) rbc uses")
    .option(
      "-q, --quiet",
      "print only problems: errors, warnings, drift, and the summary when something failed",
    )
    .addHelpText("after", exitCodeHelp);
  // The global options are known once commander parsed them, before the command's action runs.
  let terminal: Terminal = context.terminal;
  program.hook("preAction", () => {
    const { quiet } = program.opts<{ quiet?: boolean }>();
    terminal = commandTerminal(context.terminal, { quiet: quiet === true });
  });
  const withEndpoint: ProgramContext = {
    ...context,
    get terminal() {
      return terminal;
    },
    engine: async () => {
      const engine = await context.engine();
      if (program.opts<{ verbose?: boolean }>().verbose === true) {
        context.terminal.err(`engine: ${engine.endpoint}\n`);
      }
      return engine;
    },
  };
  for (const definition of cliCommands) registerCommand(program, definition, withEndpoint);
  const hook = new Command("hook").description("runc hooks of compiled bundles (run by runc)");
  for (const definition of hookCommands) registerCommand(hook, definition, withEndpoint);
  program.addCommand(hook, { hidden: true });
  return program;
}

export { CommanderError };

function rbcVersion(): string {
  return packageJson.version;
}
