import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { parseJson } from "../../src/json/index.ts";
import { captureDockerRun } from "../support/capture.ts";
import { normalizeHostSpecific } from "./host-specific.ts";
import type { Scenario } from "./scenarios.ts";

/** Tally of comparisons, printed as `N/M identical` when a differential file ends. */
export interface Tally {
  identical: number;
  total: number;
}

export function newTally(): Tally {
  return { identical: 0, total: 0 };
}

export function printTally(label: string, tally: Tally): void {
  process.stderr.write(`${label}: ${tally.identical}/${tally.total} identical\n`);
}

/**
 * Run the scenario with `docker run` on the engine and capture the config.json Docker hands runc.
 * The container is kept (for `container:` sources); the caller removes it.
 */
export async function captureScenario(
  scenario: Scenario,
): Promise<{ spec: unknown; containerId: string }> {
  const scratch = await mkdtemp(join(tmpdir(), "rbc-env-"));
  const envFile = join(scratch, "env");
  await writeFile(envFile, (scenario.env ?? []).map((line) => `${line}\n`).join(""));
  try {
    const args = [
      ...(scenario.flags ?? []),
      "--env-file",
      envFile,
      scenario.image,
      ...(scenario.command ?? []),
    ];
    const captured = await captureDockerRun(args, { keepContainer: true });
    // Re-parse exactly: uint64 values must not be rounded.
    return { spec: parseJson(JSON.stringify(captured.spec)), containerId: captured.containerId };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Assert rbc's spec equals Docker's but for the host-specific parts, and count the result. */
export function expectSameAsDocker(
  rbc: unknown,
  docker: unknown,
  userSetHostname: boolean,
  tally: Tally,
): void {
  const options = { defaultHostname: !userSetHostname };
  const actual = normalizeHostSpecific(rbc, options);
  const expected = normalizeHostSpecific(docker, options);
  tally.total += 1;
  if (JSON.stringify(actual, bigints) === JSON.stringify(expected, bigints)) tally.identical += 1;
  expect(actual).toEqual(expected);
}

function bigints(_key: string, value: unknown): unknown {
  return typeof value === "bigint" ? value.toString() : value;
}
