import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { afterAll, describe, it } from "vitest";
import { parseJson } from "../../src/json/index.ts";
import { repoRoot } from "../helpers/run-rbc.ts";
import {
  captureScenario,
  currentHost,
  expectSameAsDocker,
  newTally,
  normalizeOptionsFor,
  printTally,
} from "./harness.ts";
import type { Scenario } from "./scenarios.ts";

/**
 * The golden config.json files are rbc's committed expectations; the cases that say how to run
 * them with Docker (docker-run.yaml) are checked here against the config.json Docker itself writes,
 * so no golden expectation is taken on rbc's word alone.
 */
const goldenDir = join(repoRoot, "test/golden/ok");
const cases = readdirSync(goldenDir)
  .filter((name) => existsSync(join(goldenDir, name, "docker-run.yaml")))
  .sort();
const tally = newTally();

afterAll(() => {
  printTally("golden files against Docker", tally);
});

describe("golden config.json files match Docker", () => {
  it.each(cases)("%s", async (name) => {
    const run = parse(readFileSync(join(goldenDir, name, "docker-run.yaml"), "utf8")) as Omit<
      Scenario,
      "name"
    >;
    const golden = parseJson(readFileSync(join(goldenDir, name, "expected/config.json"), "utf8"));
    const bundle = parse(readFileSync(join(goldenDir, name, "bundle.yaml"), "utf8")) as Record<
      string,
      unknown
    >;
    const docker = await captureScenario({ name, ...run });
    try {
      const options = normalizeOptionsFor({ name, ...run, overlay: bundle }, currentHost());
      expectSameAsDocker(golden, docker.spec, options, tally, "golden config.json");
    } finally {
      await docker.dispose();
    }
  });
});
