import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadRecordings, recordingsDir } from "../helpers/fake-engine.ts";
import { recordingFileName, recordingFor } from "../helpers/record-image.ts";

/** The golden tests replay these recordings; they must be what the engine answers today. */
describe("recorded engine responses", () => {
  it.each(loadRecordings().map((r) => r.ref))("%s matches the engine", async (ref) => {
    const recorded: unknown = JSON.parse(
      readFileSync(join(recordingsDir, recordingFileName(ref)), "utf8"),
    );
    expect(await recordingFor(ref)).toEqual(recorded);
  });
});
