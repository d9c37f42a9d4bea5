import { execFile } from "node:child_process";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./helpers/run-rbc.ts";

const run = promisify(execFile);

/** What `npm pack` would put in the package, without building or writing it. */
async function packedFiles(): Promise<string[]> {
  const { stdout } = await run("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
    cwd: repoRoot,
    maxBuffer: 64 * 1024 * 1024,
  });
  const [pack] = JSON.parse(stdout) as { files: { path: string }[] }[];
  return (pack?.files ?? []).map((file) => file.path);
}

describe("the npm package", () => {
  it("ships every JSON Schema in schemas/, where other repositories reference them", async () => {
    const schemas = (await readdir(join(repoRoot, "schemas")))
      .filter((name) => name.endsWith(".schema.json"))
      .map((name) => `schemas/${name}`);
    expect(schemas).toContain("schemas/bundle.schema.json");
    const files = await packedFiles();
    expect(schemas.filter((schema) => !files.includes(schema))).toEqual([]);
  }, 120_000);
});
