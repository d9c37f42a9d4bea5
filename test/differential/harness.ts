import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { captureDockerRun } from "../support/capture.ts";
import { removeContainer, runDocker, runDockerChecked } from "../support/docker.ts";
import { daemonPid, defaultEngine, type Engine, type EngineId } from "../support/engines.ts";
import { findBlockDevice, probeHostFeatures, type HostFeatures } from "./host-features.ts";
import type { NormalizeOptions } from "./host-specific.ts";
import { busybox, substituteTokens, type Donor, type Scenario } from "./scenario.ts";
import { hasThrottleFlags, startThrottleProxy } from "./throttle-proxy.ts";

/** A scenario run on the engine: Docker's config.json, and what to remove afterwards. */
export interface CapturedScenario {
  readonly spec: unknown;
  readonly containerId: string;
  /** The scenario with its tokens replaced, as rbc should compile it. */
  readonly scenario: Scenario;
  /** The warnings the engine gave at create (`WARNING: ...` lines of the client). */
  readonly warnings: readonly string[];
  /** How the capture departed from a plain `docker run` with the scenario's flags, and why. */
  readonly notes: readonly string[];
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
    const captured = await captureThroughEngine(args, scenario, engine);
    containerId = captured.containerId;
    return { ...captured, scenario, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

/**
 * `docker run` through the engine's own client, but for a Docker 26.1.5 client given block I/O
 * throttles: it drops them (docker/cli#5321), so it talks to the engine through a proxy that puts
 * them back into the create request (throttle-proxy.ts).
 */
async function captureThroughEngine(
  args: readonly string[],
  scenario: Scenario,
  engine: Engine,
): Promise<Omit<CapturedScenario, "scenario" | "dispose">> {
  const socket = engine.dockerHost?.replace(/^unix:\/\//, "");
  const flags = scenario.flags ?? [];
  if (engine.target.docker !== "26.1" || socket === undefined || !hasThrottleFlags(flags)) {
    const captured = await captureDockerRun(args, { keepContainer: true, engine });
    return { ...captured, warnings: warningsOf(captured.run.stderr), notes: [] };
  }
  const proxy = await startThrottleProxy(socket, flags);
  try {
    const client = {
      ...engine,
      docker: ["env", `RBC_ENGINE_CLIENT_HOST=${proxy.host}`, ...engine.docker],
    };
    const captured = await captureDockerRun(args, { keepContainer: true, engine: client });
    const notes = proxy.amended()
      ? [
          "block I/O throttles put into the create request through the Engine API: the 26.1.5 " +
            "client drops --device-{read,write}-{bps,iops} (docker/cli#5321)",
        ]
      : [];
    return { ...captured, warnings: warningsOf(captured.run.stderr), notes };
  } finally {
    await proxy.close();
  }
}

function warningsOf(stderr: string): string[] {
  return stderr
    .split("\n")
    .filter((line) => line.startsWith("WARNING: "))
    .map((line) => line.slice("WARNING: ".length));
}

export async function writeFiles(dir: string, files: Readonly<Record<string, string>>) {
  for (const [name, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), text);
  }
}

/** Runs a donor container a scenario joins (removing any left over by its name first). */
export async function startDonor(donor: Donor, engine: Engine): Promise<void> {
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

export async function removeDonor(donor: Donor, engine: Engine): Promise<void> {
  await runDocker(["rm", "--force", "--volumes", donor.name], { engine });
}

/** What the comparison must know about a scenario to normalize only what is host-specific. */
export function normalizeOptionsFor(
  scenario: Scenario,
  host: HostFeatures,
  engine: Engine = defaultEngine,
): NormalizeOptions {
  const overlay = scenario.overlay ?? {};
  const blkio = overlay.blkio_config;
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
    privileged: overlay.privileged === true,
    blkioWeight: typeof blkio === "object" && blkio !== null && "weight" in blkio,
    dockerRelease: engine.target.docker,
  };
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

const hostFeatures = new Map<EngineId, HostFeatures>();

/** The host's features as the engine's daemon sees them, probed once per engine and test run. */
export function currentHost(engine: Engine = defaultEngine): HostFeatures {
  const known = hostFeatures.get(engine.id);
  if (known !== undefined) return known;
  const probed = probeHostFeatures(daemonPid(engine));
  hostFeatures.set(engine.id, probed);
  return probed;
}
