import type { ErrorObject } from "ajv";
import schema from "../../schemas/bundle.schema.json" with { type: "json" };
import { error } from "../diagnostics.ts";
import type { Diagnostic, DiagnosticCode, Result } from "../diagnostics.ts";
import { closestName } from "./closest-name.ts";
import { collapseErrors } from "./collapse-errors.ts";
import { acceptsType, describeSchema, describeValue } from "./describe-schema.ts";
import { withoutExtensionFields } from "./extension-fields.ts";
import { formatKeyPath, pointerToPath } from "./key-path.ts";
import {
  ruleKeys,
  ruleMessage,
  sameValueNodes,
  schemaTrails,
  trailCode,
  type TrailStep,
} from "./schema-trail.ts";
import { patternProblem } from "./pattern-problems.ts";
import { refusedKey } from "./unsupported-keys.ts";
import { validateBundleDocument } from "./validate-bundle-document.generated.ts";
import type { PathSegment } from "./key-path.ts";
import type { OverlayDocument } from "./overlay-document.ts";
import type { ParsedOverlay } from "./parse.ts";

// Indexed on the first invalid overlay: a valid one, the common case, never needs it.
let trails: ReturnType<typeof schemaTrails> | undefined;
function trailOf(node: unknown, schemaPath: string): readonly TrailStep[] {
  trails ??= schemaTrails(schema);
  return trails(node, schemaPath);
}

/**
 * Checks an overlay file against schemas/bundle.schema.json: unknown keys (OVL201), values (OVL202),
 * keys rbc does not support (OVL206, or a code of their own for Compose's restart, healthcheck,
 * deploy, links, build and profiles). The document it accepts comes back without Compose's `x-`
 * extension fields, which Compose ignores.
 */
export function validateOverlay(parsed: ParsedOverlay): Result<OverlayDocument> {
  const { data } = parsed;
  if (validateBundleDocument(data)) {
    return { value: withoutExtensionFields(data, schema), diagnostics: [] };
  }
  const errors = collapseErrors(validateBundleDocument.errors ?? [], schema);
  const diagnostics = errors.map((e) => diagnose(e, trailOf(e.parentSchema, e.schemaPath), parsed));
  return { value: undefined, diagnostics: sortUnique(diagnostics) };
}

function diagnose(e: ErrorObject, trail: readonly TrailStep[], parsed: ParsedOverlay): Diagnostic {
  const path = pointerToPath(e.instancePath, parsed.data);
  if (e.keyword === "additionalProperties") return unknownKey(e, path, parsed);
  // A value's own kind being wrong is OVL202 whatever the setting; the rest takes the code the
  // schema gives the rule (x-rbc-code), as the stage that used to check it gave it.
  const rule = e.keyword === "type" ? undefined : ruleMessage(trail);
  const code =
    (structural.has(e.keyword) && rule === undefined ? undefined : trailCode(trail)) ?? "OVL202";
  if (rule !== undefined && path.length === 0) return topLevelRule(code, rule, trail, parsed);
  const key = formatKeyPath(path);
  const subject = key === "" ? "the overlay" : `"${key}"`;
  if (e.propertyName !== undefined) {
    const name = e.propertyName;
    const message = `${subject} has a key ${JSON.stringify(name)}, which must be ${describeSchema(titled(trail, e), schema)}`;
    const at = [...path, name];
    return error(code, message, { key: formatKeyPath(at), location: parsed.locate(at, "key") });
  }
  const precise = formKeywords.has(e.keyword) ? patternProblem(path, subject, e.data) : undefined;
  const message = rule ?? precise ?? describeProblem(e, subject, titled(trail, e));
  return error(code, message, { key, location: parsed.locate(path) });
}

/** A rule about several keys of the file (`cpus` with `cpu_quota`), told at the last one written. */
function topLevelRule(
  code: DiagnosticCode,
  message: string,
  trail: readonly TrailStep[],
  parsed: ParsedOverlay,
): Diagnostic {
  const keys = ruleKeys(trail).filter((k) => Object.hasOwn(parsed.data, k));
  const position = (k: string) => {
    const at = parsed.locate([k], "key");
    return at.line * 1e6 + at.col;
  };
  const last = keys.reduce<string | undefined>(
    (a, b) => (a === undefined || position(b) > position(a) ? b : a),
    undefined,
  );
  const location = last === undefined ? parsed.locate([]) : parsed.locate([last], "key");
  return error(code, message, { ...(last === undefined ? {} : { key: last }), location });
}

/** Keywords that refuse a value's form, where the setting's own parser may say more. */
const formKeywords = new Set(["pattern", "oneOf", "anyOf"]);

/** Problems with a value's shape rather than its content, which keep OVL202 whatever the setting. */
const structural = new Set(["type", "required"]);

/**
 * The schema that names the failing value's form: the nearest with a `title`, else the failed one.
 * A title next to a `pattern` names the string's form, so a value of the wrong kind is told the
 * kinds instead.
 */
function titled(trail: readonly TrailStep[], e: ErrorObject): unknown {
  const node: unknown = e.parentSchema;
  if (e.keyword === "type" && typeof node === "object" && node !== null && "pattern" in node) {
    return { type: (node as { type?: unknown }).type };
  }
  return sameValueNodes(trail).find((n) => typeof n.title === "string") ?? node;
}

function unknownKey(e: ErrorObject, parent: PathSegment[], parsed: ParsedOverlay): Diagnostic {
  const name = String(e.params.additionalProperty);
  const path = [...parent, name];
  const refused = parent.length === 0 ? refusedKey(name, parsed.data[name]) : undefined;
  if (refused !== undefined) {
    const location = parsed.locate(path, "key");
    return error(refused.code, refused.message, { key: name, location });
  }
  const known = Object.keys(asRecord(e.parentSchema?.properties));
  const suggestion = closestName(name, known);
  const where = parent.length === 0 ? "" : ` in "${formatKeyPath(parent)}"`;
  // Inside a setting the names are few, so they can all be listed.
  const hint =
    suggestion !== undefined
      ? `; did you mean "${suggestion}"?`
      : parent.length > 0 && known.length > 0
        ? `; use one of ${known.join(", ")}`
        : "";
  return error("OVL201", `unknown key "${name}"${where}${hint}`, {
    key: formatKeyPath(path),
    location: parsed.locate(path, "key"),
  });
}

function describeProblem(e: ErrorObject, subject: string, form: unknown): string {
  const expected = describeSchema(form, schema);
  switch (e.keyword) {
    case "type":
    case "oneOf":
    case "anyOf":
      return `${subject} must be ${expected}, got ${describeGot(e)}`;
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "const":
    case "enum":
      return `${subject} must be ${expected}, got ${JSON.stringify(e.data)}${enumHint(e)}`;
    case "pattern":
      return `${subject} must be ${expected}, got ${JSON.stringify(e.data)}`;
    case "required":
      return `${subject} is missing required key "${String(e.params.missingProperty)}"`;
    case "minItems":
    case "minLength":
      return e.params.limit === 1
        ? `${subject} must not be empty`
        : `${subject} ${e.message ?? ""}`;
    default:
      return `${subject} ${e.message ?? "is not valid"}`;
  }
}

/**
 * The value itself when its kind is right but the value is not (`got 150`, `got 1.5` for an
 * integer), else its kind (`got list`): the kind is what to fix then.
 */
function describeGot(e: ErrorObject): string {
  const value: unknown = e.data;
  const branches: unknown[] = Array.isArray(e.schema) ? e.schema : [];
  const types: unknown[] = [e.schema].flat();
  const rightKind =
    e.keyword === "type"
      ? typeof value === "number" && types.includes("integer")
      : branches.some((branch) => acceptsType(branch, schema, value));
  const scalar = typeof value === "number" || typeof value === "string";
  return rightKind && scalar ? JSON.stringify(value) : describeValue(value);
}

function enumHint(e: ErrorObject): string {
  const allowed: unknown[] = Array.isArray(e.schema) ? e.schema : [];
  const names = allowed.filter((a): a is string => typeof a === "string");
  const suggestion = typeof e.data === "string" ? closestName(e.data, names) : undefined;
  return suggestion === undefined ? "" : `; did you mean "${suggestion}"?`;
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
}

function sortUnique(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const unique = diagnostics.filter((d) => {
    const id = `${d.code}\0${d.key ?? ""}\0${d.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  const position = (d: Diagnostic) => [d.location?.line ?? 0, d.location?.col ?? 0] as const;
  return unique.sort((a, b) => {
    const [la, ca] = position(a);
    const [lb, cb] = position(b);
    return la - lb || ca - cb;
  });
}
