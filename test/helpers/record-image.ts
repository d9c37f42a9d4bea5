import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { DOCKER_BIN } from "../support/docker.ts";
import type { ImageRecording } from "./fake-engine.ts";

const run = promisify(execFile);

/** Inspect fields that change with every load or name host paths: not recorded. */
const volatileFields = ["GraphDriver", "Metadata"];

/** What the real engine answers for an image, as the fake engine replays it. */
export async function recordingFor(ref: string): Promise<ImageRecording> {
  const { stdout } = await run(DOCKER_BIN, ["image", "inspect", ref]);
  const [raw] = JSON.parse(stdout) as Record<string, unknown>[];
  const inspect = Object.fromEntries(
    Object.entries(raw ?? {}).filter(([k]) => !volatileFields.includes(k)),
  );
  return { ref, inspect, files: await userFiles(String(inspect.Id)) };
}

/** The image's whole /etc/group and /etc/passwd (absent ones left out), copied with `docker cp`. */
async function userFiles(imageId: string): Promise<Record<string, string>> {
  const { stdout } = await run(DOCKER_BIN, ["create", imageId, "/never-started"]);
  const id = stdout.trim();
  const dir = await mkdtemp(join(tmpdir(), "rbc-record-"));
  try {
    const files: Record<string, string> = {};
    for (const path of ["/etc/group", "/etc/passwd"]) {
      const copy = join(dir, path.slice("/etc/".length));
      try {
        await run(DOCKER_BIN, ["cp", "-L", `${id}:${path}`, copy]);
      } catch {
        continue;
      }
      files[path] = await readFile(copy, "utf8");
    }
    return files;
  } finally {
    await run(DOCKER_BIN, ["rm", "-f", id]);
    await rm(dir, { recursive: true, force: true });
  }
}

export function recordingFileName(ref: string): string {
  return `${ref.replace(/[/:]/g, "_")}.json`;
}
