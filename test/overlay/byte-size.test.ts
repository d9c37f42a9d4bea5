import { describe, expect, it } from "vitest";
import { formatByteSize, parseByteSize } from "../../src/overlay/byte-size.ts";

describe("parseByteSize", () => {
  it.each([
    [0, 0],
    [1048576, 1048576],
    ["100", 100],
    ["100b", 100],
    ["512k", 524288],
    ["512KB", 524288],
    ["64m", 67108864],
    ["64 MB", 67108864],
    ["1g", 1073741824],
    ["1.5g", 1610612736],
    ["1.5Gb", 1610612736],
    ["0.5k", 512],
    ["1.0001k", 1024],
  ] as const)("reads %j as %d bytes", (written, bytes) => {
    expect(parseByteSize(written)).toEqual({ value: bytes });
  });

  it.each(["12x", "", "k", "-1", "1.5.5m", "1e3", "1t", "1kib", " 1k", "1k "] as const)(
    "calls %j malformed",
    (written) => {
      expect(parseByteSize(written)).toEqual({
        problem: `malformed size ${JSON.stringify(written)} (use bytes or a number with b, k, m or g)`,
      });
    },
  );

  it("refuses numbers that are not whole bytes", () => {
    expect(parseByteSize(1.5)).toEqual({
      problem: 'malformed size "1.5" (use bytes or a number with b, k, m or g)',
    });
  });
});

describe("formatByteSize", () => {
  it.each([
    [1073741824, "1g"],
    [536870912, "512m"],
    [1536, "1536 bytes"],
    [3072, "3k"],
    [1000, "1000 bytes"],
    [0, "0 bytes"],
  ] as const)("writes %d as %j", (bytes, text) => {
    expect(formatByteSize(bytes)).toBe(text);
  });
});
