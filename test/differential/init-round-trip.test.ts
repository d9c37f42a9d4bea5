import { appendFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { compileBundle } from "../../src/compile.ts";
import { initFromContainer } from "../../src/init-bundle.ts";
import { runDocker } from "../support/docker.ts";
import { defaultEngine, rbcEngineFor } from "../support/engines.ts";
import { describeDifferences } from "./describe-differences.ts";
import { captureScenario } from "./harness.ts";
import { scenarioAreas, type Scenario } from "./scenarios.ts";

/**
 * `rbc init --from-container` is proved by round trip: for every differential scenario, run as a
 * container on the host's engine, the `container:` bundle and the `image:` overlay init writes
 * from it compile to the same config.json, byte for byte, in the same bundle directory (so the
 * bundle name, and with it the hostname and container id, are the same).
 * RBC_INIT_SCENARIOS=name,... picks some.
 */
const engine = defaultEngine;
const rbcEngine = rbcEngineFor(engine);
const picked = process.env["RBC_INIT_SCENARIOS"]?.split(",");
const namedVolumes = ["rbc-diff-cache", "rbc-diff-nocopy"];

afterAll(async () => {
  await runDocker(["volume", "rm", "--force", ...namedVolumes], { engine });
  await rm("/tmp/rbc-diff-created", { recursive: true, force: true });
});

/** The two compilations of one scenario's container, or why the container source did not compile. */
async function roundTrip(
  raw: Scenario,
): Promise<{ container: string; image: string; overlay: string } | string> {
  const captured = await captureScenario(raw, engine);
  const root = await mkdtemp(join(tmpdir(), "rbc-init-"));
  const dir = join(root, "app");
  try {
    await mkdir(dir);
    // A container with cgroup v1 settings (mem_swappiness, oom_kill_disable) compiles for the
    // engine's own target only, rbc's default (cgroup v2) refusing them: both bundles then name it.
    let target = "";
    const source = `container: ${captured.containerId}\n`;
    await writeFile(join(dir, "bundle.yaml"), source);
    let fromContainer = await compileBundle(dir, rbcEngine, { rootfs: false });
    if (fromContainer.diagnostics.some((d) => d.code === "OVL205")) {
      target = `target: { docker: "${engine.target.docker}", cgroup: ${engine.target.cgroup} }\n`;
      await writeFile(join(dir, "bundle.yaml"), source + target);
      fromContainer = await compileBundle(dir, rbcEngine, { rootfs: false });
    }
    const container = fromContainer.files?.get("config.json");
    if (container === undefined) {
      return `the container source does not compile: ${JSON.stringify(fromContainer.diagnostics)}`;
    }
    const init = await initFromContainer(captured.containerId, dir, rbcEngine, { force: true });
    expect(init.diagnostics).toEqual([]);
    if (target !== "") await appendFile(join(dir, "bundle.yaml"), target);
    const fromImage = await compileBundle(dir, rbcEngine, { rootfs: false });
    const image = fromImage.files?.get("config.json");
    if (image === undefined) {
      throw new Error(
        `the init overlay does not compile: ${JSON.stringify(fromImage.diagnostics)}`,
      );
    }
    const overlay = await readFile(join(dir, "bundle.yaml"), "utf8");
    return { container, image, overlay };
  } finally {
    await rm(root, { recursive: true, force: true });
    await captured.dispose();
  }
}

describe("rbc init --from-container round trip", () => {
  it("has the host's engine running", () => {
    expect(inject("rbcEngines")[engine.id]).toBe(true);
  });

  for (const [area, scenarios] of Object.entries(scenarioAreas)) {
    const chosen = scenarios.filter((s) => picked === undefined || picked.includes(s.name));
    if (chosen.length === 0) continue;
    describe(area, () => {
      it.each(chosen.map((s) => [s.name, s] as const))("%s", async (_name, raw) => {
        const result = await roundTrip(raw);
        if (typeof result === "string") {
          expect.soft(result, "container source").toBe("");
          return;
        }
        const differences = describeDifferences(
          JSON.parse(result.container),
          JSON.parse(result.image),
        );
        expect(differences, result.overlay).toEqual([]);
        expect(result.image).toBe(result.container);
      });
    });
  }
});
