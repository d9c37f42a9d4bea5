import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, scratchDir } from "../../helpers/cli-harness.ts";

// Four services sharing one environment through a YAML anchor: its .env note has one location.
const compose = `x-common: &common
  image: rbc.local/app:1
  environment:
    TOKEN: \${API_TOKEN}
services:
  a: *common
  b: *common
  c: *common
  d:
    image: rbc.local/app:1
`;

async function project(): Promise<string> {
  const root = await scratchDir("import");
  await writeFile(join(root, "compose.yaml"), compose);
  await writeFile(join(root, ".env"), "API_TOKEN=x\n");
  return root;
}

describe("rbc import", () => {
  it("prints a note shared through an anchor once, at its one location", async () => {
    const root = await project();
    const args = ["import", "--out", join(root, "bundles"), join(root, "compose.yaml")];
    const result = await runCli(args, { root });
    expect(result.exitCode).toBe(0);
    const note =
      "  <root>/compose.yaml:4:12: note: environment.TOKEN: ${API_TOKEN} is set in .env, which rbc run does not read: export it where the bundle starts\n";
    expect(result.stdout).toBe(
      `<root>/bundles/a/bundle.yaml: service a\n${note}` +
        "<root>/bundles/b/bundle.yaml: service b\n" +
        "<root>/bundles/c/bundle.yaml: service c\n" +
        "<root>/bundles/d/bundle.yaml: service d\n",
    );
    expect(result.stderr).toBe("imported 4 services into <root>/bundles (1 base file, 1 note)\n");
  });

  it("keeps the notes with --quiet, as warnings, and leaves out the services without one", async () => {
    const root = await project();
    const args = ["-q", "import", "--out", join(root, "bundles"), join(root, "compose.yaml")];
    const result = await runCli(args, { root });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe(
      "<root>/bundles/a/bundle.yaml: service a\n" +
        "  <root>/compose.yaml:4:12: note: environment.TOKEN: ${API_TOKEN} is set in .env, which rbc run does not read: export it where the bundle starts\n",
    );
    expect(result.stderr).toBe("");
  });
});
