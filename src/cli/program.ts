import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import packageJson from "../../package.json" with { type: "json" };
import type { Engine } from "../resolve/index.ts";
import type { HookNetwork } from "../contract/index.ts";
import type { Terminal } from "./terminal.ts";

export interface ProgramContext {
  readonly terminal: Terminal;
  readonly engine: () => Engine;
  /** Receives the exit code of the command that ran. */
  readonly done: (exitCode: number) => void;
}

const exitCodeHelp = `
Exit codes:
  0  success; for check, nothing drifted
  1  check: a committed file differs from what its overlay compiles to;
     verify: a materialized rootfs differs from rootfs.mtree
  2  invalid input: an overlay, base file or patch is wrong (file:line:col is printed)
  3  environment: the Docker engine is unreachable, an image or container is missing,
     runc or the CNI plugins are not found, a published host port is in use,
     the bundle is already running, or a bundle it joins is not
  4  runtime: runc failed
  *  run (foreground): the container's own exit code
 70  internal error in rbc (please report it)

Examples:
  rbc build bundles/          compile every bundle under bundles/ and write the outputs
  rbc check bundles/          fail (exit 1) with a diff when committed files are stale
  rbc check --json bundles/   the same, as machine-readable JSON on stdout
  rbc check --offline         compile from the overlays and their bundle.lock, with no engine
  rbc build --rootfs bundles/web && rbc verify bundles/web`;

/** The command-line interface: options are declared once here; commands load lazily. */
export function createProgram(context: ProgramContext): Command {
  const program = new Command("rbc")
    .description("Compile declarative YAML overlays on Docker images into committed runc bundles.")
    .version(rbcVersion(), "-V, --version")
    .showHelpAfterError("(run rbc --help for usage)")
    .exitOverride()
    .configureOutput({ writeOut: context.terminal.out, writeErr: context.terminal.err })
    .addHelpText("after", exitCodeHelp);

  const json = new Option("--json", "print a machine-readable result on stdout");
  program
    .command("build")
    .description("compile bundles (a bundle directory, or a folder of them) and write their files")
    .argument("[paths...]", "bundle directories or folders of bundles", ["bundles/"])
    .addOption(json)
    .option(
      "--rootfs",
      "also materialize each bundle's rootfs/ from its image, verified against rootfs.mtree",
    )
    .action(async (paths: string[], options: { json?: boolean; rootfs?: boolean }) => {
      const { buildCommand } = await import("./commands/build.ts");
      const flags = { json: options.json === true, rootfs: options.rootfs === true };
      context.done(await buildCommand(paths, flags, context.engine(), context.terminal));
    });
  program
    .command("check")
    .description("recompile bundles in memory and report drift from the committed files")
    .argument("[paths...]", "bundle directories or folders of bundles", ["bundles/"])
    .addOption(json)
    .option(
      "--offline",
      "compile from each bundle's overlay and bundle.lock alone, with no Docker engine",
    )
    .action(async (paths: string[], options: { json?: boolean; offline?: boolean }) => {
      const { checkCommand } = await import("./commands/check.ts");
      const flags = { json: options.json === true, offline: options.offline === true };
      context.done(await checkCommand(paths, flags, context.engine, context.terminal));
    });
  program
    .command("rootfs")
    .description("materialize bundles' rootfs/ from their images, verified against rootfs.mtree")
    .argument("[paths...]", "bundle directories or folders of bundles", ["bundles/"])
    .action(async (paths: string[]) => {
      const { rootfsCommand } = await import("./commands/rootfs.ts");
      context.done(await rootfsCommand(paths, context.engine(), context.terminal));
    });
  program
    .command("verify")
    .description(
      "check materialized rootfs/ directories against rootfs.mtree (exit 1 on any difference)",
    )
    .argument("[paths...]", "bundle directories or folders of bundles", ["bundles/"])
    .addOption(json)
    .action(async (paths: string[], options: { json?: boolean }) => {
      const { verifyCommand } = await import("./commands/verify.ts");
      context.done(await verifyCommand(paths, { json: options.json === true }, context.terminal));
    });
  const runc = new Option("--runc <path>", "the runc binary (default: runc on PATH)");
  program
    .command("run")
    .description(
      "run a compiled bundle under runc as container rbc-<name> (materializing rootfs/ if missing)",
    )
    .argument("<bundle>", "a bundle directory")
    .option("-d, --detach", "run in the background; output goes to <bundle>/.rbc/run.log")
    .addOption(runc)
    .action(async (bundle: string, options: { detach?: boolean; runc?: string }) => {
      const { runCommand } = await import("./commands/run.ts");
      const flags = { detach: options.detach === true, runc: options.runc };
      context.done(await runCommand(bundle, flags, context.engine, context.terminal));
    });
  program
    .command("watch")
    .description("build bundles, then rebuild them when their files, images or containers change")
    .argument("[paths...]", "bundle directories or folders of bundles", ["bundles/"])
    .option(
      "--run",
      "also start each bundle detached (and stop it at exit); running bundles restart on change either way",
    )
    .addOption(runc)
    .action(async (paths: string[], options: { run?: boolean; runc?: string }) => {
      const { watchCommand } = await import("./commands/watch.ts");
      const flags = { run: options.run === true, runc: options.runc };
      context.done(await watchCommand(paths, flags, context.engine(), context.terminal));
    });
  program
    .command("stop")
    .description("stop a bundle's container: its stop signal, then SIGKILL after the grace period")
    .argument("<bundle>", "a bundle directory")
    .addOption(
      new Option("-t, --time <seconds>", "seconds to wait before SIGKILL (default 10)").argParser(
        parseSeconds,
      ),
    )
    .addOption(runc)
    .action(async (bundle: string, options: { time?: number; runc?: string }) => {
      const { stopCommand } = await import("./commands/stop.ts");
      const flags = { time: options.time, runc: options.runc };
      context.done(await stopCommand(bundle, flags, context.terminal));
    });
  program
    .command("ps")
    .description("list rbc's runc containers (ids starting with rbc-): bundle, status, pid")
    .addOption(json)
    .addOption(runc)
    .action(async (options: { json?: boolean; runc?: string }) => {
      const { psCommand } = await import("./commands/ps.ts");
      const flags = { json: options.json === true, runc: options.runc };
      context.done(await psCommand(flags, context.terminal));
    });
  program
    .command("logs")
    .description("print what a detached bundle's container wrote (<bundle>/.rbc/run.log)")
    .argument("<bundle>", "a bundle directory")
    .option("-f, --follow", "keep printing new output until the container stops")
    .addOption(runc)
    .action(async (bundle: string, options: { follow?: boolean; runc?: string }) => {
      const { logsCommand } = await import("./commands/logs.ts");
      const flags = { follow: options.follow === true, runc: options.runc };
      context.done(await logsCommand(bundle, flags, context.terminal));
    });
  addHookCommands(program, context);
  return program;
}

/**
 * `rbc hook …`: what compiled bundles' config.json runs from runc (`/usr/bin/env rbc hook …`);
 * not meant to be typed, so hidden from the main help.
 */
function addHookCommands(program: Command, context: ProgramContext): void {
  const hook = new Command("hook").description("runc hooks of compiled bundles (run by runc)");
  hook
    .command("create-runtime")
    .description("pin the container's namespaces and set its network up (state JSON on stdin)")
    .argument("<name>", "the bundle name")
    .addOption(
      new Option("--network <mode>", "the network mode")
        .choices(["bridge", "none", "host", "container"])
        .default("bridge"),
    )
    .option("--publish <spec>", "a published port, as docker run -p", collect, [])
    .action(async (name: string, options: { network: HookNetwork; publish: string[] }) => {
      const { createRuntimeHook } = await import("./commands/hook.ts");
      context.done(await createRuntimeHook(name, options, context.terminal));
    });
  hook
    .command("poststop")
    .description("tear the container's network down and unpin its namespaces (state on stdin)")
    .argument("<name>", "the bundle name")
    .action(async (name: string) => {
      const { poststopHook } = await import("./commands/hook.ts");
      context.done(await poststopHook(name));
    });
  program.addCommand(hook, { hidden: true });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseSeconds(value: string): number {
  if (!/^\d+$/.test(value)) {
    throw new InvalidArgumentError("expected a whole number of seconds");
  }
  return Number(value);
}

export { CommanderError };

function rbcVersion(): string {
  return packageJson.version;
}
