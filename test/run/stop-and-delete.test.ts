import { describe, expect, it } from "vitest";
import { stopAndDelete, type ContainerState, type Runc } from "../../src/run/index.ts";

/** A runc whose container stops `pollsUntilStopped` state queries after the stop signal. */
function fakeRunc(pollsUntilStopped: number): { runc: Runc; signals: string[] } {
  const signals: string[] = [];
  let polls = 0;
  const running: ContainerState = { id: "rbc-web", status: "running", pid: 0, bundle: "/b" };
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
