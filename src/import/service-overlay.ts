import { error, type Diagnostic, type Result } from "../diagnostics.ts";
import { formatKeyPath, refusedKey, validateOverlay } from "../overlay/index.ts";
import { composeDeploy } from "./compose-deploy.ts";
import { composeEnvFile, composeEnvironment } from "./compose-environment.ts";
import { composePorts } from "./compose-ports.ts";
import { composeVolumes } from "./compose-volumes.ts";
import type {
  ComposePath,
  ImportContext,
  ImportNote,
  OverlayEntry,
  ServiceImport,
} from "./types.ts";

interface Mapped {
  readonly entries: readonly OverlayEntry[];
  readonly notes: readonly ImportNote[];
  readonly diagnostics?: readonly Diagnostic[];
}

/**
 * One Compose service (already interpolated) as overlay keys. The keys rbc supports are
 * Compose's, so most are taken as they are; the rest are rewritten where rbc says the same thing
 * another way (long-syntax ports, relative paths, `service:NAME`, `deploy` limits), or become
 * notes with the reason rbc gives for refusing them (`build`, `depends_on`, `restart`, ...).
 * The result is checked against the overlay schema, its problems located in the Compose file.
 */
export function serviceOverlay(
  name: string,
  service: Readonly<Record<string, unknown>>,
  context: ImportContext,
): Result<ServiceImport> {
  const mapped = Object.entries(service)
    .filter(([key]) => !key.startsWith("x-"))
    .map(([key, value]) => mapKey(key, value, service, context));
  const entries = mapped.flatMap((m) => m.entries);
  const notes = mapped.flatMap((m) => m.notes);
  const problems = mapped.flatMap((m) => m.diagnostics ?? []);
  if (service["image"] === undefined) problems.push(noImage(name, service, context));
  const ordered = [
    ...entries.filter((e) => e.key === "image"),
    ...entries.filter((e) => e.key !== "image"),
  ];
  const diagnostics = [...problems, ...validated(ordered, context)];
  if (diagnostics.length > 0) return { value: undefined, diagnostics };
  return { value: { name, entries: ordered, notes }, diagnostics: [] };
}

function mapKey(
  key: string,
  value: unknown,
  service: Readonly<Record<string, unknown>>,
  context: ImportContext,
): Mapped {
  const note = (path: ComposePath, message: string): ImportNote => ({
    key: formatKeyPath([key, ...path]),
    message,
    location: context.locate([key, ...path]),
  });
  const entry = (v: unknown, comment?: string): Mapped => ({
    entries: [{ key, value: v, from: [key], ...(comment === undefined ? {} : { comment }) }],
    notes: [],
  });
  switch (key) {
    case "ports": {
      const { ports, notes } = composePorts(value, note);
      return { ...entry(ports), notes };
    }
    case "volumes": {
      const { volumes, notes } = composeVolumes(value, context, note);
      return { ...entry(volumes), notes };
    }
    case "environment": {
      const { value: environment, notes } = composeEnvironment(value, context, note);
      return { ...entry(environment), notes };
    }
    case "labels":
    case "annotations":
      return entry(stringValues(value));
    case "env_file": {
      const { value: files, notes } = composeEnvFile(value, context, note);
      return { ...entry(files), notes };
    }
    case "network_mode":
    case "ipc":
    case "pid":
      return serviceNamespace(key, value, entry, note);
    case "deploy":
      return deployKeys(value, service, note);
    case "extends":
      return refused(key, context, "Compose's extends names a service; rbc's names overlay files");
    default:
      return plainKey(key, value, entry, note);
  }
}

/**
 * A label or annotation map with its numbers and booleans as text: Compose's model holds their
 * values as strings (`tier: 1` is "1"), and rbc's overlay takes only strings there.
 */
function stringValues(value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([name, v]: [string, unknown]) => [
      name,
      typeof v === "number" || typeof v === "boolean" ? String(v) : v,
    ]),
  );
}

function plainKey(
  key: string,
  value: unknown,
  entry: (v: unknown) => Mapped,
  note: (path: ComposePath, message: string) => ImportNote,
): Mapped {
  if (key === "build") {
    const message = `not carried over: rbc compiles the image the engine has and never builds one; build it first (docker compose build tags it with the service's image)`;
    return { entries: [], notes: [note([], message)] };
  }
  const refusal = refusedKey(key, value);
  if (refusal === undefined) return entry(value);
  const reason = refusal.message.replace(/^"[^"]*" is not supported: /, "");
  return { entries: [], notes: [note([], `not carried over: ${reason}`)] };
}

/** `service:NAME` (Compose) is `container:NAME` in rbc: the bundle directory beside this one. */
function serviceNamespace(
  key: string,
  value: unknown,
  entry: (v: unknown, c?: string) => Mapped,
  note: (path: ComposePath, message: string) => ImportNote,
): Mapped {
  if (typeof value !== "string" || !value.startsWith("service:")) return entry(value);
  const other = value.slice("service:".length);
  const mapped = entry(`container:${other}`, `Compose's ${value}: the bundle ${other} beside`);
  const message = `written container:${other}, the bundle ${other} beside this one when it runs; rbc build also reads the Docker container "${other}" (its hostname), which must exist on the engine`;
  return { ...mapped, notes: [note([], message)] };
}

function deployKeys(
  value: unknown,
  service: Readonly<Record<string, unknown>>,
  note: (path: ComposePath, message: string) => ImportNote,
): Mapped {
  const { entries, rest } = composeDeploy(value);
  const own = entries.filter((e) => service[e.key] !== undefined);
  const notes = [
    ...own.map((e) =>
      note(e.from.slice(1), `the service's own ${e.key} is kept; Compose refuses two values`),
    ),
    ...rest.map((path) =>
      note(
        path.split("."),
        `not carried over: a platform's setting; a bundle is one container on this host`,
      ),
    ),
  ];
  return { entries: entries.filter((e) => service[e.key] === undefined), notes };
}

function refused(key: string, context: ImportContext, why: string): Mapped {
  const message = `"${key}" cannot be imported: ${why}. Resolve it first: docker compose config > resolved.yaml, then rbc import resolved.yaml`;
  const location = context.locate([key]);
  return { entries: [], notes: [], diagnostics: [error("IMP801", message, { key, location })] };
}

function noImage(
  name: string,
  service: Readonly<Record<string, unknown>>,
  context: ImportContext,
): Diagnostic {
  const built = service["build"] !== undefined;
  const message = built
    ? `service "${name}" has only build: rbc compiles an image the engine has; build it (docker compose build ${name}, which tags it ${context.project}-${name}) and give the service image: ${context.project}-${name}`
    : `service "${name}" has no image`;
  const location = context.locate(built ? ["build"] : []);
  return error("IMP802", message, { key: built ? "build" : "image", location });
}

/** The overlay these entries make, checked as rbc checks an overlay file. */
function validated(entries: readonly OverlayEntry[], context: ImportContext): Diagnostic[] {
  const data = Object.fromEntries(entries.map((e) => [e.key, e.value]));
  const from = new Map(entries.map((e) => [e.key, e.from]));
  const composePath = (path: readonly (string | number)[]): ComposePath => {
    const [head, ...tail] = path;
    const origin = typeof head === "string" ? from.get(head) : undefined;
    return origin === undefined ? path : [...origin, ...tail];
  };
  const parsed = {
    file: context.file,
    data,
    locate: (path: readonly (string | number)[]) => context.locate(composePath(path)),
    sourceText: () => undefined,
  };
  return [...validateOverlay(parsed).diagnostics];
}
