import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { parseDocument } from "yaml";
import { repoRoot } from "./run-rbc.ts";

/**
 * schemas/bundle.schema.json compiled as another repository would compile it: read from the file,
 * with ajv in strict mode, its two annotation keywords declared. Returns whether a YAML overlay
 * passes, and ajv's errors when it does not.
 */
export function bundleSchemaCheck(): (yaml: string) => { valid: boolean; errors: string } {
  const schema: unknown = JSON.parse(
    readFileSync(join(repoRoot, "schemas/bundle.schema.json"), "utf8"),
  );
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  ajv.addVocabulary(["errorMessage", "x-rbc-code"]);
  const validate = ajv.compile(schema as object);
  return (yaml) => {
    // As an editor reads YAML: merge keys resolved, duplicate keys refused.
    const doc = parseDocument(yaml, { merge: true, uniqueKeys: true });
    if (doc.errors.length > 0) return { valid: false, errors: doc.errors[0]?.message ?? "" };
    const valid = validate(doc.toJS());
    return { valid, errors: ajv.errorsText(validate.errors) };
  };
}
