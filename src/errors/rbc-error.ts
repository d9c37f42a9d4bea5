/**
 * The base of every exception rbc raises on purpose. Problems with what a user wrote are never
 * exceptions: they are Diagnostics (diagnostics.ts). What is thrown is a failure of the
 * surroundings (EnvironmentError: the engine, an image, runc, the host network), a runc exit
 * (RuncExitError) or a broken invariant (InternalError). Only the CLI entry turns them into exit
 * codes.
 */
export abstract class RbcError extends Error {
  /** A stable identifier of the failure, for `--json` output and tests. */
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** Something rbc depends on is missing, unreachable or refused (exit 3). */
export class EnvironmentError extends RbcError {}

/** A broken invariant inside rbc: reported with a stack and a request to file a bug (exit 70). */
export class InternalError extends RbcError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("INTERNAL", message, options);
  }
}
