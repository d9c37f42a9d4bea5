import { EnvironmentError, RbcError } from "./rbc-error.ts";

/** runc ran and failed (exit 4). */
export class RuncExitError extends RbcError {
  readonly exitCode: number;

  constructor(exitCode: number, message: string) {
    super("RUNC_EXIT", message);
    this.exitCode = exitCode;
  }
}

/** runc is not installed, or the path given with --runc is not an executable (exit 3). */
export class RuncNotFoundError extends EnvironmentError {
  constructor(path?: string) {
    super(
      "RUNC_NOT_FOUND",
      path === undefined
        ? "runc not found on PATH (install Debian's runc, or pass --runc)"
        : `runc not found at ${path} (install Debian's runc, or pass --runc)`,
    );
  }
}

/**
 * The bundle's container is running already (exit 3); `olderRbc`: under the id an older rbc gave
 * it (`rbc-<name>`).
 */
export class AlreadyRunningError extends EnvironmentError {
  constructor(id: string, dir: string, options: { olderRbc?: boolean } = {}) {
    const older = options.olderRbc === true ? ", started by an older rbc" : "";
    super("ALREADY_RUNNING", `${id} is already running${older} (rbc stop ${dir})`);
  }
}

/**
 * The bundle's container id is held by a container of another bundle directory (exit 3): a second
 * clone of the same repository, or another bundle with the same `container_name`.
 */
export class ContainerIdInUseError extends EnvironmentError {
  constructor(id: string, holder: string) {
    super(
      "CONTAINER_ID_IN_USE",
      `the container id ${id} is in use by the bundle ${holder} (rbc stop ${holder}, or give this bundle another container_name)`,
    );
  }
}

/** A `container:NAME` mode names a bundle that is not running (exit 3). */
export class JoinedBundleNotRunningError extends EnvironmentError {
  constructor(id: string) {
    super(
      "JOINED_NOT_RUNNING",
      `the bundle this one joins (container:NAME, running as ${id}) is not running: rbc run it first`,
    );
  }
}

/**
 * The environment a bundle runs with cannot be filled in (exit 3): a variable its config.json
 * requires (`${VAR:?error}`) is not set, an env file it requires is missing or unreadable, or
 * malformed. The message names variables and files, never a value.
 */
export class RunEnvironmentError extends EnvironmentError {
  constructor(message: string) {
    super("RUN_ENVIRONMENT", message);
  }
}
