import { describe, expect, it } from "vitest";
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
