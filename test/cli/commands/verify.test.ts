import { mkdir, writeFile } from "node:fs/promises";
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

  it("with --stat reads no file: a same-size edit passes, a changed size does not", async () => {
    const root = await materializedProject();
    const motd = join(root, "bundles/web/.rootfs/rootfs/etc/motd");
    await writeFile(motd, "HELLO\n");
    const same = await runCli(["verify", "--stat", join(root, "bundles")], { root });
    expect(same.exitCode).toBe(0);
    expect((await runCli(["verify", join(root, "bundles")], { root })).exitCode).toBe(1);
    await writeFile(motd, "tampered\n");
    const sized = await runCli(["verify", "--stat", join(root, "bundles")], { root });
    expect(sized).toEqual({
      exitCode: 1,
      stdout:
        "<root>/bundles/web: 1 modified, 0 missing, 0 extra\n  modified etc/motd: size expected 6, got 9\n",
      stderr: "",
    });
  });

  it("takes what runc creates to run the bundle for no difference", async () => {
    const root = await materializedProject();
    const rootfs = join(root, "bundles/web/.rootfs/rootfs");
    // The mountpoints of config.json's default mounts and network files, empty as runc leaves them.
    for (const dir of ["proc", "sys", "dev"]) await mkdir(join(rootfs, dir), { recursive: true });
    await writeFile(join(rootfs, "etc/hostname"), "");
    await writeFile(join(rootfs, "etc/planted"), "");
    const result = await runCli(["verify", join(root, "bundles")], { root });
    expect(result.stdout).toBe(
      "<root>/bundles/web: 0 modified, 0 missing, 1 extra\n  extra    etc/planted\n",
    );
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
