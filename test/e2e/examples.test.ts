import { execFile } from "node:child_process";
import { cp, mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { builtContainerId, repoRoot, runRbc } from "../helpers/run-rbc.ts";

const run = promisify(execFile);

/** The committed example bundles in a scratch directory, without a checkout's .rootfs/ or .rbc/. */
async function copyOfExamples(): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), "rbc-examples-"));
  await cp(join(repoRoot, "bundles"), join(copy, "bundles"), {
    recursive: true,
    filter: (source) => !/\/(\.?rootfs|\.rbc)$/.test(source),
  });
  return copy;
}

describe("the committed example bundles", () => {
  it("are current: rbc check bundles/ finds no drift", async () => {
    const result = await runRbc(["check", "bundles/"], { cwd: repoRoot });
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("2 bundles checked: 2 up to date");
    expect(result.exitCode).toBe(0);
  });

  it("materialize into .rootfs/rootfs/ trees that NetBSD mtree finds identical to rootfs.mtree", async () => {
    const copy = await copyOfExamples();
    const built = await runRbc(["build", "--rootfs", "bundles/"], { cwd: copy });
    expect(built.stderr).toContain("2 bundles: 2 unchanged");
    expect(built.exitCode).toBe(0);
    const names = (await readdir(join(copy, "bundles"))).filter((n) => !n.startsWith("_")).sort();
    expect(names).toEqual(["api", "web"]);
    for (const name of names) {
      const bundle = join(copy, "bundles", name);
      const { stdout, stderr } = await run("mtree", [
        "-f",
        join(bundle, "rootfs.mtree"),
        "-p",
        join(bundle, ".rootfs/rootfs"),
      ]);
      expect(stdout + stderr).toBe("");
    }
    expect((await runRbc(["verify", "bundles/"], { cwd: copy })).exitCode).toBe(0);
  });

  it("web answers on its published port 8080 under rbc run -d, and rbc stop leaves nothing", async () => {
    const copy = await copyOfExamples();
    // The id the committed config.json names: this repository's, also in a copy outside git.
    const id = await builtContainerId(repoRoot, "bundles/web");
    expect(id).toMatch(/^rbc-web-[0-9a-f]{8}$/);
    const started = await runRbc(["run", "-d", "bundles/web"], { cwd: copy });
    expect(started.exitCode).toBe(0);
    expect(started.stdout).toBe(`${id}\n`);
    try {
      const response = await fetch("http://127.0.0.1:8080/", { signal: AbortSignal.timeout(3000) });
      expect(await response.text()).toBe("hello from rbc\n");
    } finally {
      expect((await runRbc(["stop", "bundles/web"], { cwd: copy })).exitCode).toBe(0);
    }
    const { stdout } = await run("runc", ["list", "--format", "json"]);
    expect(((JSON.parse(stdout) as { id: string }[] | null) ?? []).map((c) => c.id)).not.toContain(
      id,
    );
    expect((await run("iptables-save")).stdout).not.toContain(`id: \\"${id}\\"`);
    expect(await readdir("/run/rbc")).not.toContain(id);
  });
});
