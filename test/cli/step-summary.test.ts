import { describe, expect, it } from "vitest";
import { cell, collapsedDiffs, html, summaryTable } from "../../src/cli/step-summary.ts";

const budget = { lines: 500, bytes: 100_000, totalBytes: 500_000 };

describe("summaryTable", () => {
  it("escapes what would end a cell, start HTML or format text, and keeps a cell on one line", () => {
    expect(cell("a | b <script>x</script> *bold* `code` [l](u) &amp; ~s~\nnext")).toBe(
      "a \\| b \\<script\\>x\\</script\\> \\*bold\\* \\`code\\` \\[l\\](u) \\&amp; \\~s\\~ next",
    );
    const table = summaryTable("rbc check", "1 bundle checked: 1 drifted", [
      { dir: "bundles/a|b", status: "❌ drifted", details: ["one", "two | three"] },
    ]);
    expect(table).toBe(
      "## rbc check\n\n**1 bundle checked: 1 drifted**\n\n" +
        "| Bundle | Status | Details |\n| --- | --- | --- |\n" +
        "| bundles/a\\|b | ❌ drifted | one<br>two \\| three |\n",
    );
  });
});

describe("collapsedDiffs", () => {
  it("fences a diff with more backticks than it holds, so its content cannot close the fence", () => {
    const diff = "--- a\n+++ b\n@@ -1 +1 @@\n- ```\n+ ````\n+</details><script>alert(1)</script>\n";
    const markdown = collapsedDiffs([{ title: "bundles/<x>/config.json drifted", diff }], budget);
    expect(markdown).toBe(
      "<details><summary>bundles/&lt;x&gt;/config.json drifted</summary>\n\n" +
        `\`\`\`\`\`diff\n${diff}\`\`\`\`\`\n\n</details>\n`,
    );
    expect(html('a & "b"')).toBe("a &amp; &quot;b&quot;");
  });

  it("cuts a diff over the line limit at a line, saying how much was cut", () => {
    const diff = Array.from({ length: 10 }, (_, i) => `+line ${String(i)}\n`).join("");
    const markdown = collapsedDiffs([{ title: "big", diff }], { ...budget, lines: 4 });
    expect(markdown).toBe(
      "<details><summary>big</summary>\n\n```diff\n+line 0\n+line 1\n+line 2\n+line 3\n```\n\n" +
        "… 6 more lines (48 bytes) cut here; the log has the whole diff\n\n</details>\n",
    );
  });

  it("shows no more diffs once the summary's budget is spent, and counts them", () => {
    const diff = `${"+".repeat(99)}\n`.repeat(5);
    const diffs = ["a", "b", "c", "d"].map((title) => ({ title, diff }));
    const markdown = collapsedDiffs(diffs, { lines: 500, bytes: 1000, totalBytes: 700 });
    expect(markdown.match(/<details>/g)).toHaveLength(2);
    expect(markdown).toContain("… 3 more lines (300 bytes) cut here");
    expect(markdown).toMatch(/2 more diffs not shown here; the log has them\n$/);
  });
});
