import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { printExplained } from "../../src/cli/print-explain.ts";
import { compileBundle } from "../../src/compile.ts";
import { parseJson } from "../../src/json/index.ts";
import {
  describeOrigin,
  explainFields,
  leafPointers,
  type SpecProvenance,
} from "../../src/provenance/index.ts";
import { fakeEngine } from "../helpers/fake-engine.ts";
import { repoRoot } from "../helpers/run-rbc.ts";

/**
 * Provenance of the golden cases: every field of every ok case's config.json has an origin, none
 * unknown; and `rbc explain`'s whole-spec listing of each case is test/golden/explain/<case>.txt
 * (update with `vitest -u` and review the diff).
 */
const engine = fakeEngine();
const cases = readdirSync(join(repoRoot, "test/golden/ok"), { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(join(repoRoot, "test/golden/ok", e.name, "bundle.yaml")))
  .map((e) => e.name)
  .sort();

async function compiled(name: string): Promise<{ spec: unknown; provenance: SpecProvenance }> {
  const bundle = await compileBundle(join("test/golden/ok", name), engine, { rootfs: false });
  const config = bundle.files?.get("config.json");
  if (config === undefined || bundle.provenance === undefined) throw new Error(`${name} failed`);
  return { spec: parseJson(config), provenance: bundle.provenance };
}

describe("golden provenance", () => {
  it.each(cases)("%s: every field has an origin, none unknown", async (name) => {
    const { spec, provenance } = await compiled(name);
    const missing = leafPointers(spec).flatMap((pointer) => {
      const found = provenance.originsOf(pointer);
      // Recorded at a field of its own, not the document or a whole top-level section (which only a
      // patch decides at once).
      const depth = found === undefined ? 0 : found.recordedAt.split("/").length - 1;
      const sectionWide = depth < 2 && !["/ociVersion", "/hostname", "/hooks"].includes(found?.recordedAt ?? "");
      const unknown = found?.origins.some((o) => o.kind === "unknown") ?? true;
      const patched = found?.origins.every((o) => o.kind === "patch") ?? false;
      if (found !== undefined && found.origins.length > 0 && !unknown && (!sectionWide || patched)) return [];
      return [`${pointer}: ${found?.origins.map(describeOrigin).join("; ") ?? "no origin"}`];
    });
    expect(missing).toEqual([]);
  });

  it.each(cases)("%s: rbc explain lists the spec with its origins", async (name) => {
    const { spec, provenance } = await compiled(name);
    let text = "";
    const terminal = {
      out: (s: string) => void (text += s),
      err: () => undefined,
      color: false,
      githubActions: false,
    };
    printExplained(terminal, explainFields(spec, provenance, []).fields);
    await expect(text).toMatchFileSnapshot(join(repoRoot, "test/golden/explain", `${name}.txt`));
  });
});
