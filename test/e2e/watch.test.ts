import { execFile, spawn, type ChildProcess } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot, scratchProject } from "../helpers/run-rbc.ts";

const exec = promisify(execFile);
const name = `watcher-${String(process.pid)}`;
const id = `rbc-${name}`;
const children: ChildProcess[] = [];

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  await exec("runc", ["delete", "--force", id]).catch(() => undefined);
});

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

async function containerStatus(): Promise<string | undefined> {
  try {
    const { stdout } = await exec("runc", ["state", id]);
    return (JSON.parse(stdout) as { status: string }).status;
  } catch {
    return undefined;
  }
}

describe("rbc watch --run", () => {
  it("rebuilds and restarts on edits, survives an invalid edit, and cleans up on SIGINT", async () => {
    const root = await scratchProject({ [`bundles/${name}/bundle.yaml`]: overlay("one") });
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

    await writeFile(overlayFile, overlay("two"));
    await waitFor("GREETING=two", async () => (await readLog()).includes("GREETING=two"));
    expect(stderr).toContain(`changed: ${overlayFile}`);
    expect(stderr).toContain("restarted in");

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
    expect(left.map((c) => c.id).filter((c) => c.startsWith("rbc-"))).toEqual([]);
  });
});
