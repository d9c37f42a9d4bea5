import type { EngineId } from "../support/engines.ts";

/**
 * THE SWITCH: the engines on which a difference between rbc's config.json and Docker's fails the
 * differential and golden-fidelity tests. On an engine left out, every comparison still runs, is
 * counted (`differential <engine> <source>: N/M identical`) and its differences are printed, but
 * the test passes: for an engine whose target rbc is still learning. Every engine is enforced.
 */
export const enforcedEngines: ReadonlySet<EngineId> = new Set<EngineId>([
  "20.10-v1",
  "26.1-v1",
  "26.1-v2",
]);
