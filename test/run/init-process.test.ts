import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { initRunning, readInitProcess, signalInit } from "../../src/run/init-process.ts";

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
});

/** A `sleep` child standing for a container's init, its pid written as runc --pid-file does. */
async function sleeper(): Promise<{
  child: ChildProcess;
  pidFile: string;
  exited: Promise<string>;
}> {
  const child = spawn("sleep", ["60"], { stdio: "ignore" });
  children.push(child);
  const exited = new Promise<string>((done) => {
    child.once("exit", (_code, signal) => {
      done(signal ?? "exit");
    });
  });
  const pidFile = join(await mkdtemp(join(tmpdir(), "rbc-init-")), "init.pid");
  await writeFile(pidFile, String(child.pid));
  return { child, pidFile, exited };
}

describe("readInitProcess", () => {
  it("reads the pid and the start time /proc gives it, and removes the pid file", async () => {
    const { child, pidFile } = await sleeper();
    const init = await readInitProcess(pidFile);
    const stat = await readFile(`/proc/${String(child.pid)}/stat`, "utf8");
    // Field 22 of proc(5)'s stat: after the command, in parentheses, it is the 20th.
    const startTime = stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
    expect(init).toEqual({ pid: child.pid, startTime });
    expect(existsSync(pidFile)).toBe(false);
  });

  it("has no init process when the pid file is missing", async () => {
    const dir = await mkdtemp(join(tmpdir(), "rbc-init-"));
    expect(await readInitProcess(join(dir, "init.pid"))).toBeUndefined();
  });
});

describe("signalInit", () => {
  it("signals the process it started, by name or number, and finds it gone once reaped", async () => {
    const { pidFile, exited } = await sleeper();
    const init = await readInitProcess(pidFile);
    if (init === undefined) throw new Error("no init process");
    expect(await initRunning(init)).toBe(true);
    expect(await signalInit(init, "TERM")).toBe("sent");
    expect(await exited).toBe("SIGTERM");
    expect(await initRunning(init)).toBe(false);
    expect(await signalInit(init, "15")).toBe("gone");
  });

  it("sends nothing to a process of another start time under the same pid", async () => {
    const { child, pidFile } = await sleeper();
    const init = await readInitProcess(pidFile);
    if (init === undefined) throw new Error("no init process");
    const other = { pid: init.pid, startTime: String(Number(init.startTime) - 1) };
    expect(await initRunning(other)).toBe(false);
    expect(await signalInit(other, "KILL")).toBe("gone");
    expect(child.exitCode).toBeNull();
    expect(child.signalCode).toBeNull();
    expect(await initRunning(init)).toBe(true);
  });

  it("leaves a signal Node has no number for to runc", async () => {
    const { pidFile } = await sleeper();
    const init = await readInitProcess(pidFile);
    if (init === undefined) throw new Error("no init process");
    expect(await signalInit(init, "RTMIN+3")).toBe("unknown");
    expect(await initRunning(init)).toBe(true);
  });
});
