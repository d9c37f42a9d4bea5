import { describe, expect, it } from "vitest";
import { closestName, editDistance, MAX_NAME_LENGTH } from "../../src/overlay/closest-name.ts";

const keys = ["image", "working_dir", "read_only", "cap_add", "cap_drop", "environment", "tty"];

describe("closestName", () => {
  it.each([
    ["workdir", "working_dir"],
    ["workingdir", "working_dir"],
    ["read-only", "read_only"],
    ["Image", "image"],
    ["imgae", "image"],
    ["enviroment", "environment"],
    ["cap-drop", "cap_drop"],
    ["tyy", "tty"],
  ])("finds %s → %s", (typo, meant) => {
    expect(closestName(typo, keys)).toBe(meant);
  });

  it.each(["restart", "env", "ports", "x"])("suggests nothing for %s", (name) => {
    expect(closestName(name, keys)).toBeUndefined();
  });

  it("prefers the closer of two candidates", () => {
    expect(closestName("cap_ad", keys)).toBe("cap_add");
    expect(closestName("cap_drp", keys)).toBe("cap_drop");
  });

  it("suggests nothing for a name longer than MAX_NAME_LENGTH, however close", () => {
    const long = "a".repeat(MAX_NAME_LENGTH);
    const candidates = [`${long}b`, "image"];
    expect(closestName(long, candidates)).toBe(`${long}b`);
    expect(closestName(`${long}c`, candidates)).toBeUndefined();
    expect(closestName("imgae".repeat(200_000), candidates)).toBeUndefined();
  });

  it("skips a candidate whose length alone is too far off, keeping the same answers", () => {
    expect(closestName("tt", ["tty", "environment"])).toBe("tty");
    expect(closestName("ab", ["abcdef"])).toBeUndefined();
  });
});

describe("editDistance", () => {
  it.each([
    ["", "", 0],
    ["abc", "", 3],
    ["", "ab", 2],
    ["kitten", "sitting", 3],
    ["imgae", "image", 1],
    ["abc", "abc", 0],
    ["ca", "abc", 3],
    ["abcd", "badc", 2],
    ["working_dir", "workdir", 4],
  ])("counts %j → %j as %i", (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });
});
