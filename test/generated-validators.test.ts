import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { renderValidator, repositoryPath, schemaValidators } from "../scripts/schema-validators.ts";

describe("the generated schema validators", () => {
  it.each(schemaValidators)(
    "$file matches what npm run generate writes from $schema",
    async (v) => {
      const committed = await readFile(repositoryPath(v.file), "utf8");
      expect(committed, `${v.file} is stale: run \`npm run generate\``).toBe(
        await renderValidator(v),
      );
    },
  );
});
