import { legacyContainer } from "./legacy-container.ts";
import { readRunBundle, type RunBundle } from "./read-run-bundle.ts";
import type { Runc } from "./runc.ts";

/**
 * The bundle in `dir` as its config.json describes it, if its container runs (or is paused) from
 * that directory; undefined when it does not, or the directory has no config.json. A container an
 * older rbc started from the directory as `rbc-<name>` counts, under that id (legacy-container.ts),
 * so that a restart replaces it.
 */
export async function runningContainer(runc: Runc, dir: string): Promise<RunBundle | undefined> {
  const bundle = await readRunBundle(dir);
  if (bundle === undefined) return undefined;
  const state = await runc.state(bundle.id);
  const live = state?.status === "running" || state?.status === "paused";
  if (live && state.bundle === bundle.dir) return bundle;
  return legacyContainer(runc, bundle, { live: true });
}
