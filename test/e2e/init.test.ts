import { readFile, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it, onTestFinished } from "vitest";
import { runRbc, scratchProject as newProject } from "../helpers/run-rbc.ts";
import {
  createContainer,
  removeTrackedContainers,
  runDocker,
  runDockerChecked,
} from "../support/docker.ts";

async function scratchProject(files: Record<string, string> = {}): Promise<string> {
  const root = await newProject(files);
  onTestFinished(() => rm(root, { recursive: true, force: true }));
  return root;
}

afterAll(removeTrackedContainers);

const name = `rbc-init-e2e-${process.pid}`;

describe("rbc init", () => {
  it("writes a starter overlay for an image, with the schema comment, that builds", async () => {
    const root = await scratchProject();
    const init = await runRbc(["init", "rbc.local/busybox:1", "bundles/starter"], { cwd: root });
    expect(init.exitCode, init.stderr).toBe(0);
    const overlay = await readFile(join(root, "bundles/starter/bundle.yaml"), "utf8");
    expect(overlay.split("\n")[0]).toMatch(
      /^# yaml-language-server: \$schema=.*schemas\/bundle\.schema\.json$/,
    );
    expect(overlay).toContain("\nimage: rbc.local/busybox:1\n");
    const build = await runRbc(["build", "bundles/starter"], { cwd: root });
    expect(build.exitCode, build.stderr).toBe(0);
  });

  it("refuses to overwrite a bundle.yaml (exit 2, INI801) unless --force, and writes nothing", async () => {
    const root = await scratchProject({ "bundles/web/bundle.yaml": "image: rbc.local/app:1\n" });
    const again = await runRbc(["init", "rbc.local/busybox:1", "bundles/web"], { cwd: root });
    expect(again.exitCode).toBe(2);
    expect(again.stderr).toContain("INI801");
    expect(again.stderr).toContain("bundles/web/bundle.yaml already exists");
    expect(await readFile(join(root, "bundles/web/bundle.yaml"), "utf8")).toBe(
      "image: rbc.local/app:1\n",
    );
    const forced = await runRbc(["init", "--force", "rbc.local/busybox:1", "bundles/web"], {
      cwd: root,
    });
    expect(forced.exitCode, forced.stderr).toBe(0);
    expect(await readFile(join(root, "bundles/web/bundle.yaml"), "utf8")).toContain(
      "image: rbc.local/busybox:1",
    );
    // Written through the bundle journal: no staged or temporary file is left.
    expect((await readdir(join(root, "bundles/web"))).sort()).toEqual(["bundle.yaml"]);
  });

  it("--from-container writes an image overlay that builds to the container bundle's config.json", async () => {
    const id = await createContainer([
      ...["--name", name, "-m", "64m", "--cap-drop", "NET_RAW", "-e", "MODE=a$b"],
      ...["--tmpfs", "/run:size=16m", "-p", "8080:80", "rbc.local/busybox:1", "sleep", "5"],
    ]);
    const root = await scratchProject({ "bundles/app/bundle.yaml": `container: ${id}\n` });
    const fromContainer = await runRbc(["build", "bundles/app"], { cwd: root });
    expect(fromContainer.exitCode, fromContainer.stderr).toBe(0);
    const expected = await readFile(join(root, "bundles/app/config.json"), "utf8");
    const init = await runRbc(["init", "--force", "--from-container", name, "bundles/app"], {
      cwd: root,
    });
    expect(init.exitCode, init.stderr).toBe(0);
    const overlay = await readFile(join(root, "bundles/app/bundle.yaml"), "utf8");
    expect(overlay).toContain("mem_limit: 67108864 # HostConfig.Memory\n");
    expect(overlay).toContain("MODE: a$$b");
    const fromImage = await runRbc(["build", "bundles/app"], { cwd: root });
    expect(fromImage.exitCode, fromImage.stderr).toBe(0);
    expect(await readFile(join(root, "bundles/app/config.json"), "utf8")).toBe(expected);
  });

  it("--from-container names the bundle after the container by default", async () => {
    const root = await scratchProject();
    const init = await runRbc(["init", "--from-container", name], { cwd: root });
    expect(init.exitCode, init.stderr).toBe(0);
    expect(init.stderr).toContain(`wrote bundles/${name}/bundle.yaml`);
  });

  it("--from-run writes the overlay of a docker run command line and removes the container it made", async () => {
    const root = await scratchProject();
    const before = await runDocker(["ps", "-aq", "--filter", "name=rbc-init-"]);
    const args = ["init", "--from-run", "bundles/run", "--", "docker", "run", "--rm", "-it"];
    const run = await runRbc([...args, "--pids-limit", "50", "rbc.local/busybox:1", "id"], {
      cwd: root,
    });
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stderr).toContain("warning INI803: --rm changes nothing in config.json");
    const overlay = await readFile(join(root, "bundles/run/bundle.yaml"), "utf8");
    expect(overlay).toContain('command: ["id"] # Config.Cmd\n');
    expect(overlay).toContain("tty: true # Config.Tty\n");
    expect(overlay).toContain("pids_limit: 50 # HostConfig.PidsLimit\n");
    const after = await runDocker(["ps", "-aq", "--filter", "name=rbc-init-"]);
    expect(after.stdout).toBe(before.stdout);
  });

  it("--from-run refuses a flag rbc cannot reproduce, naming it (exit 2, INI802)", async () => {
    const root = await scratchProject();
    const args = ["init", "--from-run", "bundles/x", "--", "docker", "run", "--gpus", "all"];
    const run = await runRbc([...args, "rbc.local/busybox:1"], { cwd: root });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain("INI802: --gpus: rbc cannot reproduce this docker run flag");
    await expect(readdir(join(root, "bundles"))).rejects.toThrow();
  });

  it("refuses an image reference build would refuse (exit 2, OVL202), and writes nothing", async () => {
    const root = await scratchProject();
    const init = await runRbc(["init", "NOT_VALID::ref", "bundles/z2"], { cwd: root });
    expect(init.exitCode).toBe(2);
    expect(init.stderr).toContain("OVL202");
    expect(init.stderr).toContain('"NOT_VALID::ref"');
    await expect(readdir(join(root, "bundles"))).rejects.toThrow();
  });

  it("refuses a directory name build would refuse (exit 2, OVL103), and writes nothing", async () => {
    const root = await scratchProject();
    for (const dir of ["bundles/bad name", "bundles/-lead"]) {
      const init = await runRbc(["init", "rbc.local/busybox:1", dir], { cwd: root });
      expect(init.exitCode, dir).toBe(2);
      expect(init.stderr).toContain("OVL103");
    }
    await expect(readdir(join(root, "bundles"))).rejects.toThrow();
  });

  it("reads DIR as --from-container does: a bundle.yaml's directory, a bare name under bundles/", async () => {
    const root = await scratchProject();
    const file = await runRbc(["init", "rbc.local/busybox:1", "bundles/x/bundle.yaml"], {
      cwd: root,
    });
    expect(file.exitCode, file.stderr).toBe(0);
    expect(file.stderr).toContain("wrote bundles/x/bundle.yaml\n");
    const bare = await runRbc(["init", "rbc.local/busybox:1", "web"], { cwd: root });
    expect(bare.exitCode, bare.stderr).toBe(0);
    expect(await readFile(join(root, "bundles/web/bundle.yaml"), "utf8")).toContain(
      "image: rbc.local/busybox:1",
    );
    const build = await runRbc(["build", "x", "web"], { cwd: root });
    expect(build.exitCode, build.stderr).toBe(0);
  });

  it("says so when a file stands where the directory would be (exit 2, INI805)", async () => {
    const root = await scratchProject();
    await writeFile(join(root, "notes"), "a file\n");
    const init = await runRbc(["init", "rbc.local/busybox:1", "notes/web"], { cwd: root });
    expect(init.exitCode).toBe(2);
    expect(init.stderr).toContain("INI805: notes is a file, not a directory");
    expect(init.stderr).not.toMatch(/EEXIST|ENOTDIR/);
  });

  it("-q leaves out the wrote line", async () => {
    const root = await scratchProject();
    const init = await runRbc(["-q", "init", "rbc.local/busybox:1", "bundles/quiet"], {
      cwd: root,
    });
    expect(init.exitCode, init.stderr).toBe(0);
    expect(init.stderr).toBe("");
    expect(await readFile(join(root, "bundles/quiet/bundle.yaml"), "utf8")).toContain("image:");
  });

  it("--from-run says a mistyped flag is no docker run flag, with the one meant (exit 2, INI804)", async () => {
    const root = await scratchProject();
    const args = ["init", "--from-run", "bundles/x", "--", "docker", "run", "--memroy", "10m"];
    const run = await runRbc([...args, "rbc.local/busybox:1"], { cwd: root });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain(
      "INI804: --memroy is not a docker run flag (did you mean --memory?)",
    );
    expect(run.stderr).not.toContain("INI802");
  });

  it("--from-run: a missing image is exit 3 as for build; no DIR and no --name is a usage error", async () => {
    const root = await scratchProject();
    const missing = await runRbc(
      ["init", "--from-run", "bundles/x", "--", "docker", "run", "rbc.local/nope:9"],
      { cwd: root },
    );
    expect(missing.exitCode).toBe(3);
    expect(missing.stderr).toContain(
      'image "rbc.local/nope:9" is not present on the Docker engine',
    );
    const unnamed = await runRbc(
      ["init", "--from-run", "--", "docker", "run", "rbc.local/busybox:1"],
      {
        cwd: root,
      },
    );
    expect(unnamed.exitCode).toBe(2);
    expect(unnamed.stderr).toContain("error: --from-run needs the bundle directory or a --name");
    expect(unnamed.stderr).not.toContain("INI802");
    await expect(readdir(join(root, "bundles"))).rejects.toThrow();
  });

  it("--from-run removes a named volume docker create made, and keeps one that existed", async () => {
    const root = await scratchProject();
    const made = `rbc-init-e2e-made-${process.pid}`;
    const kept = `rbc-init-e2e-kept-${process.pid}`;
    await runDockerChecked(["volume", "create", kept]);
    onTestFinished(async () => {
      await runDocker(["volume", "rm", "--force", made, kept]);
    });
    const args = ["init", "--from-run", "bundles/vol", "--", "docker", "run"];
    const volumes = ["-v", `${made}:/data`, "-v", `${kept}:/kept`];
    const run = await runRbc([...args, ...volumes, "rbc.local/busybox:1"], { cwd: root });
    expect(run.exitCode, run.stderr).toBe(0);
    expect((await runDocker(["volume", "inspect", made])).exitCode).not.toBe(0);
    expect((await runDocker(["volume", "inspect", kept])).exitCode).toBe(0);
  });
});
