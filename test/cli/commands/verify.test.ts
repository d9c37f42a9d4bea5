import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cliImage, cliProject, engineWith, runCli } from "../../helpers/cli-harness.ts";

/** A project whose bundles/web has its rootfs/ materialized. */
async function materializedProject(): Promise<string> {
  const root = await cliProject("web");
  const engine = engineWith([cliImage()]);
  const built = await runCli(["build", "--rootfs", join(root, "bundles")], { root, engine });
  expect(built.exitCode).toBe(0);
  return root;
}

describe("rbc verify", () => {
  it("exits 0, without connecting to the engine, when rootfs/ matches rootfs.mtree", async () => {
    const root = await materializedProject();
    const result = await runCli(["verify", join(root, "bundles")], { root });
    expect(result).toEqual({
      exitCode: 0,
      stdout: "",
      stderr: "✓ <root>/bundles/web: rootfs matches rootfs.mtree\n",
    });
  });

  it("exits 1 and lists a modified file", async () => {
    const root = await materializedProject();
    await writeFile(join(root, "bundles/web/.rootfs/rootfs/etc/motd"), "tampered\n");
    const result = await runCli(["verify", join(root, "bundles")], { root });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(
      /^<root>\/bundles\/web: 1 modified, 0 missing, 0 extra\n {2}modified etc\/motd: size expected 6, got 9; sha256digest expected [0-9a-f]{64}, got [0-9a-f]{64}\n$/,
    );
    const json = await runCli(["verify", "--json", join(root, "bundles")], { root });
    expect(json.exitCode).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({
      command: "verify",
      bundles: [
        { dir: "<root>/bundles/web", diff: { modified: [{ path: "etc/motd" }], missing: [] } },
      ],
    });
  });

  it("exits 1 when there is no rootfs/ to verify", async () => {
    const root = await cliProject("web");
    await runCli(["build", join(root, "bundles")], { root, engine: engineWith([cliImage()]) });
    const result = await runCli(["verify", join(root, "bundles")], { root });
    expect(result).toEqual({
      exitCode: 1,
      stdout: "",
      stderr:
        "<root>/bundles/web: no .rootfs/rootfs/ to verify: run rbc rootfs <root>/bundles/web\n",
    });
  });
});
