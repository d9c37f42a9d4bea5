import {
  DOCKER_BIN,
  runDocker as runClient,
  runDockerChecked as runClientChecked,
} from "../../scripts/images/docker-cli.ts";
import type { DockerResult, DockerRunOptions } from "../../scripts/images/docker-cli.ts";
import type { ImageArchive } from "../../scripts/images/image-archive.ts";
import { defaultEngine, type Engine } from "./engines.ts";

/**
 * Docker helpers for the engine tests. They drive an engine through its own client (by default
 * the host's engine with Debian's 20.10 client, by absolute path: DOCKER_BIN) and keep track of
 * the containers they create so a test can remove them all.
 */

export { DOCKER_BIN };
export type { DockerResult, DockerRunOptions };

/** Options of runDocker: which engine's client to run (default: the host's engine). */
export type EngineRunOptions = DockerRunOptions & { readonly engine?: Engine };

/** Runs the engine's docker client; never throws on a non-zero exit. */
export function runDocker(
  args: readonly string[],
  options: EngineRunOptions = {},
): Promise<DockerResult> {
  const { engine = defaultEngine, ...rest } = options;
  return runClient(args, { ...rest, client: engine.docker });
}

/** Like runDocker, but a non-zero exit becomes an Error carrying the client's stderr. */
export function runDockerChecked(
  args: readonly string[],
  options: EngineRunOptions = {},
): Promise<string> {
  const { engine = defaultEngine, ...rest } = options;
  return runClientChecked(args, { ...rest, client: engine.docker });
}

const trackedContainers = new Map<string, Engine>();

/** Registers a container for removeTrackedContainers. */
export function trackContainer(id: string, engine: Engine = defaultEngine): void {
  trackedContainers.set(id, engine);
}

/** `docker create <args>`; returns the full container ID, tracked for cleanup. */
export async function createContainer(
  createArgs: readonly string[],
  engine: Engine = defaultEngine,
): Promise<string> {
  const id = (await runDockerChecked(["create", ...createArgs], { engine })).trim();
  trackContainer(id, engine);
  return id;
}

/** `docker rm -f -v`; a container that is already gone is not an error. */
export async function removeContainer(id: string, engine?: Engine): Promise<void> {
  const on = engine ?? trackedContainers.get(id) ?? defaultEngine;
  trackedContainers.delete(id);
  const result = await runDocker(["rm", "--force", "--volumes", id], { engine: on });
  if (result.exitCode !== 0 && !/no such container/i.test(result.stderr)) {
    throw new Error(`cannot remove container ${id}: ${result.stderr.trim()}`);
  }
}

/** Removes every container created or tracked so far (for afterEach/afterAll). */
export async function removeTrackedContainers(): Promise<void> {
  const tracked = [...trackedContainers];
  await Promise.all(tracked.map(([id, engine]) => removeContainer(id, engine)));
}

/** `docker container inspect`; the single object, parsed. */
export async function inspectContainer(
  id: string,
  engine: Engine = defaultEngine,
): Promise<unknown> {
  const parsed: unknown = JSON.parse(
    await runDockerChecked(["container", "inspect", id], { engine }),
  );
  return Array.isArray(parsed) ? parsed[0] : parsed;
}

/** `docker load` from memory (e.g. a hostile image from createImageArchive); returns its ID. */
export async function loadImageArchive(archive: ImageArchive): Promise<string> {
  await runDockerChecked(["load", "--quiet"], { input: archive.bytes });
  return archive.id;
}

/** `docker rmi --force`; an image that is already gone is not an error. */
export async function removeImage(ref: string): Promise<void> {
  const result = await runDocker(["rmi", "--force", ref]);
  if (result.exitCode !== 0 && !/no such image/i.test(result.stderr)) {
    throw new Error(`cannot remove image ${ref}: ${result.stderr.trim()}`);
  }
}
