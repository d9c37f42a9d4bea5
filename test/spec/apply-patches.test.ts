import { describe, expect, it } from "vitest";
import { applyPatches } from "../../src/spec/apply-patches.ts";

const doc = { process: { args: ["sh"], env: ["A=1"] }, hostname: "web" };

describe("applyPatches", () => {
  it("applies add, replace, remove, copy, move and test in order (RFC 6902)", () => {
    const result = applyPatches(doc, [
      { op: "add", path: "/process/env/-", value: "B=2" },
      { op: "add", path: "/process/env/0", value: "Z=0" },
      { op: "replace", path: "/hostname", value: "api" },
      { op: "copy", from: "/hostname", path: "/domain" },
      { op: "move", from: "/domain", path: "/process/name" },
      { op: "remove", path: "/process/args/0" },
      { op: "test", path: "/process/env/2", value: "B=2" },
      { op: "add", path: "/annotations", value: { "a~b/c": "1" } },
      { op: "replace", path: "/annotations/a~0b~1c", value: "2" },
    ]);
    expect(result).toEqual({
      value: {
        process: { args: [], env: ["Z=0", "A=1", "B=2"], name: "api" },
        hostname: "api",
        annotations: { "a~b/c": "2" },
      },
    });
  });

  it("never modifies its input", () => {
    applyPatches(doc, [{ op: "remove", path: "/hostname" }]);
    expect(doc.hostname).toBe("web");
  });

  it("reports the first failing operation and why", () => {
    expect(
      applyPatches(doc, [
        { op: "add", path: "/x", value: 1 },
        { op: "remove", path: "/process/nope" },
      ]),
    ).toEqual({ failed: 1, reason: "path /process/nope does not exist" });
    expect(applyPatches(doc, [{ op: "replace", path: "/missing", value: 1 }])).toEqual({
      failed: 0,
      reason: "path /missing does not exist",
    });
    expect(applyPatches(doc, [{ op: "add", path: "/process/env/5", value: "X" }])).toEqual({
      failed: 0,
      reason: 'path /process/env/5: "5" is not a valid index',
    });
    expect(applyPatches(doc, [{ op: "test", path: "/hostname", value: "db" }])).toEqual({
      failed: 0,
      reason: 'test failed: /hostname is "web"',
    });
    expect(applyPatches(doc, [{ op: "add", path: "hostname", value: 1 }])).toEqual({
      failed: 0,
      reason: '"hostname" is not a JSON pointer (must start with /)',
    });
  });
});
