import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { expect } from "vitest";
import { captureDockerRun } from "../support/capture.ts";
import { removeContainer, runDocker, runDockerChecked } from "../support/docker.ts";
import { defaultEngine, type Engine } from "../support/engines.ts";
import { describeDifferences } from "./describe-differences.ts";
import { findBlockDevice, probeHostFeatures, type HostFeatures } from "./host-features.ts";
import { normalizeHostSpecific, type NormalizeOptions } from "./host-specific.ts";
import { busybox, substituteTokens, type Donor, type Scenario } from "./scenario.ts";

/** Tally of comparisons, printed as `<label>: N/M identical` when a differential file ends. */
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

/** A scenario run on the engine: Docker's config.json, and what to remove afterwards. */
export interface CapturedScenario {
  readonly spec: unknown;
  readonly containerId: string;
  /** The scenario with its tokens replaced, as rbc should compile it. */
  readonly scenario: Scenario;
  /** Removes the container, its donors and the scratch files. */
  dispose(): Promise<void>;
}

let blockDeviceNode: string | undefined;
const tokens = (bundleDir: string) => ({
  bundleDir,
  blockDevice: () => (blockDeviceNode ??= findBlockDevice()),
});

/**
 * Run the scenario with `docker run` on the engine (donors first) and capture the config.json
 * Docker hands runc. The container is kept, for `container:` sources, until `dispose`.
 */
export async function captureScenario(
  raw: Scenario,
  engine: Engine = defaultEngine,
): Promise<CapturedScenario> {
  const scratch = await mkdtemp(join(tmpdir(), "rbc-diff-files-"));
  const scenario = substituteTokens(raw, tokens(scratch));
  const donors = scenario.donors ?? [];
  let containerId: string | undefined;
  const dispose = async (): Promise<void> => {
    if (containerId !== undefined) await removeContainer(containerId, engine);
    for (const donor of donors) await removeDonor(donor, engine);
    await rm(scratch, { recursive: true, force: true });
  };
  try {
    await writeFiles(scratch, scenario.files ?? {});
    const envFile = join(scratch, ".env");
    await writeFile(envFile, (scenario.env ?? []).map((line) => `${line}\n`).join(""));
    for (const donor of donors) await startDonor(donor, engine);
    const args = [
      ...(scenario.flags ?? []),
      "--env-file",
      envFile,
      scenario.image,
      ...(scenario.command ?? []),
    ];
    const captured = await captureDockerRun(args, { keepContainer: true, engine });
    containerId = captured.containerId;
    return { spec: captured.spec, containerId, scenario, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

export async function writeFiles(dir: string, files: Readonly<Record<string, string>>) {
  for (const [name, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), text);
  }
}

async function startDonor(donor: Donor, engine: Engine): Promise<void> {
  await removeDonor(donor, engine);
  await runDockerChecked(
    [
      "run",
      "--detach",
      "--pull",
      "never",
      "--name",
      donor.name,
      ...(donor.flags ?? []),
      donor.image ?? busybox,
      ...(donor.command ?? ["sleep", "300"]),
    ],
    { engine },
  );
}

async function removeDonor(donor: Donor, engine: Engine): Promise<void> {
  await runDocker(["rm", "--force", "--volumes", donor.name], { engine });
}

/** What the comparison must know about a scenario to normalize only what is host-specific. */
export function normalizeOptionsFor(scenario: Scenario, host: HostFeatures): NormalizeOptions {
  const overlay = scenario.overlay ?? {};
  const apparmor = stringList(overlay.security_opt)
    .map((opt) => /^apparmor[=:](.*)$/.exec(opt)?.[1])
    .find((profile) => profile !== undefined);
  const network = typeof overlay.network_mode === "string" ? overlay.network_mode : "";
  const donorHostname = (scenario.donors ?? []).some(
    (d) => network === `container:${d.name}` && (d.flags ?? []).includes("--hostname"),
  );
  return {
    defaultHostname: overlay.hostname === undefined && !donorHostname,
    host,
    ...(apparmor === undefined ? {} : { apparmorProfile: apparmor }),
    cgroupParent: overlay.cgroup_parent !== undefined,
    groupAddCount: new Set(stringList(overlay.group_add).map(String)).size,
  };
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

let hostFeatures: HostFeatures | undefined;

/** The host's features, probed once per test run. */
export function currentHost(): HostFeatures {
  return (hostFeatures ??= probeHostFeatures());
}

/**
 * Compare rbc's spec with Docker's but for the host-specific parts and count the result; a
 * difference is a soft failure so that the other comparisons of the same test still run.
 */
export function expectSameAsDocker(
  rbc: unknown,
  docker: unknown,
  options: NormalizeOptions,
  tally: Tally,
  label = "rbc",
): boolean {
  const actual = normalizeHostSpecific(rbc, options);
  const expected = normalizeHostSpecific(docker, options);
  const differences = describeDifferences(expected, actual);
  tally.total += 1;
  if (differences.length === 0) tally.identical += 1;
  const report = [`${label} differs from Docker:`, ...differences].join("\n  ");
  expect.soft(differences.length, report).toBe(0);
  return differences.length === 0;
}
