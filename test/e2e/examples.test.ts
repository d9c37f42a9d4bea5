import { execFile } from "node:child_process";
import { cp, mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { repoRoot, runRbc } from "../helpers/run-rbc.ts";

const run = promisify(execFile);

describe("the committed example bundles", () => {
  it("are current: rbc check bundles/ finds no drift", async () => {
    const result = await runRbc(["check", "bundles/"], { cwd: repoRoot });
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("2 bundles checked, 0 drifted");
    expect(result.exitCode).toBe(0);
  });

  it("materialize into rootfs/ trees that NetBSD mtree finds identical to rootfs.mtree", async () => {
    const copy = await mkdtemp(join(tmpdir(), "rbc-examples-"));
    await cp(join(repoRoot, "bundles"), join(copy, "bundles"), { recursive: true });
    const built = await runRbc(["build", "--rootfs", "bundles/"], { cwd: copy });
    expect(built.stderr).toContain("2 bundles built, 0 changed");
    expect(built.exitCode).toBe(0);
    const names = (await readdir(join(copy, "bundles"))).filter((n) => !n.startsWith("_")).sort();
    expect(names).toEqual(["api", "web"]);
    for (const name of names) {
      const bundle = join(copy, "bundles", name);
      const { stdout, stderr } = await run("mtree", [
        "-f",
        join(bundle, "rootfs.mtree"),
        "-p",
        join(bundle, "rootfs"),
      ]);
      expect(stdout + stderr).toBe("");
    }
    expect((await runRbc(["verify", "bundles/"], { cwd: copy })).exitCode).toBe(0);
  });
});
