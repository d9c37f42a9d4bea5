import type { EngineWork } from "./engine-events.ts";
import type { RbcRun } from "./measured-rbc.ts";

/** One rbc step: its process and what the engine did for it. */
export type StepResult = RbcRun & EngineWork;

export interface DiskUsage {
  /** The files' sizes. */
  readonly bytes: number;
  /** The blocks they take (st_blocks × 512). */
  readonly diskBytes: number;
  readonly files: number;
}

/** Everything measured on one generated repository. */
export interface RepositoryResult {
  readonly bundles: number;
  /** How many bundles use the retagged image (and so must drift). */
  readonly retagged: number;
  readonly build: StepResult;
  readonly check: StepResult;
  readonly offline: StepResult;
  readonly retag: StepResult;
  /** The floor, one inspect at a time, and `width` at a time. */
  readonly floor: readonly number[];
  readonly floorWide: readonly number[];
  readonly cache: DiskUsage;
  readonly committed: DiskUsage;
}
