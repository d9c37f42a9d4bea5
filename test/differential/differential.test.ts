import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { afterAll, describe, expect, inject, it } from "vitest";
import { compileBundle } from "../../src/compile.ts";
import { parseJson } from "../../src/json/index.ts";
import { connectDocker } from "../../src/resolve/docker.ts";
import { captureDockerRun } from "../support/capture.ts";
import { removeContainer, runDocker } from "../support/docker.ts";
import { normalizeHostSpecific } from "./host-specific.ts";
import { scenarios, type Scenario } from "./scenarios.ts";

const engine = connectDocker();
const results: boolean[] = [];

afterAll(async () => {
  process.stderr.write(
    `differential: ${results.filter(Boolean).length}/${results.length} identical\n`,
  );
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

async function dockerSpec(scenario: Scenario): Promise<{ spec: unknown; containerId: string }> {
  const envFile = join(await mkdtemp(join(tmpdir(), "rbc-env-")), "env");
  await writeFile(envFile, (scenario.env ?? []).map((line) => `${line}\n`).join(""));
  const args = [
    ...(scenario.flags ?? []),
    "--env-file",
    envFile,
    scenario.image,
    ...(scenario.command ?? []),
  ];
  const captured = await captureDockerRun(args, { keepContainer: true });
  // Re-parse exactly: uint64 values must not be rounded.
  return { spec: parseJson(JSON.stringify(captured.spec)), containerId: captured.containerId };
}

function overlayFor(scenario: Scenario): Record<string, unknown> {
  return {
    image: scenario.image,
    ...(scenario.command ? { command: [...scenario.command] } : {}),
    ...(scenario.env ? { environment: [...scenario.env] } : {}),
    ...scenario.overlay,
  };
}

function expectSame(actual: unknown, expected: unknown, scenario: Scenario): void {
  const options = { defaultHostname: scenario.overlay?.hostname === undefined };
  const same =
    JSON.stringify(normalizeHostSpecific(actual, options), bigints) ===
    JSON.stringify(normalizeHostSpecific(expected, options), bigints);
  results.push(same);
  expect(normalizeHostSpecific(actual, options)).toEqual(normalizeHostSpecific(expected, options));
}

function bigints(_key: string, value: unknown): unknown {
  return typeof value === "bigint" ? value.toString() : value;
}

describe("rbc matches Docker's own config.json", () => {
  it("has the capture runtime on the engine (scripts/setup.sh starts dockerd with it)", () => {
    expect(inject("rbcCaptureAvailable")).toBe(true);
  });

  it.each(scenarios.map((s) => [s.name, s] as const))("%s", async (_name, scenario) => {
    const docker = await dockerSpec(scenario);
    try {
      const fromImage = await compileOverlay("from-image", overlayFor(scenario));
      expectSame(fromImage, docker.spec, scenario);
      const fromContainer = await compileOverlay("from-container", {
        container: docker.containerId,
      });
      expectSame(fromContainer, docker.spec, scenario);
    } finally {
      await removeContainer(docker.containerId);
    }
  });
});
