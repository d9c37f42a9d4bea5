import { error, type Diagnostic } from "../diagnostics.ts";
import { interpolate, parseTemplate, templateVariables, type Lookup } from "../secrets/index.ts";
import type { ComposePath, ImportContext } from "./types.ts";

/** A service with its `${VAR}` filled in, and the variables that were read. */
export interface InterpolatedService {
  readonly service: Readonly<Record<string, unknown>>;
  /** Each variable read (its value is written into the overlay), with where it is read first. */
  readonly read: ReadonlyMap<string, ComposePath>;
  /** Variables read without a default that are not set: "" was used, as Compose does. */
  readonly unset: ReadonlyMap<string, ComposePath>;
  readonly diagnostics: readonly Diagnostic[];
}

// Compose casts an interpolated value to the type its key takes (compose-go's schema casts).
const numberKeys = new Set([
  "cpus",
  "cpu_shares",
  "cpu_quota",
  "cpu_period",
  "cpu_rt_runtime",
  "cpu_rt_period",
  "pids_limit",
  "oom_score_adj",
  "mem_swappiness",
]);
const booleanKeys = new Set(["tty", "read_only", "privileged", "init", "oom_kill_disable"]);

/**
 * Fills in a service's `${VAR}`, `${VAR:-default}`, ... as `docker compose` does when it loads the
 * file, from `lookup` (the environment of rbc import, then the project's `.env`), and makes `$$` a
 * `$`. `environment` values are left as written: rbc fills them in when the bundle starts, so
 * their values never reach the bundle's files.
 */
export function interpolateService(
  service: Readonly<Record<string, unknown>>,
  lookup: Lookup,
  context: Pick<ImportContext, "locate">,
): InterpolatedService {
  const read = new Map<string, ComposePath>();
  const unset = new Map<string, ComposePath>();
  const diagnostics: Diagnostic[] = [];
  const fill = (text: string, path: ComposePath): unknown => {
    const parsed = parseTemplate(text);
    const key = path.map(String).join(".");
    if ("problem" in parsed) {
      diagnostics.push(error("IMP801", parsed.problem, { key, location: context.locate(path) }));
      return text;
    }
    for (const name of templateVariables(parsed.template))
      if (!read.has(name)) read.set(name, path);
    const filled = interpolate(parsed.template, lookup);
    if ("missing" in filled) {
      const message = `required variable ${filled.missing.name} is not set: ${filled.missing.message}`;
      diagnostics.push(error("IMP801", message, { key, location: context.locate(path) }));
      return text;
    }
    for (const name of filled.unset) if (!unset.has(name)) unset.set(name, path);
    return cast(filled.value, path);
  };
  const walk = (value: unknown, path: ComposePath): unknown => {
    if (path[0] === "environment" && path.length === 2) return value;
    if (typeof value === "string") return value.includes("$") ? fill(value, path) : value;
    if (Array.isArray(value)) return value.map((item: unknown, i) => walk(item, [...path, i]));
    if (typeof value !== "object" || value === null) return value;
    return Object.fromEntries(
      Object.entries(value).map(([k, v]: [string, unknown]) => [k, walk(v, [...path, k])]),
    );
  };
  const filled = walk(service, []) as Record<string, unknown>;
  return { service: filled, read, unset, diagnostics };
}

function cast(value: string, path: ComposePath): unknown {
  const key = path.length === 1 ? String(path[0]) : "";
  if (booleanKeys.has(key) && (value === "true" || value === "false")) return value === "true";
  if (numberKeys.has(key) && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  return value;
}
