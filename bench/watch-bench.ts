/**
 * The inner loop: from saving an overlay change to the new container answering HTTP on its
 * published host port with the new content, for `rbc watch --run` against `docker rm -f` +
 * `docker run -d -p` on the same image, measured in one run. Run by hand (as root, with the engine
 * up and `npm run build` done), never as a timed test; see bench/README.md.
 *
 *   npx tsx bench/watch-bench.ts [--rounds N] [--rbc-port P] [--docker-port P]
 *
 * After one warm-up change each (not counted), every round makes one change with each method, in
 * an order that alternates from round to round. The table (stdout) shows medians and the ratio
 * rbc/docker; progress goes to stderr. Both containers, the watch process and the scratch project
 * are removed at the end, on failure and on Ctrl+C.
 */
import { createServer } from "node:net";
import { setTimeout as delay } from "node:timers/promises";
import { parseArgs } from "node:util";
import {
  removeContainer,
  startDockerRun,
  type DockerRun,
  type DockerSample,
} from "./docker-run.ts";
import { startRbcWatch, type RbcSample, type RbcWatch } from "./rbc-watch.ts";
import { IMAGE } from "./web-page.ts";
import { formatWatchReport } from "./watch-report.ts";

const DEFAULT_ROUNDS = 5;
const DEFAULT_RBC_PORT = 18081;
const DEFAULT_DOCKER_PORT = 18082;

interface Options {
  readonly rounds: number;
  readonly rbcPort: number;
  readonly dockerPort: number;
}

interface Methods {
  readonly rbc: RbcWatch;
  readonly docker: DockerRun;
}

interface Samples {
  readonly rbc: RbcSample[];
  readonly docker: DockerSample[];
}

type Method = (methods: Methods, samples: Samples, greeting: string) => Promise<string>;

const METHODS: readonly Method[] = [
  async ({ rbc }, samples, greeting) => {
    const sample = await rbc.change(`rbc ${greeting}`);
    samples.rbc.push(sample);
    return `rbc ${sample.seconds.toFixed(2)} s`;
  },
  async ({ docker }, samples, greeting) => {
    const sample = await docker.change(`docker ${greeting}`);
    samples.docker.push(sample);
    return `docker ${sample.seconds.toFixed(2)} s`;
  },
];

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      rounds: { type: "string", default: String(DEFAULT_ROUNDS) },
      "rbc-port": { type: "string", default: String(DEFAULT_RBC_PORT) },
      "docker-port": { type: "string", default: String(DEFAULT_DOCKER_PORT) },
    },
  });
  const rounds = Number(values.rounds);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error("--rounds must be 1 or more");
  const rbcPort = port(values["rbc-port"], "--rbc-port");
  const dockerPort = port(values["docker-port"], "--docker-port");
  if (rbcPort === dockerPort) throw new Error("--rbc-port and --docker-port must differ");
  return { rounds, rbcPort, dockerPort };
}

function port(text: string, flag: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new Error(`${flag} must be a port number`);
  }
  return value;
}

/** Fails early, with the flag to change, when something listens on the port already. */
async function checkFree(portNumber: number, flag: string): Promise<void> {
  const server = createServer();
  await new Promise<void>((done, fail) => {
    server.once("error", (cause) => {
      fail(
        new Error(`port ${portNumber} is in use (${cause.message}); choose another with ${flag}`),
      );
    });
    server.listen(portNumber, "0.0.0.0", () => {
      server.close(() => {
        done();
      });
    });
  });
}

async function measure(methods: Methods, rounds: number): Promise<Samples> {
  progress("warm-up change with each method (not counted)");
  const warmUp: Samples = { rbc: [], docker: [] };
  for (const method of METHODS) await step(method(methods, warmUp, "warm-up"));
  const samples: Samples = { rbc: [], docker: [] };
  for (let round = 0; round < rounds; round += 1) {
    const done: string[] = [];
    for (let index = 0; index < METHODS.length; index += 1) {
      const method = METHODS[(round + index) % METHODS.length];
      if (method === undefined) continue;
      done.push(await step(method(methods, samples, `round ${round + 1}`)));
    }
    progress(`round ${round + 1}/${rounds}: ${done.join(", ")}`);
  }
  return samples;
}

/** The step under way (a start or a change), which an interruption lets finish first. */
const run = { current: Promise.resolve() as Promise<unknown>, interrupted: false };

async function step<T>(work: Promise<T>): Promise<T> {
  run.current = work;
  const done = await work;
  if (run.interrupted) throw new Error("interrupted");
  return done;
}

function progress(line: string): void {
  process.stderr.write(`watch-bench: ${line}\n`);
}

/** Cleanups run once, in reverse order of setup, whether the run ends, fails or is interrupted. */
const cleanups: (() => Promise<void>)[] = [];
let cleaning: Promise<void> | undefined;

function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (const cleanup of cleanups.reverse()) {
      await cleanup().catch((cause: unknown) => {
        progress(`cleanup failed: ${cause instanceof Error ? cause.message : String(cause)}`);
      });
    }
  })();
  return cleaning;
}

// A Ctrl+C can arrive twice (from the terminal and relayed by npx or tsx): the handler stays,
// so a second one cannot kill the benchmark halfway through its cleanup. The change under way
// finishes first (for at most INTERRUPT_WAIT_MS), so that no `docker run` or restart is still
// in flight while the containers are removed.
const INTERRUPT_WAIT_MS = 15_000;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (run.interrupted) return;
    run.interrupted = true;
    progress(`${signal}: cleaning up after the change under way`);
    const settled = run.current.catch(() => undefined);
    void Promise.race([settled, delay(INTERRUPT_WAIT_MS, undefined, { ref: false })])
      .then(cleanUp)
      .finally(() => process.exit(130));
  });
}

async function main(): Promise<void> {
  const options = parseOptions();
  await checkFree(options.rbcPort, "--rbc-port");
  await checkFree(options.dockerPort, "--docker-port");
  const name = `rbc-watch-bench-${process.pid}`;
  progress(`docker run -d --name ${name} -p ${options.dockerPort}:80 ${IMAGE}`);
  cleanups.push(async () => {
    progress(`docker rm -f ${name}`);
    await removeContainer(name);
  });
  const docker = await step(startDockerRun(name, options.dockerPort, "docker first"));
  const rbc = await step(
    startRbcWatch(options.rbcPort, "rbc first", {
      log: progress,
      onClose: (close) => cleanups.push(close),
    }),
  );
  const samples = await measure({ rbc, docker }, options.rounds);
  const engineRebuilds = rbc.engineRebuilds();
  await cleanUp();
  const report = formatWatchReport({
    image: IMAGE,
    rbcPort: options.rbcPort,
    dockerPort: options.dockerPort,
    engineRebuilds,
    ...samples,
  });
  process.stdout.write(`${report}\n`);
}

try {
  await main();
} catch (cause) {
  if (!run.interrupted) {
    progress(`failed: ${cause instanceof Error ? cause.message : String(cause)}`);
    process.exitCode = 1;
  }
} finally {
  await cleanUp();
}
