import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

// Each test file starts with an empty layer cache of its own (XDG_CACHE_HOME, which rbc children
// inherit), never the user's ~/.cache/rbc: what one test or run left there cannot change another.
const cacheHome = mkdtempSync(join(tmpdir(), "rbc-test-cache-"));
process.env["XDG_CACHE_HOME"] = cacheHome;
afterAll(() => {
  rmSync(cacheHome, { recursive: true, force: true });
});
