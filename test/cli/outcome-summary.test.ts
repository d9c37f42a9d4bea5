import { describe, expect, it } from "vitest";
import { failedOutcomes, outcomeSummary } from "../../src/cli/outcome-summary.ts";

describe("outcomeSummary", () => {
  it("counts every outcome, failures by exit code, and leaves out those no bundle had", () => {
    const outcomes = [
      { label: "built", count: 3 },
      { label: "unchanged", count: 1 },
      ...failedOutcomes(1, 0),
    ];
    expect(outcomeSummary("", outcomes)).toBe("5 bundles: 3 built, 1 unchanged, 1 failed (exit 2)");
  });

  it("names the verb, and a single bundle in the singular", () => {
    const outcomes = [{ label: "up to date", count: 0 }, ...failedOutcomes(0, 1)];
    expect(outcomeSummary("checked", outcomes)).toBe("1 bundle checked: 1 failed (exit 3)");
  });

  it("reads just the count when there was nothing to do", () => {
    expect(outcomeSummary("checked", failedOutcomes(0, 0))).toBe("0 bundles checked");
  });
});
