/**
 * The inner loop: from saving an overlay change to the new container answering HTTP on its
 * published host port with the new content, for `rbc watch --run` against Docker on the same
 * image, measured in one run, for two workloads (bench/web-page.ts): a PID 1 that exits on
 * SIGTERM and one that ignores it. Docker replaces the container two ways: `docker rm -f` +
 * `docker run -d -p`, and as Compose restarts one (`docker stop -t <grace>` + `docker rm` +
 * `docker run`). For the first workload a raw runc cycle (`runc kill`, `runc delete`,
 * `runc run -d` of a copy of the bundle, without hooks) is the floor for watch's restart. Run by
 * hand (as root, with the engine up and `npm run build` done), never as a timed test; see
 * bench/README.md.
 *
 *   npx tsx bench/watch-bench.ts [--rounds N] [--rbc-port P] [--docker-port P]
 *
 * The second workload uses the ports P+2. After one warm-up change with each method (not counted;
 * rbc's is reported as the first edit), every round makes one change with each method, in an
 * order that rotates from round to round. The tables (stdout) show medians and ratios; progress
 * goes to stderr. Containers, watch processes and scratch projects are removed at the end, on
 * failure and on Ctrl+C.
 */
import { createServer } from "node:net";
import { setTimeout as delay } from "node:timers/promises";
import { parseArgs } from "node:util";
import { removeContainer, startDockerRun, type DockerRun } from "./docker-run.ts";
import { startRawRunc, type RawRunc } from "./raw-runc.ts";
import { startRbcWatch, type RbcWatch } from "./rbc-watch.ts";
import { IMAGE, WORKLOADS, type Workload } from "./web-page.ts";
import { formatWatchReport, type WorkloadResult } from "./watch-report.ts";

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
  readonly raw: RawRunc | undefined;
}

type Samples = Pick<WorkloadResult, "rbc" | "rm" | "stop" | "raw">;

type Method = (methods: Methods, samples: Samples, greeting: string) => Promise<string>;

const METHODS: readonly Method[] = [
  async ({ rbc }, samples, greeting) => {
    const sample = await rbc.change(`rbc ${greeting}`);
    samples.rbc.push(sample);
    return `rbc ${sample.seconds.toFixed(2)} s`;
  },
  async ({ docker }, samples, greeting) => {
    const sample = await docker.change(`docker rm ${greeting}`, "rm");
    samples.rm.push(sample);
    return `rm -f ${sample.seconds.toFixed(2)} s`;
  },
  async ({ docker }, samples, greeting) => {
    const sample = await docker.change(`docker stop ${greeting}`, "stop");
    samples.stop.push(sample);
    return `stop ${sample.seconds.toFixed(2)} s`;
  },
  async ({ raw }, samples) => {
    if (raw === undefined) return "";
    const sample = await raw.cycle();
    samples.raw.push(sample);
    return `runc ${sample.seconds.toFixed(2)} s`;
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
  // Each workload has its pair: P and P+2 for rbc, Q and Q+2 for docker.
  if ([0, 2, -2].includes(rbcPort - dockerPort)) {
    throw new Error("--rbc-port and --docker-port must differ by 1, or by more than 2");
  }
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

async function measure(methods: Methods, rounds: number): Promise<Samples & { first: number }> {
  progress("warm-up change with each method (not counted)");
  const warmUp: Samples = { rbc: [], rm: [], stop: [], raw: [] };
  for (const method of METHODS) await step(method(methods, warmUp, "warm-up"));
  const samples: Samples = { rbc: [], rm: [], stop: [], raw: [] };
  for (let round = 0; round < rounds; round += 1) {
    const done: string[] = [];
    for (let index = 0; index < METHODS.length; index += 1) {
      const method = METHODS[(round + index) % METHODS.length];
      if (method === undefined) continue;
      done.push(await step(method(methods, samples, `round ${round + 1}`)));
    }
    progress(`round ${round + 1}/${rounds}: ${done.filter((d) => d !== "").join(", ")}`);
  }
  return { ...samples, first: warmUp.rbc[0]?.rebuild ?? Number.NaN };
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

/** Sets one workload's methods up, measures them, and removes them again. */
async function measureWorkload(
  workload: Workload,
  ports: { rbc: number; docker: number },
  rounds: number,
): Promise<WorkloadResult> {
  progress(`workload ${workload.key}: ${workload.title}`);
  const own: (() => Promise<void>)[] = [];
  const onClose = (close: () => Promise<void>): void => {
    own.push(close);
    cleanups.push(close);
  };
  try {
    const name = `rbc-watch-bench-${workload.key}-${process.pid}`;
    progress(`docker run -d --name ${name} -p ${ports.docker}:80 ${IMAGE}`);
    onClose(async () => {
      progress(`docker rm -f ${name}`);
      await removeContainer(name);
    });
    const docker = await step(startDockerRun(name, ports.docker, "docker first", workload));
    const rbc = await step(
      startRbcWatch(ports.rbc, "rbc first", workload, { log: progress, onClose }),
    );
    let raw: RawRunc | undefined;
    if (workload.key === "sigterm") {
      const id = `rbc-watch-bench-raw-${process.pid}`;
      progress(`runc run -d ${id} (a copy of the bundle, no hooks)`);
      raw = await step(startRawRunc(rbc.bundleDir, id));
      onClose(raw.close);
    }
    const samples = await measure({ rbc, docker, raw }, rounds);
    return {
      workload,
      rbcPort: ports.rbc,
      dockerPort: ports.docker,
      engineRebuilds: rbc.engineRebuilds(),
      ...samples,
    };
  } finally {
    for (const close of own.reverse()) {
      cleanups.splice(cleanups.indexOf(close), 1);
      await close().catch((cause: unknown) => {
        progress(`cleanup failed: ${cause instanceof Error ? cause.message : String(cause)}`);
      });
    }
  }
}

async function main(): Promise<void> {
  const options = parseOptions();
  const results: WorkloadResult[] = [];
  for (const [index, workload] of WORKLOADS.entries()) {
    const ports = { rbc: options.rbcPort + 2 * index, docker: options.dockerPort + 2 * index };
    await checkFree(ports.rbc, "--rbc-port");
    await checkFree(ports.docker, "--docker-port");
    results.push(await measureWorkload(workload, ports, options.rounds));
  }
  await cleanUp();
  process.stdout.write(`${formatWatchReport(IMAGE, results)}\n`);
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
