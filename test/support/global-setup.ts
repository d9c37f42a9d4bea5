import type { TestProject } from "vitest/node";
import { syncImages } from "../../scripts/images/ensure-images.ts";
import { captureRuntimeAvailable, captureSettings } from "./capture.ts";
import { DOCKER_BIN, runDocker } from "./docker.ts";
import { defaultEngine, engineById, engineIds, type EngineId } from "./engines.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Image name (e.g. `rbc.local/busybox:1`) → image ID (`sha256:…`) as loaded. */
    rbcImageIds: Record<string, string>;
    /** Whether the engine has the capture runtime that the differential tests use. */
    rbcCaptureAvailable: boolean;
    /**
     * Each engine of test/support/engines.ts: whether it answers with its capture runtime and
     * holds the test images (the Docker 26.1 engines run only where scripts/setup.sh started them).
     */
    rbcEngines: Record<EngineId, boolean>;
  }
}

/** vitest globalSetup for the engine project: a reachable engine and the test images. */
export async function setup(project: TestProject): Promise<void> {
  const info = await runDocker(["info", "--format", "{{.ServerVersion}}"], { timeoutMs: 30_000 });
  if (info.exitCode !== 0) {
    throw new Error(
      `The engine tests need a Docker engine, but \`${DOCKER_BIN} info\` failed ` +
        `(exit ${info.exitCode}): ${info.stderr.trim()}\n` +
        "Run bash scripts/setup.sh as root (sudo bash scripts/setup.sh from another user) to install and start it.",
    );
  }
  const images = await syncImages();
  project.provide("rbcImageIds", Object.fromEntries(images.map((image) => [image.name, image.id])));
  const captureAvailable = await captureRuntimeAvailable();
  project.provide("rbcCaptureAvailable", captureAvailable);
  if (!captureAvailable) {
    const { runtime } = captureSettings();
    process.stderr.write(
      `warning: the Docker engine has no "${runtime}" runtime; the differential tests need it ` +
        "(scripts/setup.sh starts dockerd with it; RBC_CAPTURE_RUNTIME/RBC_CAPTURE_DIR override).\n",
    );
  }
  const engines = await Promise.all(engineIds.map((id) => extraEngineReady(id, captureAvailable)));
  project.provide("rbcEngines", Object.fromEntries(engines) as Record<EngineId, boolean>);
}

/** Whether an engine can run the differential tests: the same images as the host's engine. */
async function extraEngineReady(
  id: EngineId,
  hostReady: boolean,
): Promise<readonly [EngineId, boolean]> {
  const engine = engineById(id);
  if (engine === defaultEngine) return [id, hostReady];
  if (!(await captureRuntimeAvailable(engine))) {
    process.stderr.write(
      `note: engine ${id} is not running; the tests that compare against it skip it ` +
        "(scripts/setup.sh starts it; RBC_EXTRA_ENGINES=none skips it there).\n",
    );
    return [id, false];
  }
  await syncImages(engine.docker);
  return [id, true];
}
