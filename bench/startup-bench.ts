/**
 * How long rbc's short commands take, start-up included, against what they cannot beat, in the
 * same run: `rbc --version` against `node -e 0`, `rbc check --offline` of one small bundle, and
 * `rbc check` (online) of the same unchanged bundle against one Node process that makes the one
 * image-inspect call that proves nothing changed. Run by hand (as root, with the engine up and
 * dist/ built), never as a timed test; see bench/README.md.
 *
 *   npx tsx bench/startup-bench.ts [--rounds N] [--compare <checkout>]
 *
 * A scratch git repository gets a copy of bundles/web (busybox, 2 MB), committed, then built with
 * `rbc build` (not timed). `--compare` also times another checkout's `bin/rbc.js` (built; say, the commit
 * before a change) on a scratch repository of its own, to give before and after in one run. One
 * warm-up of each command comes first (not counted); each round then runs every command once, in
 * an order that rotates from round to round. The table (stdout) shows medians and the ratios the
 * issue sets targets for, then the CPU time each command took (with its children, such as git),
 * which a loaded machine distorts far less; progress goes to stderr. The scratch repositories are
 * removed at the end.
 */
import { execFile, execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs, promisify } from "node:util";
import { runTimed } from "./run-timed.ts";
import {
  formatStartupReport,
  type StartupSamples,
  type Timed,
  type TimedSample,
} from "./startup-report.ts";

/** Always the Debian engine's CLI: the `docker` first on PATH may be something else. */
const DOCKER = "/usr/bin/docker";
const CHECKOUT = fileURLToPath(new URL("..", import.meta.url));
const BUNDLE = "bundles/web";
const IMAGE = "rbc.local/busybox:1";

/**
 * The floor of an online check: Node starts, asks the engine for the image once over its socket
 * with plain http (no dockerode), and parses the answer.
 */
const INSPECT_SCRIPT = `
const http = require("node:http");
const [socketPath, image] = process.argv.slice(1);
http.get({ socketPath, path: "/images/" + encodeURIComponent(image) + "/json" }, (res) => {
  const chunks = [];
  res.on("data", (chunk) => chunks.push(chunk));
  res.on("end", () => {
    const id = JSON.parse(Buffer.concat(chunks).toString("utf8")).Id;
    if (res.statusCode !== 200 || typeof id !== "string") process.exit(3);
  });
});`;

/** Clock ticks per second of /proc's CPU times. */
const CLOCK_TICKS = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }));

/**
 * The CPU time (user and system, seconds) of this process's children that have exited and been
 * waited for, processes they waited for included (/proc/self/stat cutime and cstime, proc(5)).
 */
function childrenCpuSeconds(): number {
  const stat = readFileSync("/proc/self/stat", "utf8");
  // The fields after the command name, which is in parentheses and may hold spaces: state is 3.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[16 - 3]) + Number(fields[17 - 3])) / CLOCK_TICKS;
}

/** One run of a command: its wall time, and the CPU time it and its children took. */
async function timedSample(command: string, args: string[], cwd?: string): Promise<TimedSample> {
  const before = childrenCpuSeconds();
  const { seconds } = await runTimed(command, args, cwd);
  return { seconds, cpuSeconds: childrenCpuSeconds() - before };
}

/** The engine's socket, as rbc finds it when DOCKER_HOST names a unix socket or nothing. */
function engineSocket(): string {
  const host = process.env.DOCKER_HOST;
  if (host === undefined || host === "") return "/var/run/docker.sock";
  if (!host.startsWith("unix://")) throw new Error(`DOCKER_HOST=${host}: a unix socket is needed`);
  return host.slice("unix://".length);
}

function parseOptions(): { rounds: number; compare: string | undefined } {
  const { values } = parseArgs({
    options: { rounds: { type: "string", default: "10" }, compare: { type: "string" } },
  });
  const rounds = Number(values.rounds);
  if (!Number.isInteger(rounds) || rounds < 2) throw new Error("--rounds must be 2 or more");
  return { rounds, compare: values.compare === undefined ? undefined : resolve(values.compare) };
}

/**
 * A scratch repository with the bundle committed, as in a real repository (the bundle's identity
 * comes from the root commit), built by the given checkout's rbc (not timed).
 */
async function scratchRepository(checkout: string): Promise<string> {
  const work = await mkdtemp(join(tmpdir(), "rbc-startup-bench-"));
  const git = (...args: string[]) => promisify(execFile)("git", ["-C", work, ...args]);
  await git("init", "-q");
  await cp(join(CHECKOUT, BUNDLE), join(work, BUNDLE), { recursive: true });
  await git("add", ".");
  await git("-c", "user.name=bench", "-c", "user.email=bench@rbc.invalid", "commit", "-qm", "web");
  progress(`rbc build ${BUNDLE} in ${work} (${checkout})`);
  await runTimed(process.execPath, [join(checkout, "bin/rbc.js"), "build", BUNDLE], work);
  return work;
}

/** The rbc commands of one checkout, run in its scratch repository. */
function rbcCommands(prefix: string, checkout: string, work: string): Timed[] {
  const rbc =
    (...args: string[]) =>
    () =>
      timedSample(process.execPath, [join(checkout, "bin/rbc.js"), ...args], work);
  return [
    { name: `${prefix}version`, run: rbc("--version") },
    { name: `${prefix}offline`, run: rbc("check", "--offline", BUNDLE) },
    { name: `${prefix}online`, run: rbc("check", BUNDLE) },
  ];
}

function baselines(): Timed[] {
  const socket = engineSocket();
  const time = (command: string, args: string[]) => () => timedSample(command, args);
  return [
    { name: "node", run: time(process.execPath, ["-e", "0"]) },
    { name: "inspect", run: time(process.execPath, ["-e", INSPECT_SCRIPT, socket, IMAGE]) },
    { name: "docker", run: time(DOCKER, ["image", "inspect", IMAGE]) },
  ];
}

async function measure(commands: readonly Timed[], rounds: number): Promise<StartupSamples> {
  const samples: StartupSamples = new Map(commands.map(({ name }) => [name, []]));
  progress("warm-up (not counted): each command once");
  for (const command of commands) await command.run();
  for (let round = 0; round < rounds; round += 1) {
    // Rotate the order: each command runs first, second, … in turn.
    const order = commands.map((_, index) => commands[(index + round) % commands.length] as Timed);
    const done: string[] = [];
    for (const command of order) {
      const sample = await command.run();
      samples.get(command.name)?.push(sample);
      done.push(`${command.name} ${sample.seconds.toFixed(3)}`);
    }
    progress(`round ${round + 1}/${rounds}: ${done.join(", ")}`);
  }
  return samples;
}

function progress(line: string): void {
  process.stderr.write(`startup-bench: ${line}\n`);
}

async function run(): Promise<void> {
  const { rounds, compare } = parseOptions();
  const works: string[] = [];
  try {
    works.push(await scratchRepository(CHECKOUT));
    const commands = [...baselines(), ...rbcCommands("", CHECKOUT, works[0] as string)];
    if (compare !== undefined) {
      works.push(await scratchRepository(compare));
      commands.push(...rbcCommands("compare ", compare, works[1] as string));
    }
    const loadBefore = loadavg();
    const samples = await measure(commands, rounds);
    const load = { before: loadBefore, after: loadavg(), cpus: availableParallelism() };
    process.stdout.write(`${formatStartupReport({ samples, rounds, load, compare })}\n`);
  } finally {
    for (const work of works) await rm(work, { recursive: true, force: true });
  }
}

await run();
