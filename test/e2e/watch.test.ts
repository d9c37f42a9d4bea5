import { execFile, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import {
  forceDeleteContainer,
  startRbc,
  runRbc,
  scratchContainerId,
  scratchProject,
} from "../helpers/run-rbc.ts";

const exec = promisify(execFile);
const name = `watcher-${String(process.pid)}`;
// A bundle whose overlay is invalid when the watch starts (loopback only: no published network).
const late = `watcher-late-${String(process.pid)}`;
// The container ids, known once the scratch project exists.
let id = "";
let lateId = "";
let ownId = "";
// A bundle the user runs with rbc run -d, and rbc watch (without --run) restarts.
const ownName = `watched-own-${String(process.pid)}`;
const children: ChildProcess[] = [];
// The page's host port for this run.
const port = 30000 + (process.pid % 10000);

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  for (const container of [id, lateId, ownId]) {
    if (container !== "") await forceDeleteContainer(container);
  }
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

/** busybox httpd serving a page that shows $GREETING, published on the host's `port`. */
function overlay(greeting: string, at = port): string {
  return [
    "image: rbc.local/busybox:1",
    "command:",
    "  - sh",
    "  - -c",
    "  - echo GREETING=$GREETING > /tmp/index.html; trap 'exit 0' TERM; httpd -f -p 80 -h /tmp & wait",
    "environment:",
    `  GREETING: ${greeting}`,
    `ports: ["${at}:80"]`,
    "",
  ].join("\n");
}

/** The page as the host sees it on the published port, or "" while nothing answers. */
async function page(at = port): Promise<string> {
  try {
    const response = await fetch(`http://127.0.0.1:${at}/`, {
      signal: AbortSignal.timeout(2000),
    });
    return await response.text();
  } catch {
    return "";
  }
}

/** What a stopped bundle could leave on the host: its pins, lease, iptables rules, mounts. */
async function hostTraces(address: string): Promise<string[]> {
  const traces: string[] = [];
  if (existsSync(`/run/rbc/${id}`)) traces.push(`/run/rbc/${id}`);
  const leases = await readdir("/run/rbc/.ipam/rbc").catch(() => [] as string[]);
  if (leases.includes(address)) traces.push(`lease ${address}`);
  const rules = (await exec("iptables-save")).stdout.split("\n");
  traces.push(
    ...rules.filter((rule) => rule.includes(`${address}/32`) || rule.includes(`"${id}"`)),
  );
  const mounts = await readFile("/proc/self/mountinfo", "utf8");
  if (mounts.includes(`/run/rbc/${id}/`)) traces.push("a pin mount");
  return traces;
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
  it("rebuilds and restarts on edits (seen on the published port), starts a bundle once fixed, survives an invalid edit, cleans up on SIGINT", async () => {
    const root = await scratchProject({
      [`bundles/${name}/bundle.yaml`]: overlay("one"),
      [`bundles/${late}/bundle.yaml`]: lateOverlay(false),
    });
    id = scratchContainerId(root, name);
    lateId = scratchContainerId(root, late);
    const overlayFile = join(root, "bundles", name, "bundle.yaml");
    const watch = startRbc(["watch", "--run", "bundles/"], { cwd: root });
    children.push(watch.child);

    await waitFor("the page", async () => (await page()) === "GREETING=one\n", 60_000);
    const record = JSON.parse(await readFile(`/run/rbc/${id}/network.json`, "utf8")) as {
      address: string;
    };
    const address = record.address.split("/")[0] ?? "";
    await waitFor("watching", () => Promise.resolve(watch.stderr().includes("watching")));

    expect(watch.stderr()).toMatch(new RegExp(`bundles/${late}/bundle\\.yaml:5:\\d+`));
    expect(await containerStatus(lateId)).toBeUndefined();

    await writeFile(overlayFile, overlay("two"));
    await waitFor("the new page", async () => (await page()) === "GREETING=two\n");
    expect(watch.stderr()).toContain(
      `bundles/${name}: rebuilding (changed: bundles/${name}/bundle.yaml)`,
    );
    expect(watch.stderr()).toMatch(
      new RegExp(`bundles/${name}: rebuilt in \\d+ ms: wrote config\\.json`),
    );
    expect(watch.stderr()).toContain("  process.env: GREETING=one → two");
    // The new container may answer before watch prints that it restarted it.
    const restarted = new RegExp(
      `bundles/${name}: restarted ${id} in \\d+ ms \\(stop \\d+ ms, start \\d+ ms\\)`,
    );
    await waitFor("the restart line", () => Promise.resolve(restarted.test(watch.stderr())));

    // The bundle that failed from the start is written and started once its overlay is fixed.
    await writeFile(join(root, "bundles", late, "bundle.yaml"), lateOverlay(true));
    await waitFor("the late start", () =>
      Promise.resolve(watch.stderr().includes(`started ${lateId} in`)),
    );
    expect(watch.stderr()).toMatch(
      new RegExp(`bundles/${late}: rebuilt in \\d+ ms: wrote config\\.json`),
    );
    expect(await containerStatus(lateId)).toBe("running");

    await writeFile(overlayFile, `${overlay("two")}tty: maybe\n`);
    const diagnostic = new RegExp(`bundles/${name}/bundle\\.yaml:9:\\d+: .*tty`);
    await waitFor("the diagnostic", () =>
      Promise.resolve(diagnostic.test(watch.stderr()) && watch.stderr().includes("build failed")),
    );
    expect(await containerStatus()).toBe("running");
    expect(await page()).toBe("GREETING=two\n");

    await writeFile(overlayFile, overlay("two"));
    await waitFor("the fixed rebuild", () =>
      Promise.resolve(watch.stderr().split("build failed").at(-1)?.includes("up to date") === true),
    );

    watch.child.kill("SIGINT");
    expect(await watch.exited).toBe(0);
    const { stdout } = await exec("runc", ["list", "--format", "json"]);
    const left = (JSON.parse(stdout) as { id: string }[] | null) ?? [];
    expect(left.map((c) => c.id).filter((c) => c === id || c === lateId)).toEqual([]);
    expect(await hostTraces(address)).toEqual([]);
    expect(await page()).toBe("");
  });

  it("restarts a bundle started with rbc run -d on change even without --run, and leaves it running", async () => {
    const ownPort = port + 1;
    const root = await scratchProject({
      [`bundles/${ownName}/bundle.yaml`]: overlay("mine", ownPort),
    });
    ownId = scratchContainerId(root, ownName);
    const rbc = (args: string[]) => runRbc(args, { cwd: root });
    expect((await rbc(["build"])).exitCode).toBe(0);
    expect((await rbc(["run", "-d", `bundles/${ownName}`])).exitCode).toBe(0);
    try {
      await waitFor("the page", async () => (await page(ownPort)) === "GREETING=mine\n");
      const watch = startRbc(["watch", "bundles/"], { cwd: root });
      children.push(watch.child);
      await waitFor("watching", () => Promise.resolve(watch.stderr().includes("watching")));

      await writeFile(join(root, "bundles", ownName, "bundle.yaml"), overlay("changed", ownPort));
      await waitFor("the new page", async () => (await page(ownPort)) === "GREETING=changed\n");
      // The new container serves the page before rbc watch has reported the restart.
      const restarted = new RegExp(`bundles/${ownName}: restarted ${ownId} in \\d+ ms`);
      await waitFor("the restart report", () => Promise.resolve(restarted.test(watch.stderr())));

      watch.child.kill("SIGINT");
      expect(await watch.exited).toBe(0);
      expect(await containerStatus(ownId)).toBe("running");
      expect(await page(ownPort)).toBe("GREETING=changed\n");
    } finally {
      expect((await rbc(["stop", `bundles/${ownName}`])).exitCode).toBe(0);
    }
    expect(existsSync(`/run/rbc/${ownId}`)).toBe(false);
  });
});
