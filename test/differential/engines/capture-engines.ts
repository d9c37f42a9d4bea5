/**
 * Runs every differential scenario on each engine and keeps Docker's config.json.
 *
 *   npx tsx test/differential/engines/capture-engines.ts OUT_DIR [ENGINE...]
 *
 * Writes OUT_DIR/<engine>/<scenario slug>.json (the spec as captured, exact integers) and
 * OUT_DIR/<engine>/refused.json (scenario name → Docker's error, for scenarios the engine
 * would not create). Engines default to all three (test/support/engines.ts).
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { stringifyJson } from "../../../src/json/index.ts";
import { runDocker } from "../../support/docker.ts";
import { engineById, engineIds, type Engine } from "../../support/engines.ts";
import { captureScenario } from "../harness.ts";
import { scenarios } from "../scenarios.ts";
import { scenarioSlug } from "./scenario-slug.ts";

const [outDir, ...engineArgs] = process.argv.slice(2);
if (outDir === undefined) {
  process.stderr.write("usage: capture-engines.ts OUT_DIR [ENGINE...]\n");
  process.exit(2);
}
const engines = (engineArgs.length > 0 ? engineArgs : engineIds).map(engineById);

for (const engine of engines) await captureEngine(engine, join(outDir, engine.id));

async function captureEngine(engine: Engine, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const refused: Record<string, string> = {};
  for (const scenario of scenarios) {
    try {
      const captured = await captureScenario(scenario, engine);
      await captured.dispose();
      await writeFile(
        join(dir, `${scenarioSlug(scenario.name)}.json`),
        stringifyJson(captured.spec),
      );
    } catch (error) {
      refused[scenario.name] = error instanceof Error ? error.message : String(error);
    }
  }
  await writeFile(join(dir, "refused.json"), stringifyJson(refused));
  // What the scenarios leave on the engine and the host (as differential.test.ts removes).
  await runDocker(["volume", "rm", "--force", "rbc-diff-cache", "rbc-diff-nocopy"], { engine });
  await rm("/tmp/rbc-diff-created", { recursive: true, force: true });
  const count = scenarios.length;
  process.stderr.write(
    `${engine.id}: ${count - Object.keys(refused).length}/${count} captured, ` +
      `${Object.keys(refused).length} refused\n`,
  );
}
