import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cliImage, cliProject, engineWith, runCli } from "../helpers/cli-harness.ts";
import { cliOutputErrors } from "../helpers/cli-output-schema.ts";

/** A drifted check of bundles/web, with a bundle whose image is missing beside it. */
async function checkOutput(): Promise<string> {
  const engine = engineWith([cliImage()]);
  const root = await cliProject("web");
  expect((await runCli(["build", join(root, "bundles")], { root, engine })).exitCode).toBe(0);
  const overlay = join(root, "bundles/web/bundle.yaml");
  await writeFile(overlay, (await readFile(overlay, "utf8")).replace("hello", "bonjour"));
  await mkdir(join(root, "bundles/gone"));
  await writeFile(join(root, "bundles/gone/bundle.yaml"), "image: rbc.local/gone:1\n");
  const result = await runCli(["check", "--json", join(root, "bundles")], { root, engine });
  expect(result.exitCode).toBe(3);
  return result.stdout;
}

describe("schemas/cli-output.schema.json", { timeout: 30_000 }, () => {
  it("accepts what rbc check --json prints for drift and an unavailable image", async () => {
    expect(cliOutputErrors(await checkOutput())).toEqual([]);
  });

  it("refuses a wrong shape: an unknown field, an unknown status, a string exit code, a missing code", async () => {
    const output = JSON.parse(await checkOutput()) as {
      exitCode: unknown;
      bundles: Record<string, unknown>[];
    };
    const [web, gone] = output.bundles;
    const wrong = (edit: () => void): string[] => {
      const saved = JSON.stringify(output);
      edit();
      const errors = cliOutputErrors(JSON.stringify(output));
      Object.assign(output, JSON.parse(saved));
      return errors;
    };
    expect(wrong(() => Object.assign(output, { extra: true }))).not.toEqual([]);
    expect(wrong(() => Object.assign(output.bundles[0] ?? {}, { status: "drifted" }))).toContain(
      "/bundles/0/status must be equal to one of the allowed values",
    );
    expect(wrong(() => (output.exitCode = "3"))).not.toEqual([]);
    expect(wrong(() => Object.assign(output.bundles[1] ?? {}, { code: undefined }))).toContain(
      "/bundles/1 must have required property 'code'",
    );
    expect(web?.status).toBe("drift");
    expect(gone).toMatchObject({ status: "unavailable", code: "IMAGE_NOT_FOUND" });
    expect(cliOutputErrors(JSON.stringify([{ id: "rbc-x", pid: "1" }]))).not.toEqual([]);
    expect(cliOutputErrors("{}")).not.toEqual([]);
  });
});
