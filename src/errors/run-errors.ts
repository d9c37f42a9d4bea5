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

/** The bundle's container is running already (exit 3). */
export class AlreadyRunningError extends EnvironmentError {
  constructor(id: string, dir: string) {
    super("ALREADY_RUNNING", `${id} is already running (rbc stop ${dir})`);
  }
}

/** A `container:NAME` mode names a bundle that is not running (exit 3). */
export class JoinedBundleNotRunningError extends EnvironmentError {
  constructor(name: string) {
    super(
      "JOINED_NOT_RUNNING",
      `bundle ${name} is not running; this bundle joins its namespaces (container:${name}), so rbc run ${name} first`,
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
