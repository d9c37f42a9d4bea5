type SchemaNode = Readonly<Record<string, unknown>>;

const typeWords: Readonly<Record<string, string>> = {
  string: "a string",
  number: "a number",
  integer: "an integer",
  boolean: "a boolean",
  null: "null",
  object: "a map",
  array: "a list",
};

/**
 * What a (sub)schema accepts, in words for an error message: "a boolean", "a string or a list of
 * strings". A `title` on the schema wins, so a definition can name its own form.
 */
export function describeSchema(node: unknown, root: unknown): string {
  const schema = resolveSchema(node, root);
  if (typeof schema.title === "string") return schema.title;
  const branches = schema.oneOf ?? schema.anyOf;
  if (Array.isArray(branches)) return joinOr(branches.map((b: unknown) => describeSchema(b, root)));
  if (Array.isArray(schema.enum)) {
    const values: unknown[] = schema.enum;
    return values.length === 1 ? quote(values[0]) : `one of ${values.map(quote).join(", ")}`;
  }
  const types = typesOf(schema);
  if (types.length === 0) return "a valid value";
  return joinOr(types.map((type) => describeType(type, schema, root)));
}

/** The kind of a plain YAML value, as messages name it: string, number, boolean, null, list, map. */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "list";
  if (typeof value === "object") return "map";
  return typeof value;
}

/** Whether `value` has one of the JSON types the schema allows (true when it names none). */
export function acceptsType(node: unknown, root: unknown, value: unknown): boolean {
  const types = typesOf(resolveSchema(node, root));
  return types.length === 0 || types.some((type) => isOfType(value, type));
}

/** Follows a local `$ref` (`#/definitions/x`) to the schema it names. */
function resolveSchema(node: unknown, root: unknown): SchemaNode {
  const schema = asSchema(node);
  const ref = schema.$ref;
  if (typeof ref !== "string" || !ref.startsWith("#/")) return schema;
  let target: unknown = root;
  for (const segment of ref.slice(2).split("/")) target = asSchema(target)[segment];
  return resolveSchema(target, root);
}

function asSchema(node: unknown): SchemaNode {
  return typeof node === "object" && node !== null ? (node as SchemaNode) : {};
}

function typesOf(schema: SchemaNode): string[] {
  const { type } = schema;
  if (typeof type === "string") return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === "string") : [];
}

function describeType(type: string, schema: SchemaNode, root: unknown): string {
  const word = typeWords[type] ?? `a ${type}`;
  if (type === "number" || type === "integer") return `${word}${rangeWords(schema)}`;
  if (type !== "array") return word;
  const items = resolveSchema(schema.items, root);
  return typesOf(items).join() === "string" ? "a list of strings" : word;
}

/** ` from 0 to 100`, ` greater than 0`, ` of at least -1`: a number schema's bounds in words. */
function rangeWords(schema: SchemaNode): string {
  const { minimum, maximum, exclusiveMinimum } = schema;
  if (typeof minimum === "number" && typeof maximum === "number") {
    return ` from ${minimum} to ${maximum}`;
  }
  if (typeof exclusiveMinimum === "number") return ` greater than ${exclusiveMinimum}`;
  if (typeof minimum === "number") return ` of at least ${minimum}`;
  if (typeof maximum === "number") return ` of at most ${maximum}`;
  return "";
}

function isOfType(value: unknown, type: string): boolean {
  switch (type) {
    case "integer":
      return Number.isInteger(value);
    case "array":
      return Array.isArray(value);
    case "object":
      return describeValue(value) === "map";
    case "null":
      return value === null;
    default:
      return typeof value === type;
  }
}

function quote(value: unknown): string {
  return JSON.stringify(value);
}

/** `["a", "b", "c"]` → `a, b or c`. */
function joinOr(words: readonly string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} or ${words.at(-1) ?? ""}`;
}
