import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { compileBundle } from "../../src/compile.ts";
import { formatDiagnostic } from "../../src/diagnostics.ts";
import { parseJson } from "../../src/json/index.ts";
import { validateSpec } from "../../src/spec/validate-spec.ts";
import { fakeEngine } from "../helpers/fake-engine.ts";
import { repoRoot } from "../helpers/run-rbc.ts";

/**
 * Golden cases: test/golden/ok/<case>/bundle.yaml compiles (against recorded engine responses) to
 * exactly the files in expected/; test/golden/err/<case>/bundle.yaml to the diagnostics in
 * expected/diagnostics.txt. Update with `vitest -u` and review the diff. The ok cases that carry a
 * docker-run.yaml are also checked against Docker's own config.json by the engine tests.
 */
const engine = fakeEngine();
const cases = (kind: "ok" | "err"): string[] =>
  readdirSync(join(repoRoot, "test/golden", kind), { withFileTypes: true })
    .filter(
      (entry) =>
        entry.isDirectory() &&
        existsSync(join(repoRoot, "test/golden", kind, entry.name, "bundle.yaml")),
    )
    .map((entry) => relative(repoRoot, join(repoRoot, "test/golden", kind, entry.name)))
    .sort();

describe("golden bundles", () => {
  it.each(cases("ok"))("%s compiles to its expected files", async (dir) => {
    const compiled = await compileBundle(dir, engine, { rootfs: false });
    expect(compiled.diagnostics.map(formatDiagnostic)).toEqual([]);
    for (const [name, content] of compiled.files ?? []) {
      await expect(content).toMatchFileSnapshot(join(repoRoot, dir, "expected", name));
    }
    expect(validateSpec(parseJson(compiled.files?.get("config.json") ?? ""))).toEqual([]);
  });

  it.each(cases("err"))("%s reports its expected diagnostics and no files", async (dir) => {
    const compiled = await compileBundle(dir, engine, { rootfs: false });
    expect(compiled.files).toBeUndefined();
    const text = compiled.diagnostics.map((d) => `${formatDiagnostic(d)}\n`).join("");
    await expect(text).toMatchFileSnapshot(join(repoRoot, dir, "expected", "diagnostics.txt"));
  });
});
