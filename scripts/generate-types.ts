/**
 * Writes the TypeScript types generated from schemas/*.schema.json:
 * `npm run generate:types` (`npx tsx scripts/generate-types.ts`). Run it after changing a schema.
 */
import { readFile, writeFile } from "node:fs/promises";
import { relative } from "node:path";
import { bundleDocumentTypes, bundleDocumentTypesFile } from "./bundle-document-types.ts";

const text = await bundleDocumentTypes();
const before = await readFile(bundleDocumentTypesFile, "utf8").catch(() => undefined);
const name = relative(process.cwd(), bundleDocumentTypesFile);
if (before === text) {
  process.stderr.write(`${name} is up to date\n`);
} else {
  await writeFile(bundleDocumentTypesFile, text);
  process.stderr.write(`wrote ${name}\n`);
}
