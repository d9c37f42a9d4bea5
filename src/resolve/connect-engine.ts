import type { Engine } from "./engine.ts";

/**
 * The Docker engine of this environment (DOCKER_HOST or the default socket). dockerode loads only
 * here, on first use, so commands that need no engine start without it.
 */
export async function connectEngine(): Promise<Engine> {
  const { connectDocker } = await import("./docker.ts");
  return connectDocker();
}
