import { chown, mkdir, mkdtemp, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UnsafePathError } from "../../src/errors/index.ts";
import { ownDirectory } from "../../src/run/own-directory.ts";

const scratch = () => mkdtemp(join(tmpdir(), "rbc-own-"));

describe("ownDirectory", () => {
  it("creates a missing directory with the mode asked for", async () => {
    const path = join(await scratch(), ".rbc");
    await ownDirectory(path, 0o700);
    expect((await stat(path)).mode & 0o777).toBe(0o700);
    await expect(ownDirectory(path)).resolves.toBeUndefined();
  });

  it("refuses a symlink, even to a directory it could write", async () => {
    const root = await scratch();
    await mkdir(join(root, "elsewhere"));
    await symlink(join(root, "elsewhere"), join(root, ".rbc"));
    const refused = ownDirectory(join(root, ".rbc"));
    await expect(refused).rejects.toBeInstanceOf(UnsafePathError);
    await expect(refused).rejects.toThrow(/is a symbolic link/);
  });

  it("refuses a file", async () => {
    const root = await scratch();
    await writeFile(join(root, ".rbc"), "");
    await expect(ownDirectory(join(root, ".rbc"))).rejects.toThrow(/is not a directory/);
  });

  it.runIf(process.geteuid?.() === 0)("refuses a directory another user owns", async () => {
    const root = await scratch();
    await mkdir(join(root, ".rbc"));
    await chown(join(root, ".rbc"), 65534, 65534);
    await expect(ownDirectory(join(root, ".rbc"))).rejects.toThrow(/owned by uid 65534, not by 0/);
  });
});
