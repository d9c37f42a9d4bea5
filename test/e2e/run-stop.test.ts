import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import {
  builtContainerId,
  forceDeleteContainer,
  runRbc,
  scratchProject,
} from "../helpers/run-rbc.ts";

const exec = promisify(execFile);
const suffix = String(process.pid);
const exitName = `exit7-${suffix}`;
const sleepName = `sleeper-${suffix}`;
const talkName = `talker-${suffix}`;
const oneName = `exit1-${suffix}`;
const missingName = `nocommand-${suffix}`;

/** The ids of the bundles built here, deleted at the end whatever the tests left. */
const ids = new Set<string>();
async function idOf(root: string, name: string): Promise<string> {
  const id = await builtContainerId(root, `bundles/${name}`);
  ids.add(id);
  return id;
}

afterAll(async () => {
  for (const id of ids) await forceDeleteContainer(id);
});

describe("rbc run, ps and stop", () => {
  it("runs a bundle in the foreground and passes its exit code through", async () => {
    const root = await scratchProject({
      [`bundles/${exitName}/bundle.yaml`]:
        'image: rbc.local/busybox:1\ncommand: ["sh", "-c", "echo ran; exit 7"]\n',
    });
    expect((await runRbc(["build"], { cwd: root })).exitCode).toBe(0);
    expect((await runRbc(["rootfs"], { cwd: root })).exitCode).toBe(0);
    await idOf(root, exitName);
    const ran = await runRbc(["run", `bundles/${exitName}`], { cwd: root });
    expect(ran.stdout).toContain("ran");
    expect(ran.exitCode).toBe(7);
  });

  it("tells a container that exits 1 from runc failing to start it (exit 4)", async () => {
    const root = await scratchProject({
      [`bundles/${oneName}/bundle.yaml`]:
        'image: rbc.local/busybox:1\ncommand: ["sh", "-c", "exit 1"]\n',
      [`bundles/${missingName}/bundle.yaml`]:
        'image: rbc.local/busybox:1\ncommand: ["/no/such/program"]\n',
    });
    expect((await runRbc(["build", "--rootfs"], { cwd: root })).exitCode).toBe(0);
    await idOf(root, oneName);
    const missingId = await idOf(root, missingName);
    expect((await runRbc(["run", `bundles/${oneName}`], { cwd: root })).exitCode).toBe(1);
    const failed = await runRbc(["run", `bundles/${missingName}`], { cwd: root });
    expect(failed.exitCode).toBe(4);
    expect(failed.stderr).toContain(`runc could not start ${missingId}`);
    expect(failed.stderr).toContain("/no/such/program");
  });

  it("runs a bundle detached, lists it, and stops it with SIGKILL after the grace", async () => {
    const root = await scratchProject({
      [`bundles/${sleepName}/bundle.yaml`]:
        'image: rbc.local/busybox:1\ncommand: ["sleep", "300"]\n',
    });
    expect((await runRbc(["build"], { cwd: root })).exitCode).toBe(0);
    const sleepId = await idOf(root, sleepName);
    expect(sleepId).toMatch(new RegExp(`^rbc-${sleepName}-[0-9a-f]{8}$`));
    // No rbc rootfs: run materializes the missing rootfs/ itself.
    const started = await runRbc(["run", "-d", `bundles/${sleepName}`], { cwd: root });
    expect(started.stderr).toContain("materialized");
    expect(started.exitCode).toBe(0);
    expect(started.stdout).toBe(`${sleepId}\n`);

    const again = await runRbc(["run", "-d", `bundles/${sleepName}`], { cwd: root });
    expect(again.exitCode).toBe(3);
    expect(again.stderr).toContain("already running (rbc stop");

    const ps = await runRbc(["ps", "--json"], { cwd: root });
    expect(ps.exitCode).toBe(0);
    const rows = JSON.parse(ps.stdout) as { id: string; status: string; bundle: string }[];
    expect(rows.find((row) => row.id === sleepId)).toMatchObject({
      status: "running",
      bundle: `${root}/bundles/${sleepName}`,
    });

    // sleep as PID 1 ignores SIGTERM, so only the SIGKILL after --time stops it.
    const stopped = await runRbc(["stop", "--time", "1", `bundles/${sleepName}`], { cwd: root });
    expect(stopped.exitCode).toBe(0);
    expect(stopped.stderr).toContain("sending SIGKILL");
    const { stdout } = await exec("runc", ["list", "--format", "json"]);
    const left = (JSON.parse(stdout) as { id: string }[] | null) ?? [];
    expect(left.map((c) => c.id)).not.toContain(sleepId);

    const idle = await runRbc(["stop", `bundles/${sleepName}`], { cwd: root });
    expect(idle.exitCode).toBe(0);
    expect(idle.stderr).toContain("is not running");
  });

  it("exits 3 with a clear message when runc is missing", async () => {
    const root = await scratchProject({});
    const result = await runRbc(["ps", "--runc", "/nonexistent/runc"], { cwd: root });
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toContain("runc not found at /nonexistent/runc");
    expect(result.stderr).toContain("install Debian's runc, or pass --runc");
    const noPath = await runRbc(["ps"], { cwd: root, env: { PATH: "/nonexistent" } });
    expect(noPath.exitCode).toBe(3);
    expect(noPath.stderr).toContain("runc not found on PATH");
  });

  it("prints a detached container's output with rbc logs, and follows it until it exits", async () => {
    const root = await scratchProject({
      [`bundles/${talkName}/bundle.yaml`]: [
        "image: rbc.local/busybox:1",
        "network_mode: none",
        'command: ["sh", "-c", "echo one; sleep 1; echo two; echo oops >&2"]',
      ].join("\n"),
    });
    expect((await runRbc(["build", "--rootfs"], { cwd: root })).exitCode).toBe(0);
    await idOf(root, talkName);
    expect((await runRbc(["run", "-d", `bundles/${talkName}`], { cwd: root })).exitCode).toBe(0);
    const followed = await runRbc(["logs", "-f", `bundles/${talkName}`], { cwd: root });
    expect(followed.exitCode).toBe(0);
    expect(followed.stdout).toBe("one\ntwo\noops\n");
    const again = await runRbc(["logs", `bundles/${talkName}`], { cwd: root });
    expect(again.stdout).toBe("one\ntwo\noops\n");
    expect((await runRbc(["stop", `bundles/${talkName}`], { cwd: root })).exitCode).toBe(0);
  });
});
