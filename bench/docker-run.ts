import { execFile } from "node:child_process";
import { performance } from "node:perf_hooks";
import { promisify } from "node:util";
import { runTimed } from "./run-timed.ts";
import { waitForBody } from "./wait-for-body.ts";
import { CHANGE_LIMIT_MS, GRACE_SECONDS, IMAGE, type Workload } from "./web-page.ts";

const exec = promisify(execFile);

/** Always the Debian engine's CLI: the `docker` first on PATH may be something else. */
const DOCKER = "/usr/bin/docker";

/**
 * How Docker replaces the container: `rm` is `docker rm -f` (SIGKILL at once) then `docker run`;
 * `stop` is what `docker compose` does on a restart: `docker stop -t <grace>` (the stop signal,
 * SIGKILL after the grace period), `docker rm`, `docker run`.
 */
export type DockerWay = "rm" | "stop";

/** One change applied Docker's way, in seconds. */
export interface DockerSample {
  /** The first command starts → the new page answers. */
  readonly seconds: number;
  /** `docker rm -f`, or `docker stop -t` + `docker rm`. */
  readonly remove: number;
  readonly run: number;
  /** `docker run -d` returned → the new page answers. */
  readonly answer: number;
  readonly timeouts: number;
}

/** A container named `name` serving the page on `port`, replaced on every change. */
export interface DockerRun {
  readonly change: (greeting: string, way: DockerWay) => Promise<DockerSample>;
}

/** Starts the first container and waits until its page answers (removeContainer cleans up). */
export async function startDockerRun(
  name: string,
  port: number,
  greeting: string,
  workload: Workload,
): Promise<DockerRun> {
  const run = (next: string): Promise<unknown> =>
    runTimed(DOCKER, [
      "run",
      "-d",
      "--name",
      name,
      "-p",
      `${port}:80`,
      "-e",
      `GREETING=${next}`,
      IMAGE,
      "sh",
      "-c",
      workload.script,
    ]);
  await removeContainer(name);
  await run(greeting);
  await waitForBody(port, greeting, CHANGE_LIMIT_MS);
  const change = async (next: string, way: DockerWay): Promise<DockerSample> => {
    const began = performance.now();
    if (way === "rm") await runTimed(DOCKER, ["rm", "-f", name]);
    else {
      await runTimed(DOCKER, ["stop", "-t", String(GRACE_SECONDS), name]);
      await runTimed(DOCKER, ["rm", name]);
    }
    const removed = performance.now();
    await run(next);
    const started = performance.now();
    const answered = await waitForBody(port, next, CHANGE_LIMIT_MS);
    return {
      seconds: (answered.at - began) / 1000,
      remove: (removed - began) / 1000,
      run: (started - removed) / 1000,
      answer: (answered.at - started) / 1000,
      timeouts: answered.timeouts,
    };
  };
  return { change };
}

/** `docker rm -f` the container; nothing happens when there is none. */
export async function removeContainer(name: string): Promise<void> {
  await exec(DOCKER, ["rm", "-f", name]).catch(() => undefined);
}
