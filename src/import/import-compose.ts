import { error, hasErrors, type Diagnostic, type Result } from "../diagnostics.ts";
import { parseOverlay } from "../overlay/index.ts";
import { parseEnvFile, type Lookup } from "../secrets/index.ts";
import { interpolateService } from "./interpolate-service.ts";
import { serviceOverlay } from "./service-overlay.ts";
import { sharedBases, type SharedBase } from "./shared-bases.ts";
import type { ComposePath, ImportContext, ImportNote, ServiceImport } from "./types.ts";

/** What `rbc import` reads: the Compose file, its project's `.env`, and its own environment. */
export interface ComposeInput {
  /** The Compose file's text, and its path as messages name it. */
  readonly text: string;
  readonly file: string;
  /** The project's `.env` (beside the Compose file), when there is one. */
  readonly dotenv?: { readonly text: string; readonly file: string };
  /** The environment `rbc import` runs in: Compose's variables come from it first. */
  readonly environment: Lookup;
  /** The project directory's name (Compose's default project name). */
  readonly directoryName: string;
  /** The project directory relative to a bundle directory (`../..` for `bundles/web`). */
  readonly projectFromBundle: string;
}

/** The services, mapped and factored, ready to be written. */
export interface ComposeImport {
  readonly project: string;
  readonly services: readonly (ServiceImport & { readonly extends: readonly string[] })[];
  readonly bases: readonly SharedBase[];
}

const serviceName = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;

/**
 * A Compose file as bundle overlays: each service mapped (service-overlay.ts) after interpolation
 * (interpolate-service.ts), the settings services share moved to bases (shared-bases.ts).
 * Nothing is returned when anything is an error: an import is whole or not at all.
 */
export function importCompose(input: ComposeInput): Result<ComposeImport> {
  const parsed = parseOverlay(input.text, input.file);
  if (parsed.value === undefined) return { value: undefined, diagnostics: parsed.diagnostics };
  const { data, locate } = parsed.value;
  const at = (path: ComposePath) => locate([...path]);
  const top = topLevelProblems(data, at);
  if (top.length > 0) return { value: undefined, diagnostics: top };
  const dotenv = readDotenv(input);
  if ("problem" in dotenv) return { value: undefined, diagnostics: [dotenv.problem] };
  const lookup: Lookup = (name) => input.environment(name) ?? dotenv.values.get(name);
  const project = projectName(data, input);
  const services = data["services"] as Record<string, unknown>;
  const diagnostics: Diagnostic[] = [];
  const imported: ServiceImport[] = [];
  for (const [name, raw] of Object.entries(services)) {
    const serviceAt = (path: ComposePath) => at(["services", name, ...path]);
    if (!serviceName.test(name)) {
      const message = `service name "${name}" cannot name a bundle directory (${serviceName.source})`;
      diagnostics.push(error("IMP801", message, { location: serviceAt([]) }));
      continue;
    }
    const context: ImportContext = {
      file: input.file,
      locate: serviceAt,
      projectFromBundle: input.projectFromBundle,
      project,
      volumes: record(data["volumes"]),
      services: Object.keys(services),
      dotenvNames: new Set(dotenv.values.keys()),
    };
    const filled = interpolateService(record(raw), lookup, context);
    diagnostics.push(...filled.diagnostics);
    if (hasErrors(filled.diagnostics)) continue;
    const mapped = serviceOverlay(name, filled.service, context);
    diagnostics.push(...mapped.diagnostics);
    if (mapped.value !== undefined) {
      const notes = [
        ...mapped.value.notes,
        ...variableNotes(filled, lookup, dotenv.values, serviceAt),
      ];
      imported.push({ ...mapped.value, notes });
    }
  }
  if (hasErrors(diagnostics)) return { value: undefined, diagnostics };
  return { value: { project, ...sharedBases(imported) }, diagnostics };
}

function topLevelProblems(
  data: Readonly<Record<string, unknown>>,
  at: (path: ComposePath) => ReturnType<ImportContext["locate"]>,
): Diagnostic[] {
  const problems: Diagnostic[] = [];
  if (data["include"] !== undefined) {
    const message = `"include" cannot be imported: resolve it first (docker compose config > resolved.yaml)`;
    problems.push(error("IMP801", message, { key: "include", location: at(["include"]) }));
  }
  const services = data["services"];
  if (typeof services !== "object" || services === null || Array.isArray(services)) {
    const message = `a Compose file needs a "services" mapping of service names to settings`;
    problems.push(error("IMP801", message, { key: "services", location: at(["services"]) }));
  } else if (Object.keys(services).length === 0) {
    const message = `"services" names no service`;
    problems.push(error("IMP801", message, { key: "services", location: at(["services"]) }));
  }
  return problems;
}

function readDotenv(
  input: ComposeInput,
): { readonly values: ReadonlyMap<string, string> } | { readonly problem: Diagnostic } {
  if (input.dotenv === undefined) return { values: new Map() };
  const parsed = parseEnvFile(input.dotenv.text, input.environment);
  if ("problem" in parsed) {
    const location = { file: input.dotenv.file, line: parsed.line, col: 1 };
    return { problem: error("IMP801", parsed.problem, { location }) };
  }
  return { values: new Map(parsed.variables.map((v) => [v.name, v.value])) };
}

/**
 * Compose's project name: the file's `name`, else COMPOSE_PROJECT_NAME, else the project
 * directory's name, lowercased with what Compose does not allow removed.
 */
function projectName(data: Readonly<Record<string, unknown>>, input: ComposeInput): string {
  const given = data["name"];
  const raw =
    typeof given === "string"
      ? given
      : (input.environment("COMPOSE_PROJECT_NAME") ?? input.directoryName);
  return raw.toLowerCase().replace(/[^a-z0-9_-]/g, "");
}

function filledMessage(name: string, lookup: Lookup, dotenv: ReadonlyMap<string, string>): string {
  if (lookup(name) === undefined) return `\${${name}} is not set: the default is written`;
  const from = dotenv.has(name) && lookup(name) === dotenv.get(name) ? ".env" : "the environment";
  return `\${${name}} filled in at import from ${from}: the overlay holds its value`;
}

function variableNotes(
  filled: ReturnType<typeof interpolateService>,
  lookup: Lookup,
  dotenv: ReadonlyMap<string, string>,
  at: (path: ComposePath) => ReturnType<ImportContext["locate"]>,
): ImportNote[] {
  const note = (path: ComposePath, message: string): ImportNote => ({
    key: path.map(String).join("."),
    message,
    location: at(path),
  });
  return [
    ...[...filled.read]
      .filter(([name]) => !filled.unset.has(name))
      .map(([name, path]) => note(path, filledMessage(name, lookup, dotenv))),
    ...[...filled.unset].map(([name, path]) =>
      note(path, `\${${name}} is not set: a blank string was used, as Compose does`),
    ),
  ];
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}
