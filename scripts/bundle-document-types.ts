/**
 * The generated TypeScript type of an overlay document (src/overlay/bundle-document.generated.ts),
 * rendered from schemas/bundle.schema.json and formatted as Prettier formats the repository.
 * scripts/generate-types.ts writes it; test/overlay/bundle-document-types.test.ts checks that the
 * committed file matches.
 */
import { fileURLToPath } from "node:url";
import { format, resolveConfig } from "prettier";
import schema from "../schemas/bundle.schema.json" with { type: "json" };
import { renderSchemaTypes } from "./schema-types.ts";

/** Absolute path of the committed, generated file. */
export const bundleDocumentTypesFile = fileURLToPath(
  new URL("../src/overlay/bundle-document.generated.ts", import.meta.url),
);

const header = [
  "Generated from schemas/bundle.schema.json by scripts/generate-types.ts. Do not edit by hand:",
  "change the schema and run `npm run generate:types`.",
  "",
  "BundleDocument is what a bundle.yaml may contain once ajv accepts it. Value checks that types",
  "cannot express (minimum, pattern, if/then) are the schema's alone.",
];

/** The generated file's expected contents. */
export async function bundleDocumentTypes(): Promise<string> {
  const source = renderSchemaTypes(schema, { rootName: "BundleDocument", header });
  const options = await resolveConfig(bundleDocumentTypesFile);
  return format(source, { ...options, filepath: bundleDocumentTypesFile });
}
