import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { repoRoot } from "./helpers/run-rbc.ts";

/**
 * The README's GitHub Actions workflow for another repository is shipped as a file too
 * (docs/github-workflow.yml): the two must be the same, and the file a workflow with the steps
 * the README promises.
 */
const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
const file = readFileSync(join(repoRoot, "docs/github-workflow.yml"), "utf8");

interface Step {
  readonly uses?: string;
  readonly run?: string;
  readonly with?: Record<string, unknown>;
}
interface Workflow {
  readonly on: unknown;
  readonly jobs: Record<string, { "runs-on": string; steps: Step[] }>;
}

/** The fenced yaml blocks of the README, as they read between their fences. */
function yamlBlocks(): string[] {
  return [...readme.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? "");
}

describe("the README's GitHub Actions workflow", () => {
  it("is docs/github-workflow.yml, byte for byte", () => {
    const [firstLine] = file.split("\n");
    const blocks = yamlBlocks().filter((block) => block.startsWith(`${firstLine ?? ""}\n`));
    expect(blocks).toEqual([file]);
  });

  it("checks out, sets up Node 20, installs rbc, loads or builds images, then runs rbc check", () => {
    const workflow = parse(file) as Workflow;
    expect(workflow.on).toEqual({ push: null, pull_request: null });
    const jobs = Object.values(workflow.jobs);
    expect(jobs).toHaveLength(1);
    const [job] = jobs;
    expect(job?.["runs-on"]).toBe("ubuntu-latest");
    const steps = job?.steps ?? [];
    const index = (found: (step: Step) => boolean): number => {
      const at = steps.findIndex(found);
      expect(at, "step not found").toBeGreaterThan(-1);
      return at;
    };
    const order = [
      index((step) => step.uses === "actions/checkout@v4"),
      index((step) => step.uses === "actions/setup-node@v4" && step.with?.["node-version"] === 20),
      index((step) => step.run === "npm ci"),
      index((step) => /^docker (load -i|build) /m.test(step.run ?? "")),
      index((step) => step.run === "npx rbc check bundles/"),
    ];
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(steps).toHaveLength(order.length);
  });
});
