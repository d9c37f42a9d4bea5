import { describe, expect, it } from "vitest";
import { parseDuration } from "../../src/overlay/duration.ts";

describe("parseDuration", () => {
  it.each([
    ["0", 0],
    ["10s", 10e9],
    ["1m30s", 90e9],
    ["1h", 3600e9],
    ["1.5h", 5400e9],
    ["500ms", 500e6],
    ["100us", 100e3],
    ["100µs", 100e3],
    ["42ns", 42],
    [".5s", 500e6],
    ["1h2m3s", 3723e9],
  ] as const)("reads %j as %d nanoseconds", (text, nanoseconds) => {
    expect(parseDuration(text)).toBe(nanoseconds);
  });

  it.each(["", "10", "1d", "1m 30s", "s", "-1s", "1.5.5s", "10S"])("refuses %j", (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });
});
