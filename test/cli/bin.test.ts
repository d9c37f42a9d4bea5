import { execFile } from "node:child_process";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli-harness.ts";
import { repoRoot } from "../helpers/run-rbc.ts";

const exec = promisify(execFile);

describe("bin/rbc.js", () => {
  const copies: string[] = [];
  afterAll(async () => {
    for (const copy of copies) await rm(copy, { recursive: true, force: true });
  });

  it("prints the version as the command line does, without loading it", async () => {
    // A copy with bin/ and package.json alone: the version must not need dist/.
    const copy = await mkdtemp(join(tmpdir(), "rbc-bin-"));
    copies.push(copy);
    await cp(join(repoRoot, "bin"), join(copy, "bin"), { recursive: true });
    await cp(join(repoRoot, "package.json"), join(copy, "package.json"));
    const expected = await runCli(["--version"], { root: repoRoot });
    for (const flag of ["--version", "-V"]) {
      const { stdout, stderr } = await exec(process.execPath, [join(copy, "bin/rbc.js"), flag]);
      expect({ exitCode: 0, stdout, stderr }, flag).toEqual(expected);
    }
  });
});
