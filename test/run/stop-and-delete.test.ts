import { spawn } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readInitProcess } from "../../src/run/init-process.ts";
import { stopAndDelete, type ContainerState, type Runc } from "../../src/run/index.ts";

/** A runc whose container stops `pollsUntilStopped` state queries after the stop signal. */
function fakeRunc(pollsUntilStopped: number): { runc: Runc; signals: string[] } {
  const signals: string[] = [];
  let polls = 0;
  const running: ContainerState = {
    id: "rbc-web",
    status: "running",
    pid: 0,
    bundle: "/b",
    annotations: {},
  };
  const runc: Runc = {
    run: () => Promise.resolve(0),
    runDetached: () => Promise.resolve(),
    state: () => {
      if (signals.length === 0) return Promise.resolve(running);
      polls += 1;
      return Promise.resolve(
        polls > pollsUntilStopped ? { ...running, status: "stopped" } : running,
      );
    },
    kill: (_id, signal) => {
      signals.push(signal);
      return Promise.resolve();
    },
    delete: () => Promise.resolve(),
    list: () => Promise.resolve([]),
  };
  return { runc, signals };
}

const bundle = { id: "rbc-web", stopSignal: "TERM", networkHook: undefined };

describe("stopAndDelete", () => {
  it("waits for the container however long it takes when the grace period is negative", async () => {
    const { runc, signals } = fakeRunc(3);
    expect(await stopAndDelete(runc, { ...bundle, stopTimeout: -1 })).toBe("stopped");
    expect(signals).toEqual(["TERM"]);
  });

  it("kills a container that outlives a zero grace period", async () => {
    const { runc, signals } = fakeRunc(3);
    expect(await stopAndDelete(runc, { ...bundle, stopTimeout: 0 })).toBe("killed");
    expect(signals).toEqual(["TERM", "KILL"]);
  });
});

/** A runc that knows the container in `status`, or none; it records what rbc asks of it. */
function runcWith(status: string | undefined): { runc: Runc; calls: string[] } {
  const calls: string[] = [];
  const state: ContainerState | undefined =
    status === undefined
      ? undefined
      : { id: "rbc-web", status, pid: 0, bundle: "/b", annotations: {} };
  const runc: Runc = {
    run: () => Promise.resolve(0),
    runDetached: () => Promise.resolve(),
    state: () => Promise.resolve(state),
    kill: (_id, signal) => {
      calls.push(`kill ${signal}`);
      return Promise.resolve();
    },
    delete: (id, { force }) => {
      calls.push(`delete ${force ? "--force " : ""}${id}`);
      return Promise.resolve();
    },
    list: () => Promise.resolve([]),
  };
  return { runc, calls };
}

describe("stopAndDelete of a container that is not running", () => {
  it("deletes an exited container without signalling it", async () => {
    const { runc, calls } = runcWith("stopped");
    expect(await stopAndDelete(runc, { ...bundle, stopTimeout: 10 })).toBe("deleted");
    expect(calls).toEqual(["delete --force rbc-web"]);
  });

  it("has runc delete an id it keeps no state for (what a killed runc create leaves)", async () => {
    const { runc, calls } = runcWith(undefined);
    expect(await stopAndDelete(runc, { ...bundle, stopTimeout: 10 })).toBe("not running");
    expect(calls).toEqual(["delete --force rbc-web"]);
  });
});

/** A child standing for a container's init that rbc started; `ignoreTerm` as a bare PID 1 does. */
async function ownInit(ignoreTerm: boolean) {
  const script = ignoreTerm ? 'trap "" TERM; exec sleep 60' : "exec sleep 60";
  const child = spawn("sh", ["-c", script], { stdio: "ignore" });
  const exited = new Promise<string | null>((done) => {
    child.once("exit", (_code, signal) => {
      done(signal);
    });
  });
  const pidFile = join(await mkdtemp(join(tmpdir(), "rbc-stop-")), "init.pid");
  await writeFile(pidFile, String(child.pid));
  // sh has exec'd sleep once its command name says so.
  while (!(await readFile(`/proc/${String(child.pid)}/stat`, "utf8")).includes("(sleep)")) {
    await new Promise((done) => setTimeout(done, 5));
  }
  const init = await readInitProcess(pidFile);
  if (init === undefined) throw new Error("no init process");
  return { child, init, exited };
}

describe("stopAndDelete of a container this rbc started", () => {
  it("signals its init process itself: runc only deletes it", async () => {
    const { runc, calls } = runcWith("running");
    const { init, exited } = await ownInit(false);
    expect(await stopAndDelete(runc, { ...bundle, stopTimeout: 10, init })).toBe("stopped");
    expect(await exited).toBe("SIGTERM");
    expect(calls).toEqual(["delete --force rbc-web"]);
  });

  it("sends SIGKILL itself once the grace period is over", async () => {
    const { runc, calls } = runcWith("running");
    const { init, exited } = await ownInit(true);
    expect(await stopAndDelete(runc, { ...bundle, stopTimeout: 0.2, init })).toBe("killed");
    expect(await exited).toBe("SIGKILL");
    expect(calls).toEqual(["delete --force rbc-web"]);
  });

  it("sends nothing once its init has exited, and deletes it", async () => {
    const { runc, calls } = runcWith("stopped");
    const { child, init, exited } = await ownInit(false);
    child.kill("SIGKILL");
    await exited;
    expect(await stopAndDelete(runc, { ...bundle, stopTimeout: 10, init })).toBe("deleted");
    expect(calls).toEqual(["delete --force rbc-web"]);
  });
});
