/**
 * Renders a JSON Schema (draft-07) as TypeScript declarations: the root as an interface, each entry
 * of `definitions` as an exported type named after it in PascalCase (`byteSize` → `ByteSize`).
 *
 * Only the subset of JSON Schema that schemas/bundle.schema.json uses is supported, and any other
 * keyword is an error rather than a silently looser type. Keywords that constrain values without
 * changing their TypeScript type (`minimum`, `pattern`, ...) and `if`/`then` conditions inside
 * `allOf` are left to ajv. Objects, arrays and their properties are `readonly`: the types describe
 * a parsed document, which nothing mutates. The output is deterministic but not formatted.
 *
 * `patternProperties` may only allow Compose's extension fields (`{"^x-": {}}`): the overlay stage
 * removes them once the schema accepts a document (src/overlay/extension-fields.ts), so they are
 * not part of the type.
 */

type SchemaObject = Readonly<Record<string, unknown>>;

/** A TypeScript type as the members of a union, each a complete type that needs no parentheses. */
type Members = readonly string[];

const unknownType: Members = ["unknown"];

/** The schema's `definitions`, by name. */
type Definitions = ReadonlyMap<string, unknown>;

/** Keywords for readers and tools, which do not change the type. */
const annotationKeywords = [
  "$schema",
  "$id",
  "title",
  "description",
  "definitions",
  "errorMessage",
  "x-rbc-code",
];
/** Keywords ajv checks that TypeScript cannot express; the type stays as wide as `type` says. */
const valueKeywords = [
  "minLength",
  "minItems",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "pattern",
  "propertyNames",
  "not",
];
const typeKeywords = ["$ref", "const", "enum", "type", "oneOf", "anyOf", "allOf"];
const objectKeywords = ["properties", "required", "additionalProperties", "patternProperties"];
const knownKeywords = new Set([
  ...annotationKeywords,
  ...valueKeywords,
  ...typeKeywords,
  ...objectKeywords,
  "items",
]);

const indentUnit = "  ";
const printWidth = 100;

export interface RenderOptions {
  /** Name of the interface the root schema becomes. */
  readonly rootName: string;
  /** Lines for the comment that opens the file (where it comes from, how to regenerate it). */
  readonly header: readonly string[];
}

/** TypeScript declarations for `schema`, unformatted (run Prettier on them). */
export function renderSchemaTypes(schema: unknown, options: RenderOptions): string {
  const root = asSchemaObject(schema, "#");
  const definitions = asSchemaObject(root.definitions ?? {}, "#/definitions");
  const defs: Definitions = new Map(Object.entries(definitions));
  const declarations = [
    declaration(options.rootName, root, "#", defs),
    ...Object.entries(definitions).map(([name, definition]) =>
      declaration(typeName(name), definition, `#/definitions/${name}`, defs),
    ),
  ];
  const header = options.header.map((line) => `// ${line}`.trimEnd());
  return `${[header.join("\n"), ...declarations].join("\n\n")}\n`;
}

function declaration(name: string, schema: unknown, pointer: string, defs: Definitions): string {
  const docs = docComment(schema, "");
  if (isInterfaceSchema(schema)) {
    checkKeywords(schema, pointer);
    checkAllOf(schema, pointer);
    return `${docs}export interface ${name} ${objectLiteral(schema, pointer, defs, "")}`;
  }
  return `${docs}export type ${name} = ${union(typeOf(schema, pointer, defs, ""))};`;
}

/** An object with listed properties and nothing that would make its type a union. */
function isInterfaceSchema(schema: unknown): schema is SchemaObject {
  if (!isObjectSchema(schema) || schema.type !== "object" || schema.properties === undefined) {
    return false;
  }
  return ["$ref", "const", "enum", "oneOf", "anyOf"].every((keyword) => !(keyword in schema));
}

/** `byteSize` → `ByteSize`. */
function typeName(definition: string): string {
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(definition)) {
    throw new Error(`definition name "${definition}" is not usable as a type name`);
  }
  return definition.charAt(0).toUpperCase() + definition.slice(1);
}

/** The union members of the type that `schema` accepts; `indent` is where the type starts. */
function typeOf(schema: unknown, pointer: string, defs: Definitions, indent: string): Members {
  if (schema === true) return unknownType;
  if (schema === false) return ["never"];
  const node = asSchemaObject(schema, pointer);
  checkKeywords(node, pointer);
  if (typeof node.$ref === "string") return [refName(node, pointer, defs)];
  const candidates: Members[] = [];
  if ("const" in node) candidates.push([literal(node.const, pointer)]);
  else if (Array.isArray(node.enum)) candidates.push(node.enum.map((v) => literal(v, pointer)));
  else if (node.type !== undefined) candidates.push(typeKeyword(node, pointer, defs, indent));
  for (const keyword of ["oneOf", "anyOf"]) {
    if (node[keyword] === undefined) continue;
    const branches = asArray(node[keyword], `${pointer}/${keyword}`);
    const members = branches.map((b, i) => typeOf(b, `${pointer}/${keyword}/${i}`, defs, indent));
    candidates.push(members.flat());
  }
  checkAllOf(node, pointer);
  // A branch that leaves the type open (`{ "minimum": 1000 }`) only narrows values, not the type;
  // so do branches that repeat types the node's own `type` already names.
  const typed = candidates
    .map((c) => simplify(c, defs))
    .filter((members) => !members.includes("unknown"))
    .filter((members, i, all) => i === 0 || !members.every((m) => all[0]?.includes(m)));
  if (typed.length > 1)
    throw new Error(`${pointer}: cannot combine ${typed.map(union).join(" with ")}`);
  return typed[0] ?? unknownType;
}

function checkKeywords(node: SchemaObject, pointer: string): void {
  for (const keyword of Object.keys(node)) {
    if (!knownKeywords.has(keyword))
      throw new Error(`${pointer}: unsupported keyword "${keyword}"`);
  }
  const types = typeNames(node, pointer);
  if (objectKeywords.some((k) => k in node) && !types.includes("object")) {
    throw new Error(`${pointer}: object keywords need "type": "object"`);
  }
  if ("items" in node && !types.includes("array")) {
    throw new Error(`${pointer}: "items" needs "type": "array"`);
  }
  if ("patternProperties" in node && !onlyExtensionFields(node.patternProperties)) {
    throw new Error(`${pointer}: patternProperties may only be {"^x-": {}} (extension fields)`);
  }
  const annotations = new Set(["title", "description"]);
  if ("$ref" in node && Object.keys(node).some((k) => k !== "$ref" && !annotations.has(k))) {
    throw new Error(`${pointer}: "$ref" beside keywords other than title and description`);
  }
}

function onlyExtensionFields(patterns: unknown): boolean {
  return JSON.stringify(patterns) === JSON.stringify({ "^x-": {} });
}

/** `allOf` may only hold `if`/`then` conditions (ajv checks them; the type cannot say them). */
function checkAllOf(node: SchemaObject, pointer: string): void {
  if (node.allOf === undefined) return;
  asArray(node.allOf, `${pointer}/allOf`).forEach((branch, i) => {
    const keys = Object.keys(asSchemaObject(branch, `${pointer}/allOf/${i}`));
    if (keys.some((k) => k !== "if" && k !== "then")) {
      throw new Error(`${pointer}/allOf/${i}: only if/then conditions are supported in allOf`);
    }
  });
}

function refName(node: SchemaObject, pointer: string, defs: Definitions): string {
  const ref = String(node.$ref);
  const name = ref.startsWith("#/definitions/") ? ref.slice("#/definitions/".length) : undefined;
  if (name === undefined || !defs.has(name)) throw new Error(`${pointer}: unresolved $ref ${ref}`);
  return typeName(name);
}

function typeNames(node: SchemaObject, pointer: string): readonly string[] {
  const { type } = node;
  if (type === undefined) return [];
  const types: unknown[] = Array.isArray(type) ? type : [type];
  return types.map((t) => {
    if (typeof t !== "string") throw new Error(`${pointer}: "type" must name types`);
    return t;
  });
}

function typeKeyword(node: SchemaObject, pointer: string, defs: Definitions, indent: string) {
  return typeNames(node, pointer).map((type) => {
    switch (type) {
      case "string":
      case "boolean":
      case "null":
        return type;
      case "integer":
      case "number":
        return "number";
      case "array":
        return arrayType(node, pointer, defs, indent);
      case "object":
        return objectLiteral(node, pointer, defs, indent);
      default:
        throw new Error(`${pointer}: unknown type "${type}"`);
    }
  });
}

function arrayType(node: SchemaObject, pointer: string, defs: Definitions, indent: string) {
  const items =
    node.items === undefined ? unknownType : typeOf(node.items, `${pointer}/items`, defs, indent);
  const item = union(simplify(items, defs));
  return items.length > 1 ? `readonly (${item})[]` : `readonly ${item}[]`;
}

/** An object type literal: its properties, or an index signature for `additionalProperties`. */
function objectLiteral(node: SchemaObject, pointer: string, defs: Definitions, indent: string) {
  const inner = indent + indentUnit;
  const properties = asSchemaObject(node.properties ?? {}, `${pointer}/properties`);
  const required = new Set(asArray(node.required ?? [], `${pointer}/required`).map(String));
  for (const key of required) {
    if (!(key in properties)) throw new Error(`${pointer}: required "${key}" is not a property`);
  }
  const lines = Object.entries(properties).map(([key, property]) => {
    const type = typeOf(property, `${pointer}/properties/${key}`, defs, inner);
    const optional = required.has(key) ? "" : "?";
    return `${docComment(property, inner)}${inner}readonly ${propertyName(key)}${optional}: ${union(type)};`;
  });
  const extra = node.additionalProperties ?? true;
  if (extra !== false) {
    if (lines.length > 0) throw new Error(`${pointer}: properties beside additionalProperties`);
    const value = typeOf(extra, `${pointer}/additionalProperties`, defs, inner);
    lines.push(`${inner}readonly [key: string]: ${union(value)};`);
  }
  return `{\n${lines.join("\n")}\n${indent}}`;
}

function propertyName(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
}

function literal(value: unknown, pointer: string): string {
  const scalar = value === null || ["string", "number", "boolean"].includes(typeof value);
  if (!scalar) throw new Error(`${pointer}: only scalar const and enum values are supported`);
  return JSON.stringify(value);
}

/**
 * Drops repeated members and literals another member covers (`ByteSize | -1` is `ByteSize` when
 * `ByteSize` includes `number`); a union with `unknown` is `unknown`.
 */
function simplify(members: Members, defs: Definitions): Members {
  if (members.includes("unknown")) return unknownType;
  const unique = [...new Set(members)];
  const covered = new Set(unique.flatMap((member) => primitivesOf(member, defs)));
  return unique.filter((member) => {
    const primitive = literalPrimitive(member);
    return primitive === undefined || !covered.has(primitive);
  });
}

/** The primitive types a member includes whole: itself, or those of the definition it names. */
function primitivesOf(member: string, defs: Definitions, seen = new Set<string>()): string[] {
  if (["string", "number", "boolean"].includes(member)) return [member];
  const name = [...defs.keys()].find((key) => typeName(key) === member);
  if (name === undefined || seen.has(name)) return [];
  const members = typeOf(defs.get(name), `#/definitions/${name}`, defs, "");
  return members.flatMap((m) => primitivesOf(m, defs, new Set([...seen, name])));
}

/** `string` for `"host"`, `number` for `-1`; undefined for members that are no literal. */
function literalPrimitive(member: string): string | undefined {
  if (/^"(?:[^"\\]|\\.)*"$/.test(member)) return "string";
  if (/^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i.test(member)) return "number";
  if (member === "true" || member === "false") return "boolean";
  return undefined;
}

function union(members: Members): string {
  return members.join(" | ");
}

/** A TSDoc comment from the schema's description (or its title), wrapped to the print width. */
function docComment(schema: unknown, indent: string): string {
  if (!isObjectSchema(schema)) return "";
  const text = schema.description ?? schema.title;
  if (typeof text !== "string") return "";
  const safe = text.replaceAll("*/", "*\\/");
  const oneLine = `${indent}/** ${safe} */`;
  if (oneLine.length <= printWidth) return `${oneLine}\n`;
  const lines = wrap(safe, printWidth - indent.length - " * ".length);
  return `${indent}/**\n${lines.map((line) => `${indent} * ${line}`).join("\n")}\n${indent} */\n`;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of unbreakableWords(text)) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** Words to wrap between, keeping a `code span` on one line. */
function unbreakableWords(text: string): string[] {
  const words: string[] = [];
  let open = false;
  for (const word of text.split(/\s+/)) {
    const last = words.at(-1);
    if (open && last !== undefined) words[words.length - 1] = `${last} ${word}`;
    else words.push(word);
    if ((word.split("`").length - 1) % 2 === 1) open = !open;
  }
  return words;
}

function isObjectSchema(value: unknown): value is SchemaObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function asSchemaObject(value: unknown, pointer: string): SchemaObject {
  if (!isObjectSchema(value)) throw new Error(`${pointer}: expected a schema object`);
  return value;
}

function asArray(value: unknown, pointer: string): readonly unknown[] {
  if (!Array.isArray(value)) throw new Error(`${pointer}: expected an array`);
  return value;
}
