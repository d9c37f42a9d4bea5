/**
 * Writes the schema validators generated from schemas/*.schema.json (scripts/schema-validators.ts):
 * `npx tsx scripts/generate-validators.ts`, part of `npm run generate`. Run it after changing a
 * schema or upgrading ajv.
 */
import { readFile, writeFile } from "node:fs/promises";
import { renderValidator, repositoryPath, schemaValidators } from "./schema-validators.ts";

for (const validator of schemaValidators) {
  const text = await renderValidator(validator);
  const path = repositoryPath(validator.file);
  const before = await readFile(path, "utf8").catch(() => undefined);
  if (before === text) {
    process.stderr.write(`${validator.file} is up to date\n`);
  } else {
    await writeFile(path, text);
    process.stderr.write(`wrote ${validator.file}\n`);
  }
}
