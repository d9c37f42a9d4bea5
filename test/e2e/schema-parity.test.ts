import { randomBytes } from "node:crypto";
import { readdir, rm, stat } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  baseOverlays,
  filled,
  invalidOverlays,
  overlayText,
  validOverlays,
  type Placeholders,
} from "../fixtures/schema-parity.ts";
import { bundleSchemaCheck } from "../helpers/bundle-schema-check.ts";
import { runRbc, scratchProject } from "../helpers/run-rbc.ts";
import { createContainer, removeTrackedContainers } from "../support/docker.ts";

/** One bundle of `rbc build --json` (src/cli/print-build.ts). */
interface BuiltBundle {
  readonly dir: string;
  readonly status: string;
  readonly diagnostics?: readonly { readonly code: string; readonly severity: string }[];
}

interface BuildOutput {
  readonly exitCode: number;
  readonly bundles: readonly BuiltBundle[];
}

/** The first block device of the build host, for blkio_config (rbc reads its numbers there). */
async function blockDevice(): Promise<string> {
  for (const name of (await readdir("/dev")).sort()) {
    const path = `/dev/${name}`;
    const info = await stat(path).catch(() => undefined);
    if (info?.isBlockDevice()) return path;
  }
  throw new Error("the build host has no block device for the blkio_config overlay");
}

// Every overlay of the corpus is one bundle of one project, built by one `rbc build --json`
// (bundles fail alone), and checked by ajv against the schema file: they must agree on each.
describe("schema parity: schemas/bundle.schema.json and rbc build agree", () => {
  const check = bundleSchemaCheck();
  const suffix = randomBytes(4).toString("hex");
  let root = "";
  let placeholders: Placeholders;
  let output: BuildOutput;
  let texts: Map<string, string>;

  beforeAll(async () => {
    const donor = `rbc-parity-donor-${suffix}`;
    await createContainer(["--name", donor, "rbc.local/busybox:1"]);
    placeholders = {
      donor,
      block: await blockDevice(),
      imageId: inject("rbcImageIds")["rbc.local/busybox:1"] ?? "",
      unique: `rbc-parity-${suffix}`,
    };
    texts = new Map(
      [...invalidOverlays, ...validOverlays].map((o) => [
        o.name,
        filled(overlayText(o.yaml), placeholders),
      ]),
    );
    const files: Record<string, string> = { ...baseOverlays };
    for (const [name, text] of texts) files[`bundles/${name}/bundle.yaml`] = text;
    for (const o of validOverlays) {
      for (const [file, content] of Object.entries(o.files ?? {})) {
        files[`bundles/${o.name}/${file}`] = content;
      }
    }
    root = await scratchProject(files);
    const built = await runRbc(["build", "bundles", "--json"], { cwd: root });
    output = JSON.parse(built.stdout) as BuildOutput;
  }, 900_000);

  afterAll(async () => {
    await removeTrackedContainers();
    if (root !== "") await rm(root, { recursive: true, force: true });
  });

  const outcome = (name: string): BuiltBundle | undefined =>
    output.bundles.find((b) => b.dir === `bundles/${name}`);

  it("exits 2: some bundles are invalid, none is unavailable", () => {
    expect(output.bundles.filter((b) => b.status === "unavailable")).toEqual([]);
    expect(output.exitCode).toBe(2);
  });

  it("refuses every invalid overlay in both, rbc build with the overlay's code", () => {
    const disagreements = invalidOverlays.flatMap((o) => {
      const schema = check(texts.get(o.name) ?? "");
      const built = outcome(o.name);
      const codes = (built?.diagnostics ?? [])
        .filter((d) => d.severity === "error")
        .map((d) => d.code);
      const agrees =
        !schema.valid &&
        built?.status === "invalid" &&
        codes.length > 0 &&
        codes.every((code) => code === o.code);
      const got = `schema ${schema.valid ? "accepts" : "refuses"}, rbc build ${built?.status ?? "?"} ${codes.join(",")}`;
      return agrees ? [] : [`${o.name} (${o.rule}; want ${o.code}): ${got}`];
    });
    expect(disagreements).toEqual([]);
  });

  it("builds every valid overlay, which the schema accepts", () => {
    const disagreements = validOverlays.flatMap((o) => {
      const schema = check(texts.get(o.name) ?? "");
      const built = outcome(o.name);
      if (schema.valid && built?.status === "changed") return [];
      const problems = (built?.diagnostics ?? []).map((d) => JSON.stringify(d)).join("; ");
      return [
        `${o.name}: schema ${schema.valid ? "accepts" : schema.errors}, rbc build ${built?.status ?? "?"} ${problems}`,
      ];
    });
    expect(disagreements).toEqual([]);
  });
});
