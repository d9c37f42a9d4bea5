import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { unifiedDiff } from "../../src/bundle/unified-diff.ts";

/** GNU diff's own -u output for the same texts (hunk bodies and ranges), the reference. */
function gnuDiff(a: string, b: string): string {
  const dir = mkdtempSync(join(tmpdir(), "rbc-diff-"));
  writeFileSync(join(dir, "a"), a);
  writeFileSync(join(dir, "b"), b);
  try {
    execFileSync("diff", [
      "-u",
      "--label",
      "old",
      "--label",
      "new",
      join(dir, "a"),
      join(dir, "b"),
    ]);
    return "";
  } catch (failure) {
    return String((failure as { stdout: Buffer }).stdout);
  }
}

const lines = (n: number, change: (i: number) => string | undefined = () => undefined): string =>
  Array.from({ length: n }, (_, i) => change(i) ?? `line ${i}`)
    .filter((l) => l !== "")
    .join("\n") + "\n";

describe("unifiedDiff", () => {
  it("is empty for equal texts", () => {
    expect(unifiedDiff("a\n", "a\n", "old", "new")).toBe("");
  });

  it.each([
    ["one changed line", lines(20), lines(20, (i) => (i === 10 ? "changed" : undefined))],
    [
      "two distant changes",
      lines(40),
      lines(40, (i) => (i === 3 || i === 30 ? `x${i}` : undefined)),
    ],
    [
      "two close changes joined",
      lines(40),
      lines(40, (i) => (i === 10 || i === 15 ? `x${i}` : undefined)),
    ],
    ["a deleted line", lines(12), lines(12, (i) => (i === 0 ? "" : undefined))],
    ["an added tail", lines(5), `${lines(5)}extra\n`],
    ["a new file", "", lines(3)],
  ])("matches GNU diff -u for %s", (_name, a, b) => {
    expect(unifiedDiff(a, b, "old", "new")).toBe(gnuDiff(a, b));
  });
});
