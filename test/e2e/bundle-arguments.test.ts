import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runRbc, scratchContainerId, scratchProject } from "../helpers/run-rbc.ts";

const web = `image: rbc.local/busybox:1
command: ["httpd", "-f", "-p", "8080", "-h", "/var/www"]
`;

/** A scratch project (outside git: its bundle's container id is made from its own path). */
function project(): Promise<string> {
  return scratchProject({ "bundles/web/bundle.yaml": web });
}

describe("bundle arguments: a name, a bundle.yaml, a directory that does not exist", () => {
  it("builds from a path to bundle.yaml, as from its directory", async () => {
    const root = await project();
    const built = await runRbc(["build", "bundles/web/bundle.yaml"], { cwd: root });
    expect(built.stderr).toContain("bundles/web: wrote config.json");
    expect(built.exitCode).toBe(0);
    await readFile(join(root, "bundles/web/config.json"));
    const checked = await runRbc(["check", "--offline", "bundles/web/bundle.yaml"], { cwd: root });
    expect(checked).toMatchObject({ exitCode: 0, stderr: "1 bundle checked: 1 up to date\n" });
  });

  it("takes a bare name for bundles/<name>: stop, logs, check and build", async () => {
    const root = await project();
    const unbuilt = await runRbc(["stop", "web"], { cwd: root });
    expect(unbuilt).toEqual({
      exitCode: 2,
      stdout: "",
      stderr: "bundles/web: error: not built: no config.json (run rbc build bundles/web)\n",
    });
    expect((await runRbc(["build", "web"], { cwd: root })).exitCode).toBe(0);
    const id = scratchContainerId(root, "web");
    const stopped = await runRbc(["stop", "web"], { cwd: root });
    expect(stopped).toEqual({
      exitCode: 0,
      stdout: "",
      stderr: `bundles/web: ${id} is not running\n`,
    });
    const logs = await runRbc(["logs", "web"], { cwd: root });
    expect(logs).toEqual({ exitCode: 0, stdout: "", stderr: "" });
    const checked = await runRbc(["check", "--offline", "web"], { cwd: root });
    expect(checked.exitCode).toBe(0);
  });

  it("says what it looked for, and where, for a name or a directory that does not exist", async () => {
    const root = await project();
    const name = await runRbc(["run", "wbe"], { cwd: root });
    expect(name).toEqual({
      exitCode: 2,
      stdout: "",
      stderr:
        'error OVL102: no bundle "wbe": looked for ./wbe/bundle.yaml and ./bundles/wbe/bundle.yaml\n',
    });
    const stop = await runRbc(["stop", "bundles/wbe"], { cwd: root });
    expect(stop).toEqual({
      exitCode: 2,
      stdout: "",
      stderr: "error OVL102: no bundle at bundles/wbe: no such directory\n",
    });
    const build = await runRbc(["build", "bundles/wbe", "web"], { cwd: root });
    expect(build.exitCode).toBe(2);
    expect(build.stderr).toContain("error OVL102: no bundle at bundles/wbe: no such directory\n");
    expect(build.stderr).not.toContain("run rbc build");
  });
});
