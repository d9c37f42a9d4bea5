import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DOCKER_BIN } from "../../scripts/images/docker-cli.ts";
import type { EngineTarget } from "../../src/overlay/index.ts";
import { connectDocker } from "../../src/resolve/docker.ts";
import { hostEndpoint } from "../../src/resolve/engine-endpoint.ts";
import { engineTimeouts } from "../../src/resolve/engine-timeouts.ts";
import type { Engine as RbcEngine } from "../../src/resolve/index.ts";

/**
 * The Docker engines the engine tests can run against. `20.10-v1` is the host's own (Debian
 * bookworm's docker.io, cgroup v1), started by scripts/setup.sh; the other two run Debian trixie's
 * docker.io 26.1 from a chroot in private namespaces (scripts/engines/), one on the host's cgroup
 * v1 hierarchies and one on a cgroup2 hierarchy.
 */
export type EngineId = "20.10-v1" | "26.1-v1" | "26.1-v2";

export interface Engine {
  readonly id: EngineId;
  /** The engine's own docker client: the argv that `docker <args>` is appended to. */
  readonly docker: readonly string[];
  /** DOCKER_HOST for rbc's client (dockerode); undefined for the default socket. */
  readonly dockerHost: string | undefined;
  /** Runtime registered with `dockerd --add-runtime` that captures config.json at create. */
  readonly captureRuntime: string;
  /** Where that runtime writes `<container id>.json`, as this process sees it. */
  readonly captureDir: string;
  readonly cgroupVersion: 1 | 2;
  /** The target whose config.json this engine writes: rbc compiles for it to compare. */
  readonly target: EngineTarget;
  /** The dockerd pid file, as this process sees it; undefined: the host's own engine. */
  readonly pidFile: string | undefined;
}

export const engineIds: readonly EngineId[] = ["20.10-v1", "26.1-v1", "26.1-v2"];

/** Mirrors scripts/engines/common.sh: the chroot and per-engine paths of the extra engines. */
const enginesDir = process.env["RBC_ENGINES_DIR"] ?? "/var/lib/rbc-engines";
const chroot = `${enginesDir}/trixie`;
const engineClient = fileURLToPath(new URL("../../scripts/engines/docker.sh", import.meta.url));

function chrootEngine(id: Exclude<EngineId, "20.10-v1">, cgroupVersion: 1 | 2): Engine {
  return {
    id,
    docker: ["bash", engineClient, id],
    dockerHost: `unix://${chroot}/run/rbc-engine/${id}/docker.sock`,
    captureRuntime: "rbc-capture",
    captureDir: `${chroot}/var/lib/rbc-engine/${id}/capture`,
    cgroupVersion,
    target: { docker: "26.1", cgroup: cgroupVersion === 1 ? "v1" : "v2" },
    pidFile: `${chroot}/run/rbc-engine/${id}/dockerd.pid`,
  };
}

/** The host's engine, as the tests have always used it (RBC_CAPTURE_* override its capture). */
export const defaultEngine: Engine = {
  id: "20.10-v1",
  docker: [DOCKER_BIN],
  dockerHost: process.env["DOCKER_HOST"],
  captureRuntime: process.env["RBC_CAPTURE_RUNTIME"] ?? "rbc-capture",
  captureDir: process.env["RBC_CAPTURE_DIR"] ?? "/var/lib/rbc-capture",
  cgroupVersion: 1,
  target: { docker: "20.10", cgroup: "v1" },
  pidFile: undefined,
};

const engines: Readonly<Record<EngineId, Engine>> = {
  "20.10-v1": defaultEngine,
  "26.1-v1": chrootEngine("26.1-v1", 1),
  "26.1-v2": chrootEngine("26.1-v2", 2),
};

export function engineById(id: string): Engine {
  if (!Object.hasOwn(engines, id)) {
    throw new Error(`unknown engine "${id}" (known: ${engineIds.join(", ")})`);
  }
  return engines[id as EngineId];
}

/** The engine that writes a target's config.json, if this host runs one. */
export function engineForTarget(target: EngineTarget): Engine | undefined {
  return engineIds
    .map((id) => engines[id])
    .find((e) => e.target.docker === target.docker && e.target.cgroup === target.cgroup);
}

/** rbc's client (the resolve stage's Engine port) for this engine's socket. */
export function rbcEngineFor(engine: Engine): RbcEngine {
  return connectDocker(engineTimeouts(), hostEndpoint(engine.dockerHost));
}

/**
 * The pid of the engine's dockerd, to read what the daemon itself sees (its capabilities, its
 * mount namespace); undefined for the host's own engine, which shares this process's view.
 */
export function daemonPid(engine: Engine): number | undefined {
  if (engine.pidFile === undefined) return undefined;
  const pid = Number(readFileSync(engine.pidFile, "utf8").trim());
  if (!Number.isInteger(pid) || pid <= 0) throw new Error(`no dockerd pid in ${engine.pidFile}`);
  return pid;
}
