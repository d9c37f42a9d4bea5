import { EnvironmentError } from "./rbc-error.ts";

/** The Docker engine does not answer at its endpoint. */
export class DockerUnavailableError extends EnvironmentError {
  constructor(endpoint: string, cause?: unknown) {
    super(
      "DOCKER_UNAVAILABLE",
      `cannot reach the Docker engine at ${endpoint}; is dockerd running (or DOCKER_HOST set)?`,
      { cause },
    );
  }
}

/** An overlay's image is not on the engine; rbc never pulls. */
export class ImageNotFoundError extends EnvironmentError {
  readonly ref: string;

  constructor(ref: string) {
    super(
      "IMAGE_NOT_FOUND",
      `image "${ref}" is not present on the Docker engine (rbc never pulls; docker pull or docker load it first)`,
    );
    this.ref = ref;
  }
}

/** An overlay's container (or a donor it joins) is not on the engine. */
export class ContainerNotFoundError extends EnvironmentError {
  readonly ref: string;

  constructor(ref: string) {
    super("CONTAINER_NOT_FOUND", `container "${ref}" does not exist on the Docker engine`);
    this.ref = ref;
  }
}

/** The lock lacks an answer the overlay now needs: the bundle must be built with an engine. */
export class LockIncompleteError extends EnvironmentError {
  constructor(what: string) {
    super(
      "LOCK_INCOMPLETE",
      `the lock does not record ${what}; the overlay changed what it needs from the engine (run rbc build with the engine running)`,
    );
  }
}

/**
 * The engine answered a request with an error (a 4xx other than "not found", or a 5xx): its own
 * message is quoted, since it is the engine's failure or refusal, not rbc's.
 */
export class EngineRequestError extends EnvironmentError {
  readonly status: number;

  constructor(
    endpoint: string,
    what: string,
    status: number,
    engineMessage: string,
    cause?: unknown,
  ) {
    super(
      "ENGINE_REQUEST_FAILED",
      `the Docker engine at ${endpoint} failed ${what} (HTTP ${String(status)}): ${engineMessage}`,
      { cause },
    );
    this.status = status;
  }
}

/** The connection to the engine broke while rbc was reading a response (docker save, export). */
export class EngineConnectionLostError extends EnvironmentError {
  constructor(endpoint: string, what: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(
      "ENGINE_CONNECTION_LOST",
      `the connection to the Docker engine at ${endpoint} broke during ${what}: ${reason}`,
      { cause },
    );
  }
}

/** A docker context rbc was told to use (as the docker CLI would be) does not exist. */
export class DockerContextError extends EnvironmentError {
  constructor(name: string, from: string, metaFile: string) {
    super(
      "DOCKER_CONTEXT_NOT_FOUND",
      `docker context "${name}" (from ${from}) does not exist: no endpoint in ${metaFile} (docker context ls lists them)`,
    );
  }
}

/** The Docker CLI (`docker` on PATH), which `rbc init --from-run` creates its container with, is missing. */
export class DockerCliError extends EnvironmentError {
  constructor(cause: Error) {
    super(
      "DOCKER_CLI",
      `cannot run the docker command (rbc init --from-run needs it on PATH): ${cause.message}`,
      { cause },
    );
  }
}
