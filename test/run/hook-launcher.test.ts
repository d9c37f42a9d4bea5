import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { hookLauncherScript } from "../../src/run/hook-launcher.ts";

const exec = promisify(execFile);

/** The launcher with `echo` for node, so a run prints what node would have been given. */
async function launcher(launcherPath: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), "rbc-launcher-")), "rbc");
  await writeFile(path, hookLauncherScript("/bin/echo", launcherPath), { mode: 0o755 });
  return path;
}

describe("hookLauncherScript", () => {
  it("is valid POSIX shell", async () => {
    const path = await launcher("/opt/rbc/bin/rbc.js");
    await expect(exec("sh", ["-n", path])).resolves.toBeDefined();
  });

  it("runs rbc with the node it was written for, passing every argument", async () => {
    const { stdout } = await exec(await launcher("/opt/rbc/bin/rbc.js"), ["build", "a b"]);
    expect(stdout).toBe("/opt/rbc/bin/rbc.js build a b\n");
  });

  it("hands a hook of a bundle it knows nothing of to rbc", async () => {
    const { stdout } = await exec(await launcher("/opt/rbc/bin/rbc.js"), [
      "hook",
      "poststop",
      `no-such-bundle-${process.pid}`,
    ]);
    expect(stdout).toBe(`/opt/rbc/bin/rbc.js hook poststop no-such-bundle-${process.pid}\n`);
  });

  it("never takes a fast path for a name that is not a plain directory entry", async () => {
    const path = await launcher("/opt/rbc/bin/rbc.js");
    for (const name of ["..", "../..", ".bin"]) {
      const { stdout } = await exec(path, ["hook", "poststop", name]);
      expect(stdout).toBe(`/opt/rbc/bin/rbc.js hook poststop ${name}\n`);
    }
  });

  it("quotes paths with spaces and quotes", async () => {
    const { stdout } = await exec(await launcher("/opt/it's here/rbc.js"), ["--version"]);
    expect(stdout).toBe("/opt/it's here/rbc.js --version\n");
  });
});
