import { execFile } from "node:child_process";
import { mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { createImageArchive } from "../../scripts/images/image-archive.ts";
import { runRbc, scratchProject } from "../helpers/run-rbc.ts";
import { loadImageArchive, removeImage, runDockerChecked } from "../support/docker.ts";

const run = promisify(execFile);
const retagged = "rbc.local/e2e-moving:1";
const hostile = "rbc.local/e2e-hostile:1";
const containerName = `rbc-e2e-source-${process.pid}`;

afterAll(async () => {
  await runDockerChecked(["rm", "--force", containerName]).catch(() => undefined);
  await removeImage(retagged);
  await removeImage(hostile);
});

async function mtree(bundle: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run("mtree", [
      "-f",
      join(bundle, "rootfs.mtree"),
      "-p",
      join(bundle, ".rootfs/rootfs"),
    ]);
    return { code: 0, output: stdout + stderr };
  } catch (failure) {
    const f = failure as { code: number; stdout: string; stderr: string };
    return { code: f.code, output: f.stdout + f.stderr };
  }
}

describe("rootfs manifests, materialization and the lock", () => {
  it("materializes a rootfs that NetBSD mtree and rbc verify accept, and both report a changed byte", async () => {
    const root = await scratchProject({ "bundles/app/bundle.yaml": "image: rbc.local/app:1\n" });
    const built = await runRbc(["build", "--rootfs"], { cwd: root });
    expect(built.stderr).toContain("bundles/app: rootfs/ materialized and verified");
    expect(built.exitCode).toBe(0);
    const bundle = join(root, "bundles/app");
    expect(await mtree(bundle)).toEqual({ code: 0, output: "" });
    expect((await runRbc(["verify"], { cwd: root })).exitCode).toBe(0);

    const script = join(bundle, ".rootfs/rootfs/app/run.sh");
    const content = await readFile(script);
    content[0] = (content[0] ?? 0) ^ 1;
    await writeFile(script, content);
    const after = await mtree(bundle);
    expect(after.code).not.toBe(0);
    expect(after.output).toContain("app/run.sh");
    const verified = await runRbc(["verify"], { cwd: root });
    expect(verified.exitCode).toBe(1);
    expect(verified.stdout).toContain("bundles/app: 1 modified, 0 missing, 0 extra");
    expect(verified.stdout).toMatch(
      /modified app\/run\.sh: sha256digest expected [0-9a-f]{64}, got [0-9a-f]{64}/,
    );
  });

  it("checks offline from the lock alone, with no engine, and fails on an overlay edit", async () => {
    const root = await scratchProject({
      "bundles/web/bundle.yaml": "image: rbc.local/busybox:1\nuser: bob\n",
    });
    expect((await runRbc(["build"], { cwd: root })).exitCode).toBe(0);
    const noEngine = { DOCKER_HOST: "unix:///nonexistent/docker.sock" };
    const clean = await runRbc(["check", "--offline"], { cwd: root, env: noEngine });
    expect(clean.stderr).toContain("1 bundle checked: 1 up to date");
    expect(clean.exitCode).toBe(0);
    await writeFile(
      join(root, "bundles/web/bundle.yaml"),
      "image: rbc.local/busybox:1\nuser: bob\nworking_dir: /tmp\n",
    );
    const drifted = await runRbc(["check", "--offline"], { cwd: root, env: noEngine });
    expect(drifted.exitCode).toBe(1);
    expect(drifted.stdout).toContain("bundles/web: the overlay changed");
    expect(drifted.stdout).toContain('"cwd": "/tmp"');
    // The lock keeps only the entries bob's lookup used: another user needs the engine.
    await writeFile(
      join(root, "bundles/web/bundle.yaml"),
      "image: rbc.local/busybox:1\nuser: alice\n",
    );
    const otherUser = await runRbc(["check", "--offline"], { cwd: root, env: noEngine });
    expect(otherUser.exitCode).toBe(1);
    expect(otherUser.stdout).toContain(
      'bundles/web: the lock does not record the lookup of user "alice" in image:sha256:',
    );
  });

  it("tells an image tag that moved apart from an overlay that changed", async () => {
    await runDockerChecked(["tag", "rbc.local/busybox:1", retagged]);
    const root = await scratchProject({
      "bundles/moving/bundle.yaml": `image: ${retagged}\ncommand: ["true"]\n`,
    });
    expect((await runRbc(["build"], { cwd: root })).exitCode).toBe(0);
    expect((await runRbc(["check"], { cwd: root })).exitCode).toBe(0);

    await runDockerChecked(["tag", "rbc.local/app:1", retagged]);
    const moved = await runRbc(["check"], { cwd: root });
    expect(moved.exitCode).toBe(1);
    expect(moved.stdout).toMatch(
      /bundles\/moving: upstream moved: rbc\.local\/e2e-moving:1 now resolves to sha256:[0-9a-f]{64}, the lock has sha256:[0-9a-f]{64}/,
    );
    expect(moved.stdout).toContain("bundles/moving: the rootfs manifest changed");
    expect(moved.stdout).not.toContain("the overlay changed");

    await runDockerChecked(["tag", "rbc.local/busybox:1", retagged]);
    await writeFile(
      join(root, "bundles/moving/bundle.yaml"),
      `image: ${retagged}\ncommand: ["false"]\n`,
    );
    const edited = await runRbc(["check"], { cwd: root });
    expect(edited.exitCode).toBe(1);
    expect(edited.stdout).toContain("bundles/moving: the overlay changed");
    expect(edited.stdout).not.toContain("upstream moved");
  });

  it("builds a symlink-then-file image as Docker does, writing nothing outside the bundle", async () => {
    // Docker refuses most hostile archives at load; this one it takes: a symlink to a host
    // directory in one layer, a file under that name in the next.
    const canary = await mkdtemp(join(tmpdir(), "rbc-canary-"));
    await loadImageArchive(
      createImageArchive({
        repoTags: [hostile],
        config: { Cmd: ["/bin/true"] },
        layers: [
          { createdBy: "link", entries: [{ type: "symlink", path: "escape", target: canary }] },
          {
            createdBy: "file",
            entries: [{ type: "file", path: "escape/pwned", data: "outside\n" }],
          },
        ],
      }),
    );
    const root = await scratchProject({ "bundles/evil/bundle.yaml": `image: ${hostile}\n` });
    const result = await runRbc(["build", "--rootfs"], { cwd: root });
    expect(result.exitCode, result.stderr).toBe(0);
    expect(await readdir(canary)).toEqual([]);
    // Layer 2 has no `escape`: Docker's applier makes it a directory there, over the symlink.
    const tree = join(root, "bundles/evil/.rootfs/rootfs");
    expect(await readFile(join(tree, "escape/pwned"), "utf8")).toBe("outside\n");
    expect(await mtree(join(root, "bundles/evil"))).toEqual({ code: 0, output: "" });
  });
  it("materializes a container source and reports when the container changed", async () => {
    await runDockerChecked([
      "create",
      "--name",
      containerName,
      "--env",
      "MODE=one",
      "rbc.local/app:1",
    ]);
    const root = await scratchProject({ "bundles/c/bundle.yaml": `container: ${containerName}\n` });
    const built = await runRbc(["build", "--rootfs"], { cwd: root });
    expect(built.exitCode).toBe(0);
    const bundle = join(root, "bundles/c");
    expect(await mtree(bundle)).toEqual({ code: 0, output: "" });
    expect((await runRbc(["check"], { cwd: root })).exitCode).toBe(0);

    const extra = join(await mkdtemp(join(tmpdir(), "rbc-extra-")), "extra.txt");
    await writeFile(extra, "added later\n");
    await runDockerChecked(["cp", extra, `${containerName}:/app/extra.txt`]);
    const filesChanged = await runRbc(["check"], { cwd: root });
    expect(filesChanged.exitCode).toBe(1);
    expect(filesChanged.stdout).toContain("bundles/c: the rootfs manifest changed");
    expect(filesChanged.stdout).toContain("+./app/extra.txt type=file");
    expect(filesChanged.stdout).not.toContain("the overlay changed");

    await runDockerChecked(["update", "--cpu-shares", "512", containerName]);
    const settingsChanged = await runRbc(["check"], { cwd: root });
    expect(settingsChanged.exitCode).toBe(1);
    expect(settingsChanged.stdout).toContain(
      `bundles/c: the container ${containerName} changed since the bundle was built`,
    );
    expect(settingsChanged.stdout).toContain('+        "shares": 512');
    expect(settingsChanged.stdout).not.toContain("the overlay changed");
  });
});
