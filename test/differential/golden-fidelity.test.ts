import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { afterAll, describe, expect, inject, it } from "vitest";
import { parseJson } from "../../src/json/index.ts";
import { describeTarget, engineTarget, type EngineTarget } from "../../src/overlay/index.ts";
import { repoRoot } from "../helpers/run-rbc.ts";
import { engineForTarget, engineIds, engineById } from "../support/engines.ts";
import { differencesOf } from "./compare-on-engine.ts";
import { enforcedEngines } from "./enforced-engines.ts";
import { engineReport } from "./engine-report.ts";
import { captureScenario, currentHost, normalizeOptionsFor } from "./harness.ts";
import type { Scenario } from "./scenarios.ts";

/**
 * The golden config.json files are rbc's committed expectations; the cases that say how to run
 * them with Docker (docker-run.yaml) are checked here against the config.json Docker itself writes,
 * so no golden expectation is taken on rbc's word alone. Each is checked on the engine of the
 * target its bundle.yaml names (the default target when it names none).
 */
const goldenDir = join(repoRoot, "test/golden/ok");
const cases = readdirSync(goldenDir)
  .filter((name) => existsSync(join(goldenDir, name, "docker-run.yaml")))
  .sort();
const report = engineReport("golden files against Docker", engineIds.map(engineById), ["image"]);

afterAll(() => {
  report.print();
});

function readYaml(name: string, file: string): Record<string, unknown> {
  return parse(readFileSync(join(goldenDir, name, file), "utf8")) as Record<string, unknown>;
}

describe("golden config.json files match Docker on their target's engine", () => {
  it.each(cases)("%s", async (name) => {
    const run = readYaml(name, "docker-run.yaml") as Omit<Scenario, "name">;
    const bundle = readYaml(name, "bundle.yaml");
    const named = bundle.target as EngineTarget | undefined;
    const target = engineTarget(named === undefined ? {} : { target: named });
    const engine = engineForTarget(target);
    if (engine === undefined || !inject("rbcEngines")[engine.id]) {
      const why = engine === undefined ? "this host runs no engine for it" : "engine not running";
      report.skip(name, engine ?? describeTarget(target), "image", why);
      expect(engine === undefined || !enforcedEngines.has(engine.id), why).toBe(true);
      return;
    }
    const golden = parseJson(readFileSync(join(goldenDir, name, "expected/config.json"), "utf8"));
    const docker = await captureScenario({ name, ...run }, engine);
    try {
      const scenario = { name, ...run, overlay: bundle };
      const options = normalizeOptionsFor(scenario, currentHost(engine), engine);
      const differences = differencesOf(golden, docker.spec, options);
      report.add(name, { engine, source: "image", differences, notes: docker.notes });
      const text = [`golden ${name} differs from Docker ${engine.id}:`, ...differences].join(
        "\n  ",
      );
      if (!enforcedEngines.has(engine.id)) {
        if (differences.length > 0) process.stderr.write(`not enforced: ${text}\n`);
        return;
      }
      expect(differences, text).toEqual([]);
    } finally {
      await docker.dispose();
    }
  });
});
