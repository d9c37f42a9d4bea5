import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runRbc, scratchProject } from "../helpers/run-rbc.ts";

const run = promisify(execFile);

/**
 * Docker 26.1 (the default target) mounts a read-only bind `rro`: recursively read-only, so a
 * mount below the bind's source is read-only in the container too; Docker 20.10 writes `ro`, which
 * leaves it writable. `rro` needs runc ≥ 1.1 and a kernel with mount_setattr (≥ 5.12). This runs
 * both targets' bundles under the host's own runc (Debian bookworm: 1.1.5), as a user would.
 */
let source = "";
const probe = "touch /data/below/probe 2>/dev/null && echo writable || echo read-only";

beforeAll(async () => {
  source = await mkdtemp(join(tmpdir(), "rbc-rro-"));
  await mkdir(join(source, "below"));
  await run("mount", ["-t", "tmpfs", "-o", "size=1m", "rbc-rro", join(source, "below")]);
});

afterAll(async () => {
  await run("umount", [join(source, "below")]).catch(() => undefined);
  await rm(source, { recursive: true, force: true });
});

async function runProbe(target: string | undefined): Promise<{ stdout: string; mount: unknown }> {
  const root = await scratchProject({
    "bundles/probe/bundle.yaml": [
      ...(target === undefined ? [] : [`target: ${target}`]),
      "image: rbc.local/busybox:1",
      `command: ["sh", "-c", ${JSON.stringify(probe)}]`,
      "network_mode: none",
      "volumes:",
      `  - ${source}:/data:ro`,
      "",
    ].join("\n"),
  });
  const built = await runRbc(["build"], { cwd: root });
  expect(built.exitCode, built.stderr).toBe(0);
  const config = JSON.parse(await readFile(join(root, "bundles/probe/config.json"), "utf8")) as {
    mounts: { destination: string; options?: string[] }[];
  };
  const mount = config.mounts.find((m) => m.destination === "/data");
  const started = await runRbc(["run", "bundles/probe"], { cwd: root });
  expect(started.exitCode, started.stderr).toBe(0);
  return { stdout: started.stdout, mount };
}

describe("a read-only bind with a mount below its source, under the host's runc", () => {
  it("is rro for the default target (Docker 26.1), and the mount below is read-only", async () => {
    const { stdout, mount } = await runProbe(undefined);
    expect(mount).toMatchObject({ options: expect.arrayContaining(["rro"]) as unknown });
    expect(stdout).toBe("read-only\n");
  });

  it("is ro for target Docker 20.10, and the mount below stays writable, as in Docker 20.10", async () => {
    const { stdout, mount } = await runProbe('{ docker: "20.10", cgroup: v1 }');
    expect(mount).toMatchObject({ options: expect.arrayContaining(["ro"]) as unknown });
    expect(stdout).toBe("writable\n");
  });
});
