/**
 * Environment failures are exceptions; the CLI entry maps them to exit codes
 * (3 for Docker and its objects, 4 for runc, anything else is a bug).
 */
export class CompileError extends Error {
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

export class DockerUnavailableError extends CompileError {
  constructor(endpoint: string, cause?: unknown) {
    super(
      "DOCKER_UNAVAILABLE",
      `cannot reach the Docker engine at ${endpoint}; is dockerd running (or DOCKER_HOST set)?`,
      { cause },
    );
  }
}

export class ImageNotFoundError extends CompileError {
  readonly ref: string;

  constructor(ref: string) {
    super(
      "IMAGE_NOT_FOUND",
      `image "${ref}" is not present on the Docker engine (rbc never pulls; docker pull or docker load it first)`,
    );
    this.ref = ref;
  }
}

export class ContainerNotFoundError extends CompileError {
  readonly ref: string;

  constructor(ref: string) {
    super("CONTAINER_NOT_FOUND", `container "${ref}" does not exist on the Docker engine`);
    this.ref = ref;
  }
}

export class BundleWriteError extends CompileError {
  constructor(path: string, cause: unknown) {
    super("BUNDLE_WRITE", `cannot write ${path}: ${String(cause)}`, { cause });
  }
}

export class RuncExitError extends CompileError {
  readonly exitCode: number;

  constructor(exitCode: number, message: string) {
    super("RUNC_EXIT", message);
    this.exitCode = exitCode;
  }
}

/** A broken invariant inside rbc: reported with a stack and a request to file a bug. */
export class InternalError extends CompileError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("INTERNAL", message, options);
  }
}
