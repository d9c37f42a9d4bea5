import { appendFile, cp } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cliImage, cliProject, engineWith, runCli } from "../helpers/cli-harness.ts";

// The first in-process run loads the commands and the stages: seconds on a busy machine.
describe("rbc --quiet", { timeout: 30_000 }, () => {
  it("prints nothing for a build and a check where everything is fine", async () => {
    const root = await cliProject("web");
    const engine = engineWith([cliImage()]);
    const bundles = join(root, "bundles");
    expect(await runCli(["--quiet", "build", bundles], { root, engine })).toEqual({
      exitCode: 0,
      stdout: "",
      stderr: "",
    });
    expect(await runCli(["-q", "check", bundles], { root, engine })).toEqual({
      exitCode: 0,
      stdout: "",
      stderr: "",
    });
  });

  it("prints a failed bundle's diagnostic and the summary, and not the bundles that built", async () => {
    const root = await cliProject("web");
    await cp(join(root, "bundles/web"), join(root, "bundles/bad"), { recursive: true });
    await appendFile(join(root, "bundles/bad/bundle.yaml"), "cpus: lots\n");
    const engine = engineWith([cliImage()]);
    const quiet = await runCli(["--quiet", "build", join(root, "bundles")], { root, engine });
    expect(quiet.exitCode).toBe(2);
    expect(quiet.stdout).toBe("");
    expect(quiet.stderr.split("\n")).toEqual([
      expect.stringMatching(/^<root>\/bundles\/bad\/bundle\.yaml:\d+:\d+: error OVL202: "cpus"/u),
      "2 bundles: 1 built, 1 failed (exit 2)",
      "",
    ]);
  });

  it("prints check's drift, its summary and the fix, as without --quiet", async () => {
    const root = await cliProject("web");
    const engine = engineWith([cliImage()]);
    await runCli(["build", join(root, "bundles")], { root, engine });
    await appendFile(join(root, "bundles/web/bundle.yaml"), "hostname: changed\n");
    const loud = await runCli(["check", join(root, "bundles")], { root, engine });
    const quiet = await runCli(["--quiet", "check", join(root, "bundles")], { root, engine });
    expect(quiet.exitCode).toBe(1);
    expect(quiet).toEqual(loud);
    expect(quiet.stdout).toContain("config.json drifted");
  });

  it("leaves --json output as it is", async () => {
    const root = await cliProject("web");
    const engine = engineWith([cliImage()]);
    await runCli(["build", join(root, "bundles")], { root, engine });
    const loud = await runCli(["check", "--json", join(root, "bundles")], { root, engine });
    const quiet = await runCli(["-q", "check", "--json", join(root, "bundles")], { root, engine });
    expect(quiet.stdout).toBe(loud.stdout);
    expect(JSON.parse(quiet.stdout)).toMatchObject({ command: "check", exitCode: 0 });
  });
});
