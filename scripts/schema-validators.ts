/**
 * The schema validators rbc runs, generated ahead of time with ajv's standalone code generation
 * (https://ajv.js.org/standalone.html): compiling the three schemas with ajv at start-up took most
 * of a short command's time. scripts/generate-validators.ts writes them;
 * test/generated-validators.test.ts checks that the committed files match their schemas.
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { Ajv, type AnySchemaObject, type Options } from "ajv";
import standalone from "ajv/dist/standalone/index.js";
import { schemaAnnotationKeywords } from "../src/overlay/schema-trail.ts";

/** One generated validator: the schema it checks, the ajv options, and where it is written. */
export interface SchemaValidator {
  /** The schema, relative to the repository. */
  readonly schema: string;
  /** The generated file, relative to the repository. */
  readonly file: string;
  /** The name the file exports the validator by. */
  readonly exportName: string;
  /** What the validator narrows its argument to: a type and the file (beside it) it comes from. */
  readonly dataType?: { readonly name: string; readonly from: string };
  readonly options: Options;
  /** Annotation keywords the schema adds, declared so that strict mode compiles it. */
  readonly keywords?: readonly string[];
}

export const schemaValidators: readonly SchemaValidator[] = [
  {
    schema: "schemas/bundle.schema.json",
    file: "src/overlay/validate-bundle-document.generated.ts",
    exportName: "validateBundleDocument",
    dataType: { name: "BundleDocument", from: "./bundle-document.generated.ts" },
    // verbose: messages need the failing value and the schema that rejected it. inlineRefs off:
    // each definition becomes a function of its own, compiled by V8 on its first call, so a small
    // overlay no longer compiles the code for every key it does not use (about a third of the
    // validator's start-up, which every build and check pays).
    options: {
      allErrors: true,
      strict: true,
      verbose: true,
      allowUnionTypes: true,
      inlineRefs: false,
    },
    keywords: schemaAnnotationKeywords,
  },
  {
    schema: "schemas/oci-runtime-config.schema.json",
    file: "src/spec/validate-runtime-config.generated.ts",
    exportName: "validateRuntimeConfig",
    // verbose keeps parentSchema on errors, which lists the known keys of a closed object.
    options: { allErrors: true, strict: true, verbose: true },
  },
  {
    schema: "schemas/bundle-lock.schema.json",
    file: "src/bundle/validate-lock-document.generated.ts",
    exportName: "validateLockDocument",
    options: { allErrors: true, strict: true },
  },
];

/** An absolute path from one relative to the repository. */
export function repositoryPath(path: string): string {
  return fileURLToPath(new URL(`../${path}`, import.meta.url));
}

/** The generated file's expected contents. */
export async function renderValidator(validator: SchemaValidator): Promise<string> {
  const schema = JSON.parse(
    await readFile(repositoryPath(validator.schema), "utf8"),
  ) as AnySchemaObject;
  if (typeof schema.$id !== "string") throw new Error(`${validator.schema} has no $id`);
  const ajv = new Ajv({ ...validator.options, code: { source: true, esm: true, lines: true } });
  if (validator.keywords !== undefined) ajv.addVocabulary([...validator.keywords]);
  ajv.addSchema(schema);
  const code = standalone.default(ajv, { [validator.exportName]: schema.$id });
  const exported = new RegExp(`^"use strict";\\nexport const ${validator.exportName} = (\\w+);\\n`);
  const entry = exported.exec(code)?.[1];
  if (entry === undefined) throw new Error(`unexpected standalone code for ${validator.schema}`);
  const { imports, body } = runtimeImports(code.replace(exported, ""));
  return [...header(validator), ...imports, "", body.trim(), "", ...footer(validator, entry)]
    .join("\n")
    .concat("\n");
}

function header(validator: SchemaValidator): string[] {
  const { dataType } = validator;
  return [
    `// Generated from ${validator.schema} by scripts/generate-validators.ts. Do not edit by hand:`,
    "// change the schema and run `npm run generate`.",
    "// @ts-nocheck",
    'import type { ValidateFunction } from "ajv";',
    ...(dataType === undefined
      ? []
      : [`import type { ${dataType.name} } from "${dataType.from}";`]),
  ];
}

function footer(validator: SchemaValidator, entry: string): string[] {
  const { dataType, exportName } = validator;
  const type = dataType === undefined ? "ValidateFunction" : `ValidateFunction<${dataType.name}>`;
  return [
    `/** Checks a value against ${validator.schema}; ajv's errors are left on \`.errors\`. */`,
    `export const ${exportName}: ${type} = ${entry};`,
  ];
}

/**
 * ajv's standalone code names its runtime helpers with `require("…").default` even when asked for
 * ES modules (ajv-validator/ajv#2209); each module becomes an import. Node hands an ES module a
 * CommonJS module's whole `exports` (marked `__esModule` by TypeScript) as its default export,
 * while vitest's interop hands over `exports.default`: `runtimeModule` gives both the same shape.
 */
function runtimeImports(code: string): { imports: string[]; body: string } {
  const modules = new Map<string, string>();
  const body = code.replace(/require\("(ajv\/dist\/runtime\/[\w-]+)"\)/g, (_, module: string) => {
    const name = modules.get(module) ?? `runtime${modules.size}`;
    modules.set(module, name);
    return name;
  });
  if (modules.size === 0) return { imports: [], body };
  const imports = [...modules].map(
    ([module, name]) => `import ${name}Exports from "${module}.js";`,
  );
  const unwrap = [
    "function runtimeModule(exports) {",
    "  return exports?.__esModule === true ? exports : { default: exports };",
    "}",
    ...[...modules.values()].map((name) => `const ${name} = runtimeModule(${name}Exports);`),
  ];
  return { imports: [...imports, "", ...unwrap], body };
}
