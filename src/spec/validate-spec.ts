import type { DefinedError } from "ajv";
import { validateRuntimeConfig as validate } from "./validate-runtime-config.generated.ts";

/**
 * Checks a runtime config — rbc's `OciSpec` or any parsed config.json — against
 * schemas/oci-runtime-config.schema.json, plus the uniqueness rules draft-07 cannot state
 * (config-linux.md#namespaces, config.md#posix-process: a namespace type or rlimit type appears
 * at most once). Returns one `<JSON pointer>: <problem>` line per problem, e.g.
 * `/process/cwd: must match pattern "^/"`; empty when the config is valid. `bigint` values are
 * accepted wherever the schema wants an integer.
 */
export function validateSpec(spec: unknown): string[] {
  const data = toJsonValue(spec);
  const schemaProblems = validate(data) ? [] : (validate.errors as DefinedError[]);
  return [
    ...schemaProblems.filter((e) => !summaryKeywords.has(e.keyword)).map(describeError),
    ...repeatedTypes(pick(data, "linux", "namespaces"), "/linux/namespaces", "namespace type"),
    ...repeatedTypes(pick(data, "process", "rlimits"), "/process/rlimits", "rlimit type"),
  ];
}

/** Keywords whose error only repeats the errors of their subschema, reported beside it. */
const summaryKeywords = new Set(["if", "propertyNames"]);

/**
 * The value as its JSON text carries it: members whose value is undefined are dropped and bigint
 * becomes number. ajv's `integer` rejects bigint; rounding above 2^53 does not matter for range
 * checks, except that a bigint outside every integer range of the spec must stay out of range.
 */
function toJsonValue(value: unknown): unknown {
  if (typeof value === "bigint") {
    if (value > maxUint64) return Number.MAX_VALUE;
    if (value < minInt64) return -Number.MAX_VALUE;
    return Number(value);
  }
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (typeof value !== "object" || value === null) return value;
  const members = Object.entries(value).filter(([, member]) => member !== undefined);
  return Object.fromEntries(members.map(([key, member]) => [key, toJsonValue(member)]));
}

const maxUint64 = 2n ** 64n - 1n;
const minInt64 = -(2n ** 63n);

function describeError(error: DefinedError): string {
  const at = error.instancePath === "" ? "/" : error.instancePath;
  if (error.propertyName !== undefined) {
    const where = childPointer(error.instancePath, error.propertyName);
    return `${where}: property name ${error.message ?? error.keyword}`;
  }
  switch (error.keyword) {
    case "required":
      return `${childPointer(error.instancePath, error.params.missingProperty)}: is required`;
    case "additionalProperties": {
      const properties = pick(error.parentSchema, "properties");
      const known = isRecord(properties) ? Object.keys(properties).join(", ") : "";
      const where = childPointer(error.instancePath, error.params.additionalProperty);
      return `${where}: is not a known property (known: ${known})`;
    }
    case "enum": {
      const allowed = (error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v));
      return `${at}: must be one of ${allowed.join(", ")}`;
    }
    default:
      return `${at}: ${error.message ?? error.keyword}`;
  }
}

/** RFC 6901: a property name becomes a pointer token with `~` and `/` escaped. */
function childPointer(parent: string, property: string): string {
  return `${parent}/${property.replaceAll("~", "~0").replaceAll("/", "~1")}`;
}

function repeatedTypes(list: unknown, pointer: string, what: string): string[] {
  if (!Array.isArray(list)) return [];
  const firstIndex = new Map<string, number>();
  const problems: string[] = [];
  list.forEach((item: unknown, index) => {
    const type = pick(item, "type");
    if (typeof type !== "string") return;
    const first = firstIndex.get(type);
    if (first === undefined) firstIndex.set(type, index);
    else problems.push(`${pointer}/${index}/type: repeats ${what} "${type}" (first at ${first})`);
  });
  return problems;
}

function pick(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) current = isRecord(current) ? current[key] : undefined;
  return current;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
