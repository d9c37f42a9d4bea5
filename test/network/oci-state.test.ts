import { describe, expect, it } from "vitest";
import { parseHookState } from "../../src/network/oci-state.ts";

describe("parseHookState", () => {
  it("reads id, pid and bundle from runc's state", () => {
    const state =
      '{"ociVersion":"1.0.2","id":"rbc-web","status":"creating","pid":42,"bundle":"/b"}';
    expect(parseHookState(state)).toEqual({ id: "rbc-web", pid: 42, bundle: "/b" });
  });

  it("takes a missing pid as 0 (poststop after the process is gone)", () => {
    expect(parseHookState('{"id":"x","bundle":"/b"}').pid).toBe(0);
  });

  it("says what it expected when stdin is not a state", () => {
    expect(() => parseHookState("")).toThrow("OCI container state as JSON on stdin");
    expect(() => parseHookState("{}")).toThrow("no id or bundle");
  });
});
