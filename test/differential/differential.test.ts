import { rm } from "node:fs/promises";
import { afterAll, describe, expect, inject, it } from "vitest";
import { runDocker } from "../support/docker.ts";
import { engineById, engineIds, type Engine } from "../support/engines.ts";
import { captureSession, compareOnEngine, sources, type Comparison } from "./compare-on-engine.ts";
import { enforcedEngines } from "./enforced-engines.ts";
import { engineReport } from "./engine-report.ts";
import { scenarioAreas, type Scenario } from "./scenarios.ts";

/**
 * Every scenario runs on each engine (20.10-v1, 26.1-v1, 26.1-v2; RBC_DIFF_ENGINES=id,... picks
 * some), and rbc compiles it for that engine's target as an image overlay and as the container the
 * engine made. The three engines run each scenario at the same time. A difference fails the test
 * on the engines enforced-engines.ts names; on the others it is printed and counted.
 */
const engines: readonly Engine[] = (process.env["RBC_DIFF_ENGINES"]?.split(",") ?? engineIds).map(
  engineById,
);
const report = engineReport("differential", engines);
const namedVolumes = ["rbc-diff-cache", "rbc-diff-nocopy"];
/** A scenario runs on three engines at once, on a CI machine that may be busy. */
const scenarioTimeoutMs = 300_000;

afterAll(async () => {
  report.print();
  const running = inject("rbcEngines");
  for (const engine of engines.filter((e) => running[e.id])) {
    await runDocker(["volume", "rm", "--force", ...namedVolumes], { engine });
  }
  // The host directory the create_host_path scenario has Docker create.
  await rm("/tmp/rbc-diff-created", { recursive: true, force: true });
});

/** One engine's comparisons of a scenario, or the failure that kept them from being made. */
async function onEngine(raw: Scenario, engine: Engine, session: ReturnType<typeof captureSession>) {
  const started = performance.now();
  try {
    return await compareOnEngine(raw, engine, session);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return sources.map((source): Comparison => ({
      engine,
      source,
      differences: [`no comparison: ${message}`],
      notes: [],
    }));
  } finally {
    report.time(engine, performance.now() - started);
  }
}

function describeComparison(name: string, c: Comparison): string {
  return [`${c.engine.id} ${c.source} "${name}" differs from Docker:`, ...c.differences].join(
    "\n  ",
  );
}

describe("rbc matches Docker's own config.json", () => {
  it("has the capture runtime on every enforced engine (scripts/setup.sh starts them with it)", () => {
    expect(inject("rbcCaptureAvailable")).toBe(true);
    const running = inject("rbcEngines");
    for (const engine of engines.filter((e) => enforcedEngines.has(e.id))) {
      expect(running[engine.id], `engine ${engine.id} is not running`).toBe(true);
    }
  });

  for (const [area, scenarios] of Object.entries(scenarioAreas)) {
    describe(area, () => {
      it.each(scenarios.map((s) => [s.name, s] as const))(
        "%s",
        async (name, raw) => {
          const running = inject("rbcEngines");
          for (const engine of engines.filter((e) => !running[e.id])) {
            for (const source of sources) report.skip(name, engine, source, "engine not running");
          }
          const session = captureSession();
          let comparisons: Comparison[];
          try {
            const live = engines.filter((e) => running[e.id]);
            comparisons = (await Promise.all(live.map((e) => onEngine(raw, e, session)))).flat();
          } finally {
            await session.dispose();
          }
          const failures: string[] = [];
          for (const comparison of comparisons) {
            report.add(name, comparison);
            if (comparison.differences.length === 0) continue;
            const text = describeComparison(name, comparison);
            if (enforcedEngines.has(comparison.engine.id)) failures.push(text);
            else process.stderr.write(`not enforced: ${text}\n`);
          }
          expect(failures.join("\n"), "rbc differs from Docker").toBe("");
        },
        scenarioTimeoutMs,
      );
    });
  }
});
