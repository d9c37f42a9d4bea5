import { availableParallelism } from "node:os";
import { InvalidArgumentError, Option, type Command } from "commander";
import { hookNetworks, type HookNetwork } from "../contract/index.ts";
import type { RunVerification } from "../run-preflight.ts";
import type { ArgumentDefinition, CommandDefinition } from "./command-definition.ts";
import { completionShells, type CompletionShell } from "./completion-spec.ts";

// Options shared by several commands are declared once.
const json = new Option("--json", "print a machine-readable result on stdout");
const runc = new Option("--runc <path>", "the runc binary (default: runc on PATH)");
const noCache = new Option(
  "--no-cache",
  "read every image in full: no committed rootfs.mtree reused, no layer cache read or written",
);
const jobs = new Option(
  "-j, --jobs <n>",
  "compile up to n bundles at once (default: the number of CPUs; 1: one after another)",
).argParser(parseJobs);
const paths: ArgumentDefinition = {
  name: "[paths...]",
  description:
    "bundle directories, folders of bundles, bundle.yaml files, or names of bundles in bundles/",
  default: ["bundles/"],
};
const bundle: ArgumentDefinition = {
  name: "<bundle>",
  description: "a bundle directory, its bundle.yaml, or the name of a bundle in bundles/",
};

interface JsonFlag {
  readonly json?: boolean;
}
/** `--no-cache` gives false; the default is true. */
interface CacheFlag {
  readonly cache?: boolean;
}
/** `--jobs <n>`, parsed; absent: the number of CPUs (jobsOf). */
interface JobsFlag {
  readonly jobs?: number;
}
/** `--verify <level>` gives the level, `--no-verify` false. */
interface VerifyFlag {
  readonly verify?: string | false;
}

/** What rbc run and rbc watch --run check before starting a bundle (run-preflight.ts). */
const verifyOptions = [
  new Option(
    "--verify <level>",
    "before starting, check the compiled files against bundle.yaml and bundle.lock, and rootfs/ against rootfs.mtree: stat (lstat only) or full (every file hashed)",
  )
    .choices(["stat", "full"])
    .default("stat"),
  new Option("--no-verify", "start the bundle without checking its files or its rootfs/"),
];

function runVerification(flag: string | false | undefined): RunVerification {
  if (flag === false) return "none";
  return flag === "full" ? "full" : "stat";
}
interface RuncFlag {
  readonly runc?: string;
}

const build: CommandDefinition = {
  name: "build",
  description: "compile bundles (a bundle directory, or a folder of them) and write their files",
  arguments: [paths],
  options: [
    json,
    new Option(
      "--rootfs",
      "also materialize each bundle's rootfs/ from its image, verified against rootfs.mtree",
    ),
    noCache,
    jobs,
  ],
  async run(
    [dirs]: [string[]],
    options: JsonFlag & CacheFlag & JobsFlag & { rootfs?: boolean },
    context,
  ) {
    const { buildCommand } = await import("./commands/build.ts");
    const flags = {
      json: options.json === true,
      rootfs: options.rootfs === true,
      cache: options.cache !== false,
      jobs: jobsOf(options),
    };
    return buildCommand(dirs, flags, await context.engine(), context.terminal);
  },
};

const check: CommandDefinition = {
  name: "check",
  description: "recompile bundles in memory and report drift from the committed files",
  arguments: [paths],
  options: [
    json,
    new Option(
      "--offline",
      "compile from each bundle's overlay and bundle.lock alone, with no Docker engine",
    ),
    noCache,
    jobs,
  ],
  async run(
    [dirs]: [string[]],
    options: JsonFlag & CacheFlag & JobsFlag & { offline?: boolean },
    context,
  ) {
    const { checkCommand } = await import("./commands/check.ts");
    const flags = {
      json: options.json === true,
      offline: options.offline === true,
      cache: options.cache !== false,
      jobs: jobsOf(options),
    };
    return checkCommand(dirs, flags, context.engine, context.terminal);
  },
};

const rootfs: CommandDefinition = {
  name: "rootfs",
  description: "materialize bundles' rootfs/ from their images, verified against rootfs.mtree",
  arguments: [paths],
  options: [noCache, jobs],
  async run([dirs]: [string[]], options: CacheFlag & JobsFlag, context) {
    const { rootfsCommand } = await import("./commands/rootfs.ts");
    const flags = { cache: options.cache !== false, jobs: jobsOf(options) };
    return rootfsCommand(dirs, flags, await context.engine(), context.terminal);
  },
};

const verify: CommandDefinition = {
  name: "verify",
  description:
    "check materialized rootfs/ directories against rootfs.mtree (exit 1 on any difference)",
  arguments: [paths],
  options: [
    json,
    new Option(
      "--stat",
      "compare only what lstat tells (types, modes, owners, sizes, links, the set of paths); read no file",
    ),
  ],
  async run([dirs]: [string[]], options: JsonFlag & { stat?: boolean }, context) {
    const { verifyCommand } = await import("./commands/verify.ts");
    const flags = { json: options.json === true, stat: options.stat === true };
    return verifyCommand(dirs, flags, context.terminal);
  },
};

const run: CommandDefinition = {
  name: "run",
  description:
    "run a compiled bundle under runc as its container id (materializing rootfs/ if missing)",
  arguments: [bundle],
  options: [
    new Option("-d, --detach", "run in the background; output goes to <bundle>/.rbc/run.log"),
    ...verifyOptions,
    runc,
  ],
  async run([dir]: [string], options: RuncFlag & VerifyFlag & { detach?: boolean }, context) {
    const { runCommand } = await import("./commands/run.ts");
    const flags = {
      detach: options.detach === true,
      runc: options.runc,
      verify: runVerification(options.verify),
    };
    return runCommand(dir, flags, context.engine, context.terminal);
  },
};

const watch: CommandDefinition = {
  name: "watch",
  description: "build bundles, then rebuild them when their files, images or containers change",
  arguments: [paths],
  options: [
    new Option(
      "--run",
      "also start each bundle detached (and stop it at exit); running bundles restart on change either way",
    ),
    ...verifyOptions,
    runc,
    jobs,
  ],
  async run(
    [dirs]: [string[]],
    options: RuncFlag & VerifyFlag & JobsFlag & { run?: boolean },
    context,
  ) {
    const { watchCommand } = await import("./commands/watch.ts");
    const flags = {
      run: options.run === true,
      runc: options.runc,
      verify: runVerification(options.verify),
      jobs: jobsOf(options),
    };
    return watchCommand(dirs, flags, await context.engine(), context.terminal);
  },
};

const stop: CommandDefinition = {
  name: "stop",
  description: "stop a bundle's container: its stop signal, then SIGKILL after the grace period",
  arguments: [bundle],
  options: [
    new Option("-t, --time <seconds>", "seconds to wait before SIGKILL (default 10)").argParser(
      parseSeconds,
    ),
    runc,
  ],
  async run([dir]: [string], options: RuncFlag & { time?: number }, context) {
    const { stopCommand } = await import("./commands/stop.ts");
    return stopCommand(dir, { time: options.time, runc: options.runc }, context.terminal);
  },
};

const ps: CommandDefinition = {
  name: "ps",
  description: "list rbc's runc containers (ids starting with rbc-): bundle, status, pid",
  arguments: [],
  options: [json, runc],
  async run(_args, options: JsonFlag & RuncFlag, context) {
    const { psCommand } = await import("./commands/ps.ts");
    const flags = { json: options.json === true, runc: options.runc };
    return psCommand(flags, context.terminal);
  },
};

const logs: CommandDefinition = {
  name: "logs",
  description: "print what a detached bundle's container wrote (<bundle>/.rbc/run.log)",
  arguments: [bundle],
  options: [new Option("-f, --follow", "keep printing new output until the container stops"), runc],
  async run([dir]: [string], options: RuncFlag & { follow?: boolean }, context) {
    const { logsCommand } = await import("./commands/logs.ts");
    const flags = { follow: options.follow === true, runc: options.runc };
    return logsCommand(dir, flags, context.terminal);
  },
};

const init: CommandDefinition = {
  name: "init",
  description:
    "start a bundle: a starter overlay for an image, or the overlay that reproduces a container or a docker run command line",
  arguments: [
    {
      name: "[words...]",
      description:
        "IMAGE DIR (a bare name is bundles/NAME); with --from-container, [DIR] (default bundles/NAME); with --from-run, [DIR] -- docker run ARGS…",
    },
  ],
  options: [
    new Option(
      "--from-container <name>",
      "write the smallest image overlay that compiles to what container: NAME compiles to",
    ),
    new Option(
      "--from-run",
      "the same from a docker run command line, given after -- (docker creates, never starts, the container)",
    ),
    new Option("--force", "replace an existing bundle.yaml (and the files init writes beside it)"),
  ],
  async run(
    [words]: [string[]],
    options: { fromContainer?: string; fromRun?: boolean; force?: boolean },
    context,
  ) {
    const { initCommand } = await import("./commands/init.ts");
    const flags = {
      fromContainer: options.fromContainer,
      fromRun: options.fromRun === true,
      force: options.force === true,
    };
    return initCommand(words, flags, context.engine, context.terminal);
  },
};

const completion: CommandDefinition = {
  name: "completion",
  description: "print a shell completion script: source <(rbc completion bash)",
  arguments: [{ name: "<shell>", description: "bash, zsh or fish", choices: completionShells }],
  options: [],
  async run([shell]: [CompletionShell], _options, context, command) {
    const { completionCommand } = await import("./commands/completion.ts");
    return completionCommand(shell, rootCommand(command), context.terminal);
  },
};

const importCompose: CommandDefinition = {
  name: "import",
  description:
    "write a bundle overlay for each service of a Compose file, and bases for what they share",
  arguments: [{ name: "<compose-file>", description: "the Compose file (compose.yaml)" }],
  options: [
    new Option("--out <dir>", "where the bundle directories go").default("bundles/"),
    new Option("--force", "replace overlay files that exist"),
  ],
  async run([file]: [string], options: { out: string; force?: boolean }, context) {
    const { importCommand } = await import("./commands/import.ts");
    const request = { composeFile: file, out: options.out, force: options.force === true };
    return importCommand(request, context.terminal);
  },
};

const explain: CommandDefinition = {
  name: "explain",
  description:
    "print each field of a bundle's config.json with its value and the input that decided it (from bundle.lock, no engine, when it can)",
  arguments: [
    bundle,
    {
      name: "[pointers...]",
      description: "JSON pointers of the fields to explain (/process/env/3); none: the whole spec",
    },
  ],
  options: [json],
  async run([dir, pointers]: [string, string[]], options: JsonFlag, context) {
    const { explainCommand } = await import("./commands/explain.ts");
    const flags = { json: options.json === true };
    return explainCommand(dir, pointers, flags, context.engine, context.terminal);
  },
};

/** rbc's commands, in the order `rbc --help` lists them. */
export const cliCommands: readonly CommandDefinition[] = [
  build,
  check,
  explain,
  rootfs,
  verify,
  run,
  watch,
  stop,
  ps,
  logs,
  importCompose,
  init,
  completion,
];

const id: ArgumentDefinition = {
  name: "<id>",
  description: "the bundle's container id (its state is under /run/rbc/<id>/)",
};

/**
 * `rbc hook …`: what compiled bundles' config.json runs from runc (`/usr/bin/env rbc hook …`);
 * not meant to be typed, so hidden from the main help.
 */
export const hookCommands: readonly CommandDefinition[] = [
  {
    name: "create-runtime",
    description: "pin the container's namespaces and set its network up (state JSON on stdin)",
    arguments: [id],
    options: [
      new Option("--network <mode>", "the network mode").choices(hookNetworks).default("bridge"),
      new Option("--publish <spec>", "a published port, as docker run -p")
        .argParser(collect)
        .default([]),
    ],
    async run([bundleId]: [string], options: { network: HookNetwork; publish: string[] }, c) {
      const { createRuntimeHook } = await import("./commands/hook.ts");
      return createRuntimeHook(bundleId, options, c.terminal);
    },
  },
  {
    name: "poststop",
    description: "tear the container's network down and unpin its namespaces (state on stdin)",
    arguments: [id],
    options: [],
    async run([bundleId]: [string]) {
      const { poststopHook } = await import("./commands/hook.ts");
      return poststopHook(bundleId);
    },
  },
];

function rootCommand(command: Command): Command {
  return command.parent === null ? command : rootCommand(command.parent);
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseJobs(value: string): number {
  if (!/^[1-9]\d*$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new InvalidArgumentError("expected a positive whole number");
  }
  return Number(value);
}

/** `--jobs`, else os.availableParallelism(): the CPUs this process may run on. */
function jobsOf(options: JobsFlag): number {
  return options.jobs ?? availableParallelism();
}

function parseSeconds(value: string): number {
  if (!/^\d+$/.test(value)) {
    throw new InvalidArgumentError("expected a whole number of seconds");
  }
  return Number(value);
}
