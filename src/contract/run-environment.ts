import { isBundleRunName, runtimeBundleDir } from "./run-layout.ts";

/**
 * What of a bundle's process environment is filled in at run time, never at build: config.json
 * carries it in the `rbc.environment` annotation, as JSON, and keeps in `process.env` a visible
 * placeholder for each variable filled in then (its `environment` template as written,
 * `DATABASE_URL=postgres://app:${DB_PASSWORD}@db/app`). `rbc run` and `rbc watch --run` read
 * it back and write the filled-in config.json under /run/rbc, for runc only.
 */
export const RUN_ENVIRONMENT_ANNOTATION = "rbc.environment";

/** One `env_file` entry: read at run time, relative to the bundle directory unless absolute. */
export interface RunEnvFile {
  readonly path: string;
  /** A missing required file stops the run; a missing optional one is skipped (Compose). */
  readonly required: boolean;
}

export interface RunEnvironment {
  /**
   * The variables whose `process.env` value is a Compose template (`${VAR}`, `${VAR:-default}`,
   * ...) filled in from the environment of the rbc that runs the bundle, in `process.env` order.
   */
  readonly interpolate: readonly string[];
  /** `env_file` entries, in order: a later file's variable replaces an earlier one's. */
  readonly envFiles: readonly RunEnvFile[];
  /**
   * The variables the overlay's `environment` sets or removes, which an env file does not
   * override (Compose: `environment` wins over `env_file`); listed only with env files.
   */
  readonly environment: readonly string[];
}

/** The annotation's value, or undefined when nothing is filled in at run time. */
export function formatRunEnvironment(run: RunEnvironment): string | undefined {
  if (run.interpolate.length === 0 && run.envFiles.length === 0) return undefined;
  return JSON.stringify({
    interpolate: run.interpolate,
    envFiles: run.envFiles.map(({ path, required }) => ({ path, required })),
    environment: run.envFiles.length === 0 ? [] : run.environment,
  });
}

/**
 * Reads the annotation back: undefined when there is none, a description of what is wrong when
 * it cannot be read (anyone can edit config.json).
 */
export function readRunEnvironment(
  annotations: Readonly<Record<string, string>> | undefined,
): RunEnvironment | { readonly problem: string } | undefined {
  const text = annotations?.[RUN_ENVIRONMENT_ANNOTATION];
  if (text === undefined) return undefined;
  const problem = { problem: `the ${RUN_ENVIRONMENT_ANNOTATION} annotation is not valid` };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return problem;
  }
  if (typeof raw !== "object" || raw === null) return problem;
  const { interpolate, envFiles, environment } = raw as Record<string, unknown>;
  if (!isStringList(interpolate) || !isStringList(environment) || !Array.isArray(envFiles)) {
    return problem;
  }
  const files = envFiles.filter(isEnvFile);
  if (files.length !== envFiles.length) return problem;
  return { interpolate, envFiles: files, environment };
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

function isEnvFile(value: unknown): value is RunEnvFile {
  if (typeof value !== "object" || value === null) return false;
  const { path, required } = value as Record<string, unknown>;
  return typeof path === "string" && path !== "" && typeof required === "boolean";
}

/**
 * The bundle directory a runtime config.json (run/runtime-bundle.ts) was written for: runc then
 * records the runtime directory as the container's bundle, and hooks, `rbc ps` and `rbc watch`
 * read the bundle's own directory from this annotation.
 */
export const RUNTIME_BUNDLE_ANNOTATION = "rbc.bundle";

/**
 * The bundle directory of a container, from the state runc reports (`runc state`, `runc list`, a
 * hook's stdin): its `bundle`, or, for a bundle rbc ran from its runtime directory, the directory
 * the runtime config.json names. Only rbc's own runtime directory of that id is followed.
 */
export function bundleDirOfState(state: {
  readonly id: string;
  readonly bundle: string;
  readonly annotations?: Readonly<Record<string, string>>;
}): string {
  const own = state.annotations?.[RUNTIME_BUNDLE_ANNOTATION];
  if (own === undefined || !own.startsWith("/") || !isBundleRunName(state.id)) return state.bundle;
  return state.bundle === runtimeBundleDir(state.id) ? own : state.bundle;
}
