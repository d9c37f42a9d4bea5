import { describe, expect, it } from "vitest";
import { parseJson, stringifyJson } from "../../src/json/index.ts";

describe("parseJson", () => {
  it("keeps integers beyond 2^53 exact as bigint and leaves others as numbers", () => {
    expect(
      parseJson('{"hard":18446744073709551615,"soft":1024,"f":1.5,"s":"18446744073709551615"}'),
    ).toEqual({
      hard: 18446744073709551615n,
      soft: 1024,
      f: 1.5,
      s: "18446744073709551615",
    });
  });

  it("handles escaped quotes inside strings", () => {
    expect(parseJson('["a\\"9007199254740993", -9007199254740993]')).toEqual([
      'a"9007199254740993',
      -9007199254740993n,
    ]);
  });
});

describe("stringifyJson", () => {
  it("writes two-space indentation, insertion order, bigint exactly and a trailing newline", () => {
    expect(
      stringifyJson({ b: 1, a: [18446744073709551615n, "x"], e: [], o: {}, u: undefined }),
    ).toBe(
      '{\n  "b": 1,\n  "a": [\n    18446744073709551615,\n    "x"\n  ],\n  "e": [],\n  "o": {}\n}\n',
    );
  });

  it("round-trips with parseJson", () => {
    const value = { rlimits: [{ type: "RLIMIT_NOFILE", hard: 18446744073709551615n, soft: 1 }] };
    expect(parseJson(stringifyJson(value))).toEqual(value);
  });
});
