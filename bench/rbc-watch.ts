import { execFile, spawn, type ChildProcess } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { setTimeout as delay } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { LogLines } from "./log-lines.ts";
import { runTimed } from "./run-timed.ts";
import { waitForBody } from "./wait-for-body.ts";
import { CHANGE_LIMIT_MS, GRACE_SECONDS, IMAGE, type Workload } from "./web-page.ts";

/** This checkout's CLI: `node bin/rbc.js` runs dist/ (`npm run build` first). */
const RBC = fileURLToPath(new URL("../bin/rbc.js", import.meta.url));

const exec = promisify(execFile);

/** How long watch may take to stop its container and exit after SIGINT. */
const STOP_LIMIT_MS = 60_000;

const REBUILDING = /: rebuilding \(changed: /;
const REBUILT = /: rebuilt in (\d+) ms/;
const RESTARTED = /: restarted (\S+) in (\d+) ms \((.*)\)$/;
const STARTED_OR_NOT = /: (?:started \S+ in \d+ ms|not started: )/;
const ENGINE_REBUILD = /: rebuilding \(engine: /;

/** One overlay change, in seconds; NaN where watch's log did not say. */
export interface RbcSample {
  /** Writing bundle.yaml → the new page answers. */
  readonly seconds: number;
  /** Writing bundle.yaml → watch prints "rebuilding (changed: …)". */
  readonly detect: number;
  /** What watch reports: "rebuilt in", "restarted in" and the restart's stop and start steps. */
  readonly rebuild: number;
  readonly restart: number;
  readonly stop: number;
  readonly start: number;
  /** watch prints "restarted" → the new page answers. */
  readonly answer: number;
  readonly timeouts: number;
}

/** `rbc watch --run` on a scratch project, serving the page on `port`. */
export interface RbcWatch {
  /** The bundle directory watch runs (the raw runc cycle runs a copy of it). */
  readonly bundleDir: string;
  readonly change: (greeting: string) => Promise<RbcSample>;
  /** Rebuilds watch made on engine events so far (not the benchmark's doing). */
  readonly engineRebuilds: () => number;
  /** SIGINT to watch and wait for it to exit (it stops its container); remove the project. */
  readonly close: () => Promise<void>;
}

/**
 * Creates the scratch project, builds it (`rbc build --rootfs`), starts `rbc watch --run` and
 * waits until the first page answers. `log` receives progress lines; `onClose` is handed `close`
 * as soon as there is something to clean up, so an interrupted start is cleaned up too.
 */
export async function startRbcWatch(
  port: number,
  greeting: string,
  workload: Workload,
  { log, onClose }: { log: (line: string) => void; onClose: (close: () => Promise<void>) => void },
): Promise<RbcWatch> {
  const root = await mkdtemp(join(tmpdir(), "rbc-watch-bench-"));
  const name = `watchbench-${workload.key}-${process.pid}`;
  const overlay = (next: string): string => overlayText(next, port, workload);
  const overlayFile = join(root, "bundles", name, "bundle.yaml");
  let watch: ChildProcess | undefined;
  const close = async (): Promise<void> => {
    if (watch !== undefined) await stopWatch(watch, `rbc-${name}`, log);
    await rm(root, { recursive: true, force: true });
  };
  onClose(close);
  try {
    await mkdir(join(root, "bundles", name), { recursive: true });
    await writeFile(overlayFile, overlay(greeting));
    log(`rbc build --rootfs (scratch project ${root})`);
    await runTimed(process.execPath, [RBC, "build", "--rootfs", join(root, "bundles")]);
    const lines = new LogLines();
    watch = spawnWatch(root, lines);
    log("rbc watch --run bundles/: waiting for the first page");
    const first = await lines.waitFor(STARTED_OR_NOT, 0, CHANGE_LIMIT_MS);
    if (first.text.includes(": not started: ")) {
      throw new Error(reason("it did not start the container", lines));
    }
    await waitForBody(port, greeting, CHANGE_LIMIT_MS);
    return {
      bundleDir: join(root, "bundles", name),
      change: (next) => changeOverlay(overlayFile, () => overlay(next), { port, next, lines }),
      engineRebuilds: () => lines.lines.filter((line) => ENGINE_REBUILD.test(line.text)).length,
      close,
    };
  } catch (cause) {
    throw new Error(`rbc watch: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

function overlayText(greeting: string, port: number, workload: Workload): string {
  return [
    `image: ${IMAGE}`,
    `command: ${JSON.stringify(["sh", "-c", workload.script])}`,
    "environment:",
    `  GREETING: ${JSON.stringify(greeting)}`,
    `ports: ["${port}:80"]`,
    `stop_grace_period: ${GRACE_SECONDS}s`,
    "",
  ].join("\n");
}

/**
 * `rbc watch --run bundles/` in the project, in its own process group (a Ctrl+C at the terminal
 * reaches only the benchmark, which then sends watch exactly one SIGINT).
 */
function spawnWatch(root: string, lines: LogLines): ChildProcess {
  const env = { ...process.env, NO_COLOR: "1" };
  const child = spawn(process.execPath, [RBC, "watch", "--run", "bundles/"], {
    cwd: root,
    env,
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
  });
  lines.follow(child.stderr);
  child.on("exit", (code, signal) => {
    lines.end(`rbc watch exited (${signal ?? `exit ${String(code)}`})`);
  });
  return child;
}

/** Writes the overlay with a new greeting and times it until the new page answers. */
async function changeOverlay(
  overlayFile: string,
  overlay: () => string,
  { port, next: greeting, lines }: { port: number; next: string; lines: LogLines },
): Promise<RbcSample> {
  const from = lines.lines.length;
  const began = performance.now();
  await writeFile(overlayFile, overlay());
  const answered = await waitForBody(port, greeting, CHANGE_LIMIT_MS).catch((cause: unknown) => {
    throw new Error(`rbc: ${reason(cause, lines)}`);
  });
  // The page can answer a moment before watch has printed its line about the restart.
  const restarted = await lines.waitFor(RESTARTED, from, 10_000);
  const rebuilding = lines.find(REBUILDING, from);
  const steps = RESTARTED.exec(restarted.text)?.[3] ?? "";
  return {
    seconds: (answered.at - began) / 1000,
    detect: rebuilding === undefined ? Number.NaN : (rebuilding.at - began) / 1000,
    rebuild: loggedSeconds(lines.find(REBUILT, from)?.text, REBUILT),
    restart: loggedSeconds(restarted.text, RESTARTED, 2),
    stop: loggedSeconds(steps, /\bstop (\d+) ms/),
    start: loggedSeconds(steps, /\bstart (\d+) ms/),
    answer: (answered.at - restarted.at) / 1000,
    timeouts: answered.timeouts,
  };
}

/** `N ms` captured from a watch log line, in seconds; NaN when the line does not have it. */
function loggedSeconds(text: string | undefined, pattern: RegExp, group = 1): number {
  const ms = text === undefined ? undefined : pattern.exec(text)?.[group];
  return ms === undefined ? Number.NaN : Number(ms) / 1000;
}

/** An error's message, and what watch printed last. */
function reason(cause: unknown, lines: LogLines): string {
  const message = cause instanceof Error ? cause.message : String(cause);
  return `${message}\nrbc watch printed last:\n${lines.tail()}`;
}

/**
 * SIGINT, then wait for watch to stop its container and exit. Should it hang, SIGKILL it and
 * delete the container with runc; either way, say what was left.
 */
async function stopWatch(
  watch: ChildProcess,
  id: string,
  log: (line: string) => void,
): Promise<void> {
  const exited = new Promise<string>((done) => {
    if (watch.exitCode !== null || watch.signalCode !== null) done(describeExit(watch));
    else
      watch.once("exit", () => {
        done(describeExit(watch));
      });
  });
  watch.kill("SIGINT");
  const how = await Promise.race([exited, delay(STOP_LIMIT_MS, "hung", { ref: false })]);
  if (how === "hung") {
    log(`rbc watch did not exit within ${STOP_LIMIT_MS} ms of SIGINT: SIGKILL`);
    watch.kill("SIGKILL");
    await exited;
  } else {
    log(`rbc watch stopped (${how})`);
  }
  const left = await exec("runc", ["state", id]).then(
    () => true,
    () => false,
  );
  if (left) {
    log(`rbc watch left ${id} behind: runc delete --force ${id}`);
    await exec("runc", ["delete", "--force", id]);
  }
}

function describeExit(child: ChildProcess): string {
  return child.signalCode === null ? `exit ${String(child.exitCode)}` : child.signalCode;
}
