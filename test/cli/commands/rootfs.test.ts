import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InternalError } from "../../../src/errors/index.ts";
import { cliImage, cliProject, engineWith, runCli } from "../../helpers/cli-harness.ts";
import { fakeEngine } from "../../helpers/fake-engine.ts";

describe("rbc rootfs", () => {
  it("materializes rootfs/ from the image, verified against rootfs.mtree", async () => {
    const root = await cliProject("web");
    const engine = engineWith([cliImage()]);
    expect((await runCli(["build", join(root, "bundles")], { root, engine })).exitCode).toBe(0);
    const result = await runCli(["rootfs", join(root, "bundles")], { root, engine });
    expect(result).toEqual({
      exitCode: 0,
      stdout: "",
      stderr: "✓ <root>/bundles/web: rootfs/ materialized and verified\n",
    });
    expect(await readFile(join(root, "bundles/web/.rootfs/rootfs/etc/motd"), "utf8")).toBe(
      "hello\n",
    );
  });

  it("exits 3 and keeps no rootfs/ when the image no longer gives rootfs.mtree", async () => {
    const root = await cliProject("web");
    const built = await runCli(["build", join(root, "bundles")], {
      root,
      engine: engineWith([cliImage("hello")]),
    });
    expect(built.exitCode).toBe(0);
    const result = await runCli(["rootfs", join(root, "bundles")], {
      root,
      engine: engineWith([cliImage("bonjour")]),
    });
    expect(result.exitCode).toBe(3);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(
      /^<root>\/bundles\/web: error: rootfs not materialized: the image differs from its manifest: .*etc\/motd \(size,sha256digest\)\n$/,
    );
    await expect(readFile(join(root, "bundles/web/.rootfs/rootfs/etc/motd"))).rejects.toThrow(
      /ENOENT/,
    );
  });

  it("fails only the bundle whose image archive the engine cannot give, with exit 3", async () => {
    const root = await cliProject("web");
    const engine = engineWith([cliImage()]);
    expect((await runCli(["build", join(root, "bundles")], { root, engine })).exitCode).toBe(0);
    const works = fakeEngine([cliImage()]);
    let saves = 0;
    const failing = () =>
      Promise.resolve({
        ...works,
        // The compile reads the archive once for the manifest; extraction reads it again, and
        // then the engine fails as the Docker adapter reports it (an error other than 404).
        saveImage: (id: string) =>
          (saves += 1) === 1
            ? works.saveImage(id)
            : Promise.reject(new InternalError("engine answered 500 on /images/get")),
      });
    const result = await runCli(["rootfs", join(root, "bundles")], { root, engine: failing });
    expect(result).toEqual({
      exitCode: 3,
      stdout: "",
      stderr:
        "<root>/bundles/web: error: rootfs not materialized: engine answered 500 on /images/get\n",
    });
  });
});
