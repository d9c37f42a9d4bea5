import { describe, expect, it } from "vitest";
import { formatKeyPath, pointerToPath } from "../../src/overlay/key-path.ts";

describe("formatKeyPath", () => {
  it.each([
    [[], ""],
    [["user"], "user"],
    [["environment", "FOO"], "environment.FOO"],
    [["volumes", 1], "volumes[1]"],
    [["patches", 0, "op"], "patches[0].op"],
  ] as const)("formats %j as %j", (path, text) => {
    expect(formatKeyPath(path)).toBe(text);
  });
});

describe("pointerToPath", () => {
  const data = { volumes: ["/a", "/b"], environment: { "1": "x", "a/b~c": "y" } };

  it("types a segment as an index where the data holds a list", () => {
    expect(pointerToPath("/volumes/1", data)).toEqual(["volumes", 1]);
  });

  it("keeps a numeric-looking map key a string", () => {
    expect(pointerToPath("/environment/1", data)).toEqual(["environment", "1"]);
  });

  it("unescapes ~1 and ~0", () => {
    expect(pointerToPath("/environment/a~1b~0c", data)).toEqual(["environment", "a/b~c"]);
  });

  it("maps the empty pointer to the root", () => {
    expect(pointerToPath("", data)).toEqual([]);
  });
});
