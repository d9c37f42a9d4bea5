import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { parseJson } from "../../src/json/index.ts";
import { captureSettings } from "../support/capture.ts";
import { runDocker } from "../support/docker.ts";

/**
 * `docker run --detach --runtime <capture>` and the config.json Docker handed runc, parsed with the
 * BigInt-safe parser from the captured text itself: unlimited rlimits (2^64-1) and other uint64
 * values must reach the comparison exactly, which a plain JSON.parse (as in
 * test/support/capture.ts) cannot do. The container is kept; the caller removes it.
 */
export async function captureExact(
  runArgs: readonly string[],
): Promise<{ spec: unknown; containerId: string }> {
  const settings = captureSettings();
  const scratch = await mkdtemp(join(tmpdir(), "rbc-capture-"));
  const cidfile = join(scratch, "cid");
  try {
    const run = await runDocker([
      "run",
      "--detach",
      "--pull",
      "never",
      "--cidfile",
      cidfile,
      "--runtime",
      settings.runtime,
      ...runArgs,
    ]);
    const containerId = (await readFile(cidfile, "utf8").catch(() => "")).trim();
    if (containerId === "") {
      throw new Error(
        `docker run created no container (exit ${run.exitCode}): ${run.stderr.trim()}`,
      );
    }
    const captured = join(settings.dir, `${containerId}.json`);
    const text = await waitForFile(captured);
    await rm(captured, { force: true });
    if (text === undefined) {
      await runDocker(["rm", "--force", "--volumes", containerId]);
      throw new Error(
        `no spec captured at ${captured}; docker run exit ${run.exitCode}: ${run.stderr.trim()}`,
      );
    }
    return { spec: parseJson(text), containerId };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** The wrapper copies before `docker run` returns; the short poll only absorbs fs latency. */
async function waitForFile(path: string): Promise<string | undefined> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    try {
      return await readFile(path, "utf8");
    } catch {
      await sleep(100);
    }
  }
  return undefined;
}
