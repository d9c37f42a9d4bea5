import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { Engine } from "../../src/resolve/engine.ts";
import { DOCKER_BIN } from "../support/docker.ts";
import type { ImageRecording } from "./fake-engine.ts";

const run = promisify(execFile);

/** Inspect fields that change with every load or name host paths: not recorded. */
const volatileFields = ["GraphDriver", "Metadata"];

/** What the real engine answers for an image, as the fake engine replays it. */
export async function recordingFor(engine: Engine, ref: string): Promise<ImageRecording> {
  const { stdout } = await run(DOCKER_BIN, ["image", "inspect", ref]);
  const [raw] = JSON.parse(stdout) as Record<string, unknown>[];
  const inspect = Object.fromEntries(
    Object.entries(raw ?? {}).filter(([k]) => !volatileFields.includes(k)),
  );
  const files = await engine.readImageFiles(String(inspect.Id), ["/etc/passwd", "/etc/group"]);
  return {
    ref,
    inspect,
    files: Object.fromEntries([...files].sort(([a], [b]) => a.localeCompare(b))),
  };
}

export function recordingFileName(ref: string): string {
  return `${ref.replace(/[/:]/g, "_")}.json`;
}
