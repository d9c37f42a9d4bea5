/**
 * Records the engine's answers for the test images into test/fixtures/docker/, for the golden
 * tests' fake engine: `npx tsx scripts/record-engine-fixtures.ts` (after scripts/setup.sh).
 * Only deterministic fields are kept, so re-recording the same images gives the same files.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { recordingFor, recordingFileName } from "../test/helpers/record-image.ts";
import { recordingsDir } from "../test/helpers/fake-engine.ts";
import { IMAGE_NAMES } from "./images/images.ts";

for (const ref of Object.values(IMAGE_NAMES)) {
  const recording = await recordingFor(ref);
  await writeFile(
    join(recordingsDir, recordingFileName(ref)),
    `${JSON.stringify(recording, null, 2)}\n`,
  );
  process.stderr.write(`recorded ${ref}\n`);
}
