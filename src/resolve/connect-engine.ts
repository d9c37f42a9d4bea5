import type { Engine } from "./engine.ts";

/**
 * The Docker engine of this environment, found as the docker CLI finds it (DOCKER_HOST, then
 * DOCKER_CONTEXT, then the CLI config's current context, then the default socket; see
 * docker-context.ts). dockerode loads only here, on first use, so commands that need no engine
 * start without it.
 */
export async function connectEngine(): Promise<Engine> {
  const [{ connectDocker }, { dockerEndpoint }, { engineTimeouts }] = await Promise.all([
    import("./docker.ts"),
    import("./docker-context.ts"),
    import("./engine-timeouts.ts"),
  ]);
  return connectDocker(engineTimeouts(), await dockerEndpoint());
}
