import { describe, expect, it } from "vitest";
import { comparePaths, sortEntries } from "../../src/rootfs/index.ts";

/** The definition: UTF-8 byte order, the root first. */
function byUtf8Bytes(a: string, b: string): number {
  if (a === b) return 0;
  if (a === ".") return -1;
  if (b === ".") return 1;
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}

/** Code point order, read one code point at a time (lone surrogates count as themselves). */
function byCodePoints(a: string, b: string): number {
  // Array.from iterates code points, as the definition reads them.
  const left = Array.from(a, (c) => c.codePointAt(0) ?? 0);
  const right = Array.from(b, (c) => c.codePointAt(0) ?? 0);
  for (let index = 0; index < Math.min(left.length, right.length); index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return left.length - right.length;
}

describe("comparePaths", () => {
  it("puts the root first and a parent before its children", () => {
    const paths = ["usr/bin", "-x", ".", "usr", "usr/bin/env", "usr-local", " a"];
    expect(sortEntries(paths.map((path) => ({ path }))).map((e) => e.path)).toEqual([
      ".",
      " a",
      "-x",
      "usr",
      "usr-local",
      "usr/bin",
      "usr/bin/env",
    ]);
  });

  it("orders by UTF-8 bytes where UTF-16 units disagree (above U+FFFF against U+E000-U+FFFF)", () => {
    const emoji = "\u{1F600}"; // a surrogate pair in UTF-16, F0 9F 98 80 in UTF-8
    const private_ = "\uE000";
    const replacement = "\uFFFD";
    expect([emoji, private_].sort()).toEqual([emoji, private_]); // what plain sort would say
    expect(comparePaths(`a/${emoji}`, `a/${private_}`)).toBeGreaterThan(0);
    expect(comparePaths(`a/${replacement}`, `a/${emoji}`)).toBeLessThan(0);
    expect(comparePaths("\u{1F600}x", "\u{1F601}")).toBeLessThan(0);
    expect(comparePaths("é", "z")).toBeGreaterThan(0);
  });

  it("agrees with UTF-8 byte order on generated paths, and with code point order on lone surrogates", () => {
    const units = [0x2e, 0x2f, 0x61, 0xe9, 0x7ff, 0xd7ff, 0xd83d, 0xdbff, 0xdc00, 0xdfff, 0xe000];
    const wellFormed = [0x2e, 0x2f, 0x61, 0xe9, 0x7ff, 0xd7ff, 0xe000, 0xfffd, 0x1f600, 0x10ffff];
    let seed = 7;
    const next = (bound: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % bound;
    };
    const text = (alphabet: readonly number[], make: (codes: number[]) => string): string =>
      make(Array.from({ length: next(4) }, () => alphabet[next(alphabet.length)] ?? 0));
    for (let round = 0; round < 20_000; round += 1) {
      const prefix = text(wellFormed, (c) => String.fromCodePoint(...c));
      const a = prefix + text(wellFormed, (c) => String.fromCodePoint(...c));
      const b = prefix + text(wellFormed, (c) => String.fromCodePoint(...c));
      expect(Math.sign(comparePaths(a, b)), `${a} vs ${b}`).toBe(Math.sign(byUtf8Bytes(a, b)));
      const c = prefix + text(units, (u) => String.fromCharCode(...u));
      const d = prefix + text(units, (u) => String.fromCharCode(...u));
      if (c === "." || d === ".") continue;
      expect(Math.sign(comparePaths(c, d))).toBe(Math.sign(byCodePoints(c, d)));
    }
  });
});
