type SchemaNode = Readonly<Record<string, unknown>>;

/** The JSON Schema pattern that allows Compose's extension fields in a mapping. */
const extensionPattern = "^x-";

/**
 * The document without its extension fields: keys starting with `x-`, which Compose ignores
 * wherever its schema allows them ("Compose ignores any fields that start with x-", Compose
 * Specification, Extension). schemas/bundle.schema.json allows them at the same places, with
 * `patternProperties: {"^x-": {}}`; only there are they removed, so a variable named `x-debug` in
 * `environment` stays. Call it on a document the schema accepted, so each value has one branch of
 * its type. The keys are dropped from the plain data only: locations, taken from the YAML
 * document, stay where they were written.
 */
export function withoutExtensionFields<T>(document: T, schema: unknown): T {
  return strip(document, schema, schema) as T;
}

function strip(value: unknown, node: unknown, root: unknown): unknown {
  if (Array.isArray(value)) {
    const items = branchOf(node, root, "array")?.items;
    return items === undefined ? value : value.map((item: unknown) => strip(item, items, root));
  }
  if (typeof value !== "object" || value === null) return value;
  const schema = branchOf(node, root, "object");
  if (schema === undefined) return value;
  const extensions = asNode(schema.patternProperties)[extensionPattern] !== undefined;
  const properties = asNode(schema.properties);
  const entries = Object.entries(value)
    .filter(([key]) => !(extensions && key.startsWith("x-")))
    .map(([key, item]) => {
      const child = Object.hasOwn(properties, key) ? properties[key] : schema.additionalProperties;
      return [key, strip(item, child, root)] as const;
    });
  return Object.fromEntries(entries);
}

/** The schema, or its `oneOf`/`anyOf` branch, that describes a value of JSON type `type`. */
function branchOf(node: unknown, root: unknown, type: string): SchemaNode | undefined {
  const schema = resolve(node, root);
  const branches = schema.oneOf ?? schema.anyOf;
  if (Array.isArray(branches)) {
    return branches
      .map((branch: unknown) => branchOf(branch, root, type))
      .find((found) => found !== undefined);
  }
  const types: unknown[] = [schema.type].flat();
  return types.includes(type) ? schema : undefined;
}

/** Follows a local `$ref` (`#/definitions/x`) to the schema it names. */
function resolve(node: unknown, root: unknown): SchemaNode {
  const schema = asNode(node);
  const ref = schema.$ref;
  if (typeof ref !== "string" || !ref.startsWith("#/")) return schema;
  let target: unknown = root;
  for (const segment of ref.slice(2).split("/")) target = asNode(target)[segment];
  return resolve(target, root);
}

function asNode(value: unknown): SchemaNode {
  return typeof value === "object" && value !== null ? (value as SchemaNode) : {};
}
