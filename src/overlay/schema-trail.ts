import { type DiagnosticCode, diagnosticCodes } from "../diagnostics.ts";

type SchemaNode = Readonly<Record<string, unknown>>;

/**
 * The annotation keywords schemas/bundle.schema.json adds to JSON Schema: `errorMessage` (the text
 * editors show, as VS Code's JSON and YAML language services read it) and `x-rbc-code` (the
 * diagnostic code `rbc build` gives for a value a subschema refuses). Validators need them
 * declared to compile the schema in strict mode (ajv: `addVocabulary`).
 */
export const schemaAnnotationKeywords: readonly string[] = ["errorMessage", "x-rbc-code"];

/** One schema node on the way from the root to a failed keyword, and the segment that led to it. */
export interface TrailStep {
  readonly segment: string;
  readonly node: SchemaNode;
}

/**
 * Finds where each node of a schema sits, so a validator's error can be traced from the node that
 * failed (ajv's `parentSchema`, with `verbose`) back to the root: the steps from the root to the
 * node, itself included. The generated validator (scripts/generate-validators.ts) reports copies
 * of the schema's nodes, so a node is found by its content; when equal nodes sit in several places,
 * the one whose path ends with the error's `schemaPath` wins. That path alone cannot be followed
 * from the root: it starts again at the root of each `$ref` target that is not inlined.
 */
export function schemaTrails(
  root: unknown,
): (node: unknown, schemaPath: string) => readonly TrailStep[] {
  const trails = new Map<string, TrailStep[][]>();
  const visit = (value: unknown, trail: TrailStep[]): void => {
    if (typeof value !== "object" || value === null) return;
    const key = JSON.stringify(value);
    trails.set(key, [...(trails.get(key) ?? []), trail]);
    for (const [segment, child] of Object.entries(value)) {
      visit(child, [...trail, { segment, node: asNode(child) }]);
    }
  };
  visit(root, [{ segment: "#", node: asNode(root) }]);
  return (node, schemaPath) => {
    const candidates = trails.get(JSON.stringify(node)) ?? [];
    if (candidates.length <= 1) return candidates[0] ?? [];
    const tail = schemaPath.split("/").slice(1, -1).map(pointerSegment);
    return candidates.find((trail) => endsWith(trail, tail)) ?? candidates[0] ?? [];
  };
}

function endsWith(trail: readonly TrailStep[], tail: readonly string[]): boolean {
  const segments = trail.map((step) => step.segment);
  return tail.every((segment, i) => segments[segments.length - tail.length + i] === segment);
}

/** A JSON Pointer segment as ajv writes it in a URI fragment, decoded. */
function pointerSegment(segment: string): string {
  return decodeURIComponent(segment).replaceAll("~1", "/").replaceAll("~0", "~");
}

/** Keywords whose schema describes a part of the value (a list item, a map key or value). */
const intoPart = new Set(["items", "additionalProperties", "propertyNames"]);
/** Keywords whose members describe a part of the value (a map's named values), or another value. */
const intoMember = new Set(["properties", "patternProperties", "definitions"]);

/**
 * The nodes that describe the failing value itself, deepest first: the trail back from the failed
 * node until it steps into a part of a larger value.
 */
export function sameValueNodes(trail: readonly TrailStep[]): SchemaNode[] {
  const nodes: SchemaNode[] = [];
  for (let i = trail.length - 1; i >= 0; i -= 1) {
    const step = trail[i];
    if (step === undefined) break;
    nodes.push(step.node);
    if (intoPart.has(step.segment) || intoMember.has(trail[i - 1]?.segment ?? "")) break;
  }
  return nodes;
}

/** The code the deepest node with `x-rbc-code` gives, if any. */
export function trailCode(trail: readonly TrailStep[]): DiagnosticCode | undefined {
  for (const { node } of trail.toReversed()) {
    const code = node["x-rbc-code"];
    if (typeof code === "string" && Object.hasOwn(diagnosticCodes, code)) {
      return code as DiagnosticCode;
    }
  }
  return undefined;
}

/**
 * The sentence of a rule (an `errorMessage` on a node without a `title`, such as "cgroup v2 has no
 * memory swappiness ..."), deepest first. A node with a title names a value form instead, which
 * messages put in their own words.
 */
export function ruleMessage(trail: readonly TrailStep[]): string | undefined {
  for (const { node } of trail.toReversed()) {
    if (typeof node.errorMessage === "string" && node.title === undefined) return node.errorMessage;
  }
  return undefined;
}

/**
 * The keys a failed if/then rule at the top level is about: those its `if` requires and its
 * `then` forbids, as the overlay sets them.
 */
export function ruleKeys(trail: readonly TrailStep[]): string[] {
  const rule = trail.toReversed().find(({ node }) => "if" in node && "then" in node)?.node;
  if (rule === undefined) return [];
  const condition = asNode(rule.if);
  const forbidden = asNode(asNode(rule.then).not);
  const alternatives: unknown[] = Array.isArray(forbidden.anyOf) ? forbidden.anyOf : [];
  return [condition, forbidden, ...alternatives.map(asNode)].flatMap((n) => strings(n.required));
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

function asNode(value: unknown): SchemaNode {
  return typeof value === "object" && value !== null ? (value as SchemaNode) : {};
}
