import { describe, expect, it } from "vitest";
import { parseHookState } from "../../src/network/oci-state.ts";

describe("parseHookState", () => {
  it("reads id, pid and bundle from runc's state", () => {
    const state =
      '{"ociVersion":"1.0.2","id":"rbc-web","status":"creating","pid":42,"bundle":"/b"}';
    expect(parseHookState(state)).toEqual({ id: "rbc-web", pid: 42, bundle: "/b" });
  });

  it("reads a bundle run from its runtime config.json as the bundle's own directory", () => {
    const state = JSON.stringify({
      id: "rbc-web",
      pid: 42,
      bundle: "/run/rbc/.bundles/rbc-web",
      annotations: { "rbc.bundle": "/srv/repo/bundles/web" },
    });
    expect(parseHookState(state).bundle).toBe("/srv/repo/bundles/web");
    // Only rbc's own runtime directory of that very container is followed.
    const elsewhere = JSON.stringify({
      id: "rbc-web",
      bundle: "/srv/repo/bundles/web",
      annotations: { "rbc.bundle": "/etc" },
    });
    expect(parseHookState(elsewhere).bundle).toBe("/srv/repo/bundles/web");
  });

  it("takes a missing pid as 0 (poststop after the process is gone)", () => {
    expect(parseHookState('{"id":"x","bundle":"/b"}').pid).toBe(0);
  });

  it("says what it expected when stdin is not a state", () => {
    expect(() => parseHookState("")).toThrow("OCI container state as JSON on stdin");
    expect(() => parseHookState("{}")).toThrow("no id or bundle");
  });
});
