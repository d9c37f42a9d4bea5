import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { afterAll, describe, expect, inject, it } from "vitest";
import { compileBundle } from "../../src/compile.ts";
import { parseJson } from "../../src/json/index.ts";
import { connectDocker } from "../../src/resolve/docker.ts";
import { removeContainer, runDocker } from "../support/docker.ts";
import { captureScenario, expectSameAsDocker, newTally, printTally } from "./harness.ts";
import { scenarios, type Scenario } from "./scenarios.ts";

const engine = connectDocker();
const tally = newTally();

afterAll(async () => {
  printTally("differential (image overlay and container sources)", tally);
  await runDocker(["volume", "rm", "--force", "rbc-diff-cache"]);
});

/** Compile an overlay into a scratch bundle and return its config.json, parsed exactly. */
async function compileOverlay(name: string, overlay: Record<string, unknown>): Promise<unknown> {
  const root = await mkdtemp(join(tmpdir(), "rbc-diff-"));
  const dir = join(root, name);
  await mkdir(dir);
  await writeFile(join(dir, "bundle.yaml"), stringify(overlay));
  try {
    const compiled = await compileBundle(dir, engine);
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

describe("rbc matches Docker's own config.json", () => {
  it("has the capture runtime on the engine (scripts/setup.sh starts dockerd with it)", () => {
    expect(inject("rbcCaptureAvailable")).toBe(true);
  });

  it.each(scenarios.map((s) => [s.name, s] as const))("%s", async (_name, scenario) => {
    const docker = await captureScenario(scenario);
    const userSetHostname = scenario.overlay?.hostname !== undefined;
    try {
      const fromImage = await compileOverlay("from-image", overlayFor(scenario));
      expectSameAsDocker(fromImage, docker.spec, userSetHostname, tally);
      const fromContainer = await compileOverlay("from-container", {
        container: docker.containerId,
      });
      expectSameAsDocker(fromContainer, docker.spec, userSetHostname, tally);
    } finally {
      await removeContainer(docker.containerId);
    }
  });
});
