import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync, readlinkSync } from "node:fs";
import { rm } from "node:fs/promises";
import { hostname } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runRbc, scratchProject } from "../helpers/run-rbc.ts";
import { removeContainer, runDocker, runDockerChecked } from "../support/docker.ts";

/**
 * Probe containers (created to read an image's /etc/passwd) that an rbc left behind when it was
 * killed are removed by the next rbc that talks to the engine; a probe whose creator still runs
 * is kept, as is one made where its creator cannot be looked up. The probes here are made by
 * hand, labelled as rbc labels them, for processes this test starts and stops.
 */

const run = randomBytes(4).toString("hex");
const IMAGE = "rbc.local/busybox:1";

/** Field 22 of /proc/<pid>/stat: the process's start time in clock ticks since boot. */
function startTicks(pid: number): string {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? "";
}

function ownerLabels(pid: number, ticks: string, host = hostname()): string[] {
  const labels = {
    "dev.rbc.probe": "true",
    "dev.rbc.probe.host": host,
    "dev.rbc.probe.boot-id": readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim(),
    "dev.rbc.probe.pid-ns": readlinkSync("/proc/self/ns/pid"),
    "dev.rbc.probe.pid": String(pid),
    "dev.rbc.probe.pid-start": ticks,
  };
  return Object.entries(labels).flatMap(([key, value]) => ["--label", `${key}=${value}`]);
}

async function createProbe(name: string, labels: readonly string[]): Promise<void> {
  await runDockerChecked(["create", "--name", name, ...labels, IMAGE, "/never-started"]);
}

async function exists(name: string): Promise<boolean> {
  return (await runDocker(["container", "inspect", name])).exitCode === 0;
}

function sleeper(): ChildProcess {
  return spawn("sleep", ["600"], { stdio: "ignore" });
}

describe("rbc build sweeps leaked probe containers", () => {
  const names = {
    dead: `rbc-h-probe-dead-${run}`,
    reused: `rbc-h-probe-reused-${run}`,
    live: `rbc-h-probe-live-${run}`,
    elsewhere: `rbc-h-probe-elsewhere-${run}`,
    older: `rbc-h-probe-older-rbc-${run}`,
  };
  let live: ChildProcess;
  let root: string;

  beforeAll(async () => {
    live = sleeper();
    const dead = sleeper();
    const deadPid = dead.pid ?? 0;
    const deadTicks = startTicks(deadPid);
    dead.kill();
    await new Promise((done) => dead.on("exit", done));
    const livePid = live.pid ?? 0;
    await createProbe(names.dead, ownerLabels(deadPid, deadTicks));
    // The pid runs, but it is another process than the one that made the probe.
    await createProbe(names.reused, ownerLabels(livePid, `${startTicks(livePid)}1`));
    await createProbe(names.live, ownerLabels(livePid, startTicks(livePid)));
    await createProbe(names.elsewhere, ownerLabels(deadPid, deadTicks, `not-${hostname()}`));
    await createProbe(names.older, ["--label", "dev.rbc.probe=true"]);
    root = await scratchProject({ "bundles/web/bundle.yaml": `image: ${IMAGE}\nuser: root\n` });
  });

  afterAll(async () => {
    live.kill();
    await Promise.all(Object.values(names).map((name) => removeContainer(name)));
    await rm(root, { recursive: true, force: true });
  });

  it("removes the probes of dead processes and keeps those of live or unknown ones", async () => {
    for (const name of Object.values(names)) expect(await exists(name), name).toBe(true);
    // The bundle names its user: the build makes (and removes) a probe of its own too.
    const result = await runRbc(["build"], { cwd: root });
    expect(result.exitCode, result.stderr).toBe(0);
    // rbc has exited: its sweep, which runs beside the build, is done.
    expect({
      dead: await exists(names.dead),
      reused: await exists(names.reused),
      live: await exists(names.live),
      elsewhere: await exists(names.elsewhere),
      older: await exists(names.older),
    }).toEqual({ dead: false, reused: false, live: true, elsewhere: true, older: true });
  });
});
