import { describe, expect, it } from "vitest";
import { groupBy } from "../../src/rootfs/group-by.ts";

describe("groupBy", () => {
  it("keeps each group's pairs in input order, groups in order of first appearance", () => {
    const pairs: [string, number][] = [
      ["a", 2],
      ["b", 1],
      ["c", 2],
      ["d", 3],
      ["e", 1],
    ];
    expect([...groupBy(pairs, (value) => value)]).toEqual([
      [
        2,
        [
          ["a", 2],
          ["c", 2],
        ],
      ],
      [
        1,
        [
          ["b", 1],
          ["e", 1],
        ],
      ],
      [3, [["d", 3]]],
    ]);
  });

  it("reads a Map's entries and gives no group for no pairs", () => {
    const sources = new Map([
      ["x", { layer: 0 }],
      ["y", { layer: 1 }],
    ]);
    expect([...groupBy(sources, (source) => source.layer).keys()]).toEqual([0, 1]);
    expect(groupBy(new Map<string, number>(), (value) => value).size).toBe(0);
  });
});
