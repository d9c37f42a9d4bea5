import { describe, expect, it } from "vitest";
import { STOP_SIGNAL_ANNOTATION } from "../../src/contract/index.ts";
import { normalizeSignal, stopSignal } from "../../src/run/index.ts";

describe("normalizeSignal", () => {
  it("accepts SIGTERM, TERM, term and 15 forms", () => {
    expect(normalizeSignal("SIGTERM")).toBe("TERM");
    expect(normalizeSignal("TERM")).toBe("TERM");
    expect(normalizeSignal("sigquit")).toBe("QUIT");
    expect(normalizeSignal("15")).toBe("15");
    expect(normalizeSignal("SIGRTMIN+3")).toBe("RTMIN+3");
  });

  it("rejects numbers out of range and garbage", () => {
    expect(normalizeSignal("0")).toBeUndefined();
    expect(normalizeSignal("65")).toBeUndefined();
    expect(normalizeSignal("not a signal")).toBeUndefined();
    expect(normalizeSignal("")).toBeUndefined();
  });
});

describe("stopSignal", () => {
  it("reads the stopSignal annotation", () => {
    expect(stopSignal({ [STOP_SIGNAL_ANNOTATION]: "SIGQUIT" })).toBe("QUIT");
  });

  it("falls back to TERM when the annotation is absent or unreadable", () => {
    expect(stopSignal(undefined)).toBe("TERM");
    expect(stopSignal({})).toBe("TERM");
    expect(stopSignal({ [STOP_SIGNAL_ANNOTATION]: "99" })).toBe("TERM");
  });
});
