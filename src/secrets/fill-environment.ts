import type { RunEnvironment } from "../contract/index.ts";
import { parseEnvFile } from "./env-file.ts";
import { interpolate, parseTemplate, type Lookup } from "./interpolation.ts";

/** An env file as the run found it: its text, or undefined when there is no such file. */
export interface EnvFileText {
  /** As config.json names it, for messages. */
  readonly path: string;
  readonly text: string | undefined;
}

/** The filled-in process environment, or why the bundle cannot run with this environment. */
export type FilledEnvironment =
  | {
      readonly env: readonly string[];
      /** Variables read without a default that are not set (a blank string was used). */
      readonly unset: readonly string[];
    }
  | { readonly problem: string };

/**
 * The process environment a bundle runs with (pure): config.json's `process.env` with its
 * templates filled in from `lookup` (the environment of the rbc that runs it), then the
 * variables of its env files, as `docker compose` resolves a service's environment
 * (compose-go WithServicesEnvironmentResolved). An env file's variable replaces one of the same
 * name in place (an image's, or Docker's `PATH`), unless the overlay's `environment` sets or
 * removes it, which wins; new ones are appended in file order. `files` are `run.envFiles`' texts.
 */
export function fillEnvironment(
  env: readonly string[],
  run: RunEnvironment,
  lookup: Lookup,
  files: readonly EnvFileText[],
): FilledEnvironment {
  const templated = new Set(run.interpolate);
  const unset = new Set<string>();
  const filled: string[] = [];
  for (const entry of env) {
    const { name, value } = splitEntry(entry);
    if (value === undefined || !templated.has(name)) {
      filled.push(entry);
      continue;
    }
    const parsed = parseTemplate(value);
    if ("problem" in parsed) return { problem: `process.env ${name}: ${parsed.problem}` };
    const result = interpolate(parsed.template, lookup);
    if ("missing" in result) return { problem: missingMessage(name, result.missing) };
    for (const variable of result.unset) unset.add(variable);
    filled.push(`${name}=${result.value}`);
  }
  const fromFiles = readEnvFiles(run, filled, lookup, files);
  if ("problem" in fromFiles) return fromFiles;
  for (const variable of fromFiles.unset) unset.add(variable);
  return { env: withFileVariables(filled, fromFiles.variables, run), unset: [...unset] };
}

function missingMessage(name: string, missing: { name: string; message: string }): string {
  const reason = missing.message === "" ? "" : `: ${missing.message}`;
  return `${name} needs ${missing.name}, which is not set${reason}`;
}

/** Every env file's variables, later files over earlier ones. */
function readEnvFiles(
  run: RunEnvironment,
  filled: readonly string[],
  lookup: Lookup,
  files: readonly EnvFileText[],
): { variables: Map<string, string>; unset: string[] } | { problem: string } {
  const own = new Set(run.environment);
  const overlay = new Map(
    filled
      .map(splitEntry)
      .flatMap(({ name, value }) =>
        own.has(name) && value !== undefined ? [[name, value] as const] : [],
      ),
  );
  const variables = new Map<string, string>();
  const unset: string[] = [];
  for (const [index, file] of files.entries()) {
    const required = run.envFiles[index]?.required ?? true;
    if (file.text === undefined) {
      if (required) return { problem: `env file ${file.path} not found` };
      continue;
    }
    // Compose: the environment first, then the service's environment, then earlier variables.
    const read: Lookup = (name) => lookup(name) ?? overlay.get(name);
    const parsed = parseEnvFile(file.text, read, (name) => variables.get(name));
    if ("problem" in parsed) {
      return { problem: `env file ${file.path}, line ${parsed.line}: ${parsed.problem}` };
    }
    for (const { name, value } of parsed.variables) variables.set(name, value);
    unset.push(...parsed.unset);
  }
  return { variables, unset };
}

function withFileVariables(
  env: readonly string[],
  variables: ReadonlyMap<string, string>,
  run: RunEnvironment,
): string[] {
  const own = new Set(run.environment);
  const placed = new Set<string>();
  const result = env.map((entry) => {
    const { name } = splitEntry(entry);
    const value = variables.get(name);
    if (value === undefined || own.has(name)) return entry;
    placed.add(name);
    return `${name}=${value}`;
  });
  for (const [name, value] of variables) {
    if (!placed.has(name) && !own.has(name)) result.push(`${name}=${value}`);
  }
  return result;
}

function splitEntry(entry: string): { name: string; value: string | undefined } {
  const eq = entry.indexOf("=");
  return eq === -1
    ? { name: entry, value: undefined }
    : { name: entry.slice(0, eq), value: entry.slice(eq + 1) };
}
