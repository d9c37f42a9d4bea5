import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { createContainer, DOCKER_BIN, removeContainer } from "../support/docker.ts";
import { repoRoot, runRbc, scratchProject } from "../helpers/run-rbc.ts";

const run = promisify(execFile);
const containerIds: string[] = [];

afterAll(async () => {
  await Promise.all(containerIds.map((id) => removeContainer(id)));
});

/** The image's filesystem, unpacked into the bundle's rootfs (until rbc materializes it itself). */
async function unpackRootfs(image: string, rootfs: string): Promise<void> {
  const id = await createContainer([image, "true"]);
  containerIds.push(id);
  await mkdir(rootfs, { recursive: true });
  await run("sh", ["-c", `${DOCKER_BIN} export ${id} | tar -x -C ${rootfs}`]);
}

describe("a compiled bundle under runc", () => {
  it("runs the overlay's command as the overlay's user and prints the expected output", async () => {
    const root = await scratchProject({
      "bundles/hello/bundle.yaml": [
        "image: rbc.local/busybox:1",
        'command: ["sh", "-c", "echo \\"$GREETING from $(id -un) in $(pwd) on $(hostname)\\""]',
        "environment:",
        "  GREETING: hello",
        "user: alice",
        "working_dir: /home/alice",
        "read_only: true",
        "",
      ].join("\n"),
    });
    const built = await runRbc(["build"], { cwd: root });
    expect(built.exitCode).toBe(0);
    const bundle = join(root, "bundles/hello");
    await unpackRootfs("rbc.local/busybox:1", join(bundle, ".rootfs/rootfs"));
    const id = `rbc-test-${process.pid}`;
    // The bundle's hooks run `/usr/bin/env rbc hook …`: plain runc needs rbc on its PATH, as a
    // user who installed rbc has it.
    const binDir = await mkdtemp(join(tmpdir(), "rbc-bin-"));
    await symlink(join(repoRoot, "bin/rbc.js"), join(binDir, "rbc"));
    const env = { ...process.env, PATH: `${binDir}:${process.env.PATH ?? ""}` };
    try {
      const { stdout } = await run("runc", ["run", "--bundle", bundle, id], { env });
      expect(stdout).toBe("hello from alice in /home/alice on hello\n");
      // runc run deletes the container when it exits; its poststop hook released the network.
      expect(existsSync("/run/rbc/hello")).toBe(false);
    } finally {
      await run("runc", ["delete", "--force", id]).catch(() => undefined);
    }
  });
});
