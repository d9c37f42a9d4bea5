import { describe, expect, it } from "vitest";
import { repoRoot, runRbc } from "../helpers/run-rbc.ts";

describe("the committed example bundles", () => {
  it("are current: rbc check bundles/ finds no drift", async () => {
    const result = await runRbc(["check", "bundles/"], { cwd: repoRoot });
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("2 bundles checked, 0 drifted");
    expect(result.exitCode).toBe(0);
  });
});
