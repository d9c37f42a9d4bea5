import { DOCKER_BIN, runDocker, runDockerChecked } from "../../scripts/images/docker-cli.ts";
import type { ImageArchive } from "../../scripts/images/image-archive.ts";

/**
 * Docker helpers for the engine tests. They drive Debian's 20.10 client by absolute path
 * (DOCKER_BIN) and keep track of the containers they create so a test can remove them all.
 */

export { DOCKER_BIN, runDocker, runDockerChecked };
export type { DockerResult, DockerRunOptions } from "../../scripts/images/docker-cli.ts";

const trackedContainers = new Set<string>();

/** Registers a container for removeTrackedContainers. */
export function trackContainer(id: string): void {
  trackedContainers.add(id);
}

/** `docker create <args>`; returns the full container ID, tracked for cleanup. */
export async function createContainer(createArgs: readonly string[]): Promise<string> {
  const id = (await runDockerChecked(["create", ...createArgs])).trim();
  trackContainer(id);
  return id;
}

/** `docker rm -f -v`; a container that is already gone is not an error. */
export async function removeContainer(id: string): Promise<void> {
  trackedContainers.delete(id);
  const result = await runDocker(["rm", "--force", "--volumes", id]);
  if (result.exitCode !== 0 && !/no such container/i.test(result.stderr)) {
    throw new Error(`cannot remove container ${id}: ${result.stderr.trim()}`);
  }
}

/** Removes every container created or tracked so far (for afterEach/afterAll). */
export async function removeTrackedContainers(): Promise<void> {
  const ids = [...trackedContainers];
  await Promise.all(ids.map((id) => removeContainer(id)));
}

/** `docker container inspect`; the single object, parsed. */
export async function inspectContainer(id: string): Promise<unknown> {
  const parsed: unknown = JSON.parse(await runDockerChecked(["container", "inspect", id]));
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
