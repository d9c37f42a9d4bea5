import { execFile, spawn, type ChildProcess } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot, scratchProject } from "../helpers/run-rbc.ts";

const exec = promisify(execFile);
const name = `watcher-${String(process.pid)}`;
const id = `rbc-${name}`;
// A bundle whose overlay is invalid when the watch starts (loopback only: no published network).
const late = `watcher-late-${String(process.pid)}`;
const lateId = `rbc-${late}`;
const children: ChildProcess[] = [];

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  for (const container of [id, lateId])
    await exec("runc", ["delete", "--force", container]).catch(() => undefined);
});

function lateOverlay(valid: boolean): string {
  return [
    "image: rbc.local/busybox:1",
    'command: ["sleep", "300"]',
    "network_mode: none",
    "stop_grace_period: 1s",
    ...(valid ? [] : ["tty: maybe"]),
    "",
  ].join("\n");
}

function overlay(greeting: string): string {
  return [
    "image: rbc.local/busybox:1",
    'command: ["sh", "-c", "echo GREETING=$GREETING; sleep 300"]',
    "environment:",
    `  GREETING: ${greeting}`,
    "",
  ].join("\n");
}

async function waitFor(what: string, check: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() >= deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

async function containerStatus(container = id): Promise<string | undefined> {
  try {
    const { stdout } = await exec("runc", ["state", container]);
    return (JSON.parse(stdout) as { status: string }).status;
  } catch {
    return undefined;
  }
}

describe("rbc watch --run", () => {
  it("rebuilds and restarts on edits, starts a bundle once fixed, survives an invalid edit, cleans up on SIGINT", async () => {
    const root = await scratchProject({
      [`bundles/${name}/bundle.yaml`]: overlay("one"),
      [`bundles/${late}/bundle.yaml`]: lateOverlay(false),
    });
    const overlayFile = join(root, "bundles", name, "bundle.yaml");
    const log = join(root, "bundles", name, ".rbc", "run.log");
    const readLog = (): Promise<string> => readFile(log, "utf8").catch(() => "");
    const child = spawn(
      process.execPath,
      [join(repoRoot, "bin/rbc.js"), "watch", "--run", "bundles/"],
      {
        cwd: root,
        env: { ...process.env, NO_COLOR: "1" },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    children.push(child);
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((done) => child.on("close", done));

    await waitFor("GREETING=one", async () => (await readLog()).includes("GREETING=one"), 60_000);
    await waitFor("watching", () => Promise.resolve(stderr.includes("watching")));

    expect(stderr).toMatch(new RegExp(`bundles/${late}/bundle\\.yaml:5:\\d+`));
    expect(await containerStatus(lateId)).toBeUndefined();

    await writeFile(overlayFile, overlay("two"));
    await waitFor("GREETING=two", async () => (await readLog()).includes("GREETING=two"));
    expect(stderr).toContain(`bundles/${name}: rebuilding (changed: bundles/${name}/bundle.yaml)`);
    expect(stderr).toMatch(new RegExp(`bundles/${name}: rebuilt in \\d+ ms: wrote config\\.json`));
    expect(stderr).toContain("  process.env: GREETING=one → two");
    expect(stderr).toMatch(
      new RegExp(`bundles/${name}: restarted ${id} in \\d+ ms \\(stop \\d+ ms, start \\d+ ms\\)`),
    );

    // The bundle that failed from the start is written and started once its overlay is fixed.
    await writeFile(join(root, "bundles", late, "bundle.yaml"), lateOverlay(true));
    await waitFor("the late start", () => Promise.resolve(stderr.includes(`started ${lateId} in`)));
    expect(stderr).toMatch(new RegExp(`bundles/${late}: rebuilt in \\d+ ms: wrote config\\.json`));
    expect(await containerStatus(lateId)).toBe("running");

    await writeFile(overlayFile, `${overlay("two")}tty: maybe\n`);
    await waitFor("the diagnostic", () =>
      Promise.resolve(/bundle\.yaml:5:\d+/.test(stderr) && stderr.includes("build failed")),
    );
    expect(await containerStatus()).toBe("running");

    await writeFile(overlayFile, overlay("two"));
    await waitFor("the fixed rebuild", () =>
      Promise.resolve(stderr.split("build failed").at(-1)?.includes("up to date") === true),
    );

    child.kill("SIGINT");
    expect(await exited).toBe(0);
    const { stdout } = await exec("runc", ["list", "--format", "json"]);
    const left = (JSON.parse(stdout) as { id: string }[] | null) ?? [];
    expect(left.map((c) => c.id).filter((c) => c === id || c === lateId)).toEqual([]);
  });
});
