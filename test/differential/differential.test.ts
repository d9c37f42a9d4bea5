import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { afterAll, describe, expect, inject, it } from "vitest";
import { compileBundle } from "../../src/compile.ts";
import { parseJson } from "../../src/json/index.ts";
import { connectDocker } from "../../src/resolve/docker.ts";
import { runDocker } from "../support/docker.ts";
import {
  captureScenario,
  currentHost,
  expectSameAsDocker,
  newTally,
  normalizeOptionsFor,
  printTally,
  writeFiles,
} from "./harness.ts";
import { scenarioAreas, type Scenario } from "./scenarios.ts";

const engine = connectDocker();
const tally = newTally();
const namedVolumes = ["rbc-diff-cache", "rbc-diff-nocopy"];

afterAll(async () => {
  printTally("differential", tally);
  await runDocker(["volume", "rm", "--force", ...namedVolumes]);
  // The host directory the create_host_path scenario has Docker create.
  await rm("/tmp/rbc-diff-created", { recursive: true, force: true });
});

/** Compile an overlay (and the bundle's files) in a scratch bundle; its config.json, parsed exactly. */
async function compileOverlay(
  name: string,
  overlay: Record<string, unknown>,
  files: Readonly<Record<string, string>> = {},
): Promise<unknown> {
  const root = await mkdtemp(join(tmpdir(), "rbc-diff-"));
  const dir = join(root, name);
  await mkdir(dir);
  await writeFile(join(dir, "bundle.yaml"), stringify(overlay));
  await writeFiles(dir, files);
  try {
    const compiled = await compileBundle(dir, engine, { rootfs: false });
    const config = compiled.files?.get("config.json");
    if (config === undefined) throw new Error(JSON.stringify(compiled.diagnostics));
    return parseJson(config);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

function overlayFor(scenario: Scenario): Record<string, unknown> {
  return {
    image: scenario.image,
    ...(scenario.command ? { command: [...scenario.command] } : {}),
    ...(scenario.env ? { environment: [...scenario.env] } : {}),
    ...scenario.overlay,
  };
}

/**
 * Compile one source and compare it with Docker's spec. A compile that fails counts as a
 * difference; both sources of a scenario are always compared before the test fails.
 */
async function compareSource(
  label: string,
  compile: () => Promise<unknown>,
  docker: unknown,
  scenario: Scenario,
): Promise<string | undefined> {
  let compiled: unknown;
  try {
    compiled = await compile();
  } catch (error) {
    tally.total += 1;
    return `${label}: ${error instanceof Error ? error.message : String(error)}`;
  }
  expectSameAsDocker(compiled, docker, normalizeOptionsFor(scenario, currentHost()), tally, label);
  return undefined;
}

describe("rbc matches Docker's own config.json", () => {
  it("has the capture runtime on the engine (scripts/setup.sh starts dockerd with it)", () => {
    expect(inject("rbcCaptureAvailable")).toBe(true);
  });

  for (const [area, scenarios] of Object.entries(scenarioAreas)) {
    describe(area, () => {
      it.each(scenarios.map((s) => [s.name, s] as const))("%s", async (_name, raw) => {
        const docker = await captureScenario(raw);
        const { scenario } = docker;
        try {
          const failures = [
            await compareSource(
              "image overlay",
              () => compileOverlay("from-image", overlayFor(scenario), scenario.files),
              docker.spec,
              scenario,
            ),
            await compareSource(
              "container source",
              () => compileOverlay("from-container", { container: docker.containerId }),
              docker.spec,
              scenario,
            ),
          ].filter((failure) => failure !== undefined);
          if (failures.length > 0) throw new Error(failures.join("\n"));
        } finally {
          await docker.dispose();
        }
      });
    });
  }
});
