import { rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runRbc, scratchProject } from "../helpers/run-rbc.ts";

const web = 'image: rbc.local/busybox:1\ncommand: ["httpd", "-f"]\n';

describe("rbc --quiet", () => {
  const roots: string[] = [];
  const project = async (files: Record<string, string>): Promise<string> => {
    const root = await scratchProject(files);
    roots.push(root);
    return root;
  };

  afterAll(async () => {
    for (const root of roots) await rm(root, { recursive: true, force: true });
  });

  it("prints nothing for a successful build and a clean check", async () => {
    const root = await project({ "bundles/web/bundle.yaml": web });
    expect(await runRbc(["--quiet", "build"], { cwd: root })).toEqual({
      exitCode: 0,
      stdout: "",
      stderr: "",
    });
    expect(await runRbc(["check", "-q"], { cwd: root })).toEqual({
      exitCode: 0,
      stdout: "",
      stderr: "",
    });
  });

  it("prints a failed bundle's diagnostic and the summary, and builds the others", async () => {
    const root = await project({
      "bundles/web/bundle.yaml": web,
      "bundles/bad/bundle.yaml": `${web}cpus: lots\n`,
    });
    const result = await runRbc(["-q", "build"], { cwd: root });
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.split("\n")).toEqual([
      expect.stringMatching(/^bundles\/bad\/bundle\.yaml:3:7: error OVL202: "cpus" /u),
      "2 bundles: 1 built, 1 failed (exit 2)",
      "",
    ]);
    expect(await runRbc(["-q", "check", "bundles/web"], { cwd: root })).toEqual({
      exitCode: 0,
      stdout: "",
      stderr: "",
    });
  });

  it("prints check's drift and summary", async () => {
    const root = await project({ "bundles/web/bundle.yaml": web });
    await runRbc(["build"], { cwd: root });
    await rm(join(root, "bundles/web/hostname"));
    const result = await runRbc(["--quiet", "check"], { cwd: root });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain("hostname is missing");
    expect(result.stderr).toBe(
      "1 bundle checked: 1 drifted\nfix: rbc build bundles/web && git add bundles/web\n",
    );
  });
});
