import type { DiagnosticCode } from "../diagnostics.ts";
import { deployEquivalents } from "./deploy-equivalents.ts";

/**
 * Compose and `docker run` settings an overlay may not set, each with why (the README's Compose
 * table and its table of other settings say the same): an overlay copied from a Compose file gets
 * the reason, and where there is one the supported key to use, instead of "unknown key" (OVL206).
 */
const unsupportedKeys: Readonly<Record<string, string>> = {
  logging: "log drivers are Docker daemon features; runc passes stdio through",
  log_driver: "log drivers are Docker daemon features; runc passes stdio through",
  log_opt: "log drivers are Docker daemon features; runc passes stdio through",
  networks: "user-defined Docker networks do not exist outside Docker (use network_mode)",
  mac_address: "addresses come from rbc's bridge network when the bundle runs",
  // Docker keeps exposed ports in Config.ExposedPorts; rbc writes them to config.json as the
  // image-spec conversion's annotation (spec/annotations.ts), as rbc init carries --expose.
  expose:
    "rbc has no expose key: exposed ports reach config.json only as the org.opencontainers.image.exposedPorts annotation (the image's EXPOSE and the published ports); to add these, set that annotation in annotations with all of them, as rbc init does for --expose (ports publishes)",
  secrets: "Swarm secrets are Docker-managed objects",
  configs: "Swarm configs are Docker-managed objects",
  volumes_from: "it copies another Docker container's mounts, which rbc does not manage",
  gpus: "GPUs need the NVIDIA runtime hook on the build host",
  attach:
    "it chooses whose output docker compose up shows; rbc run shows its bundle's (rbc logs a detached one's)",
  cpu_count: "it is a Windows-only Docker setting (use cpus)",
  cpu_percent: "it is a Windows-only Docker setting (use cpus)",
  credential_spec: "Windows gMSA credentials have nothing in a Linux config.json",
  develop:
    "Compose Watch is Compose's (rbc watch --run rebuilds and restarts a bundle when its files change)",
  external_links:
    "links to containers outside Compose need Docker's networks (use extra_hosts, or network_mode: container:NAME)",
  label_file: "labels are written in the overlay (labels; share them through extends)",
  models: "Docker Model Runner models are Docker-managed objects",
  provider: "a provider service is run by a Compose plugin, not as a container",
  post_start:
    "Docker runs lifecycle hooks with docker exec; runc has no such step (run it from the entrypoint)",
  pre_stop:
    "Docker runs lifecycle hooks with docker exec; runc has no such step (trap the stop signal in the entrypoint)",
  pull_policy:
    "rbc never pulls: it compiles the image the engine has (docker pull it; rbc check says when its tag moved)",
  pull_refresh_after:
    "rbc never pulls: it compiles the image the engine has (docker pull it; rbc check says when its tag moved)",
  scale: "a bundle is one container; copy the bundle directory to run another",
  stdin_open: "stdin is the caller's: a foreground rbc run passes its own to the container",
  use_api_socket:
    "it hands the Docker socket and the client's credentials to the container (bind-mount /var/run/docker.sock with volumes if it needs the engine)",
  kernel_memory:
    "Docker deprecated kernel memory limits in 20.10 and ignores them from 23.0 (Engine API 1.42); " +
    "cgroup v2 has no such limit and runc ignores it (use mem_limit)",
  runtime: "it chooses Docker's runtime; a bundle always runs under runc",
  isolation: "Windows isolation has nothing in config.json",
  platform: "it chooses an image platform; name the image built for this host instead",
  storage_opt: "storage driver options have nothing in config.json",
  depends_on: "rbc runs each bundle on its own; start order is the caller's",
};

/**
 * Compose keys common enough in Compose files to have a code of their own, so that a log or a
 * script can tell them apart; each says why and what to use instead.
 */
const composeHabits: Readonly<Record<string, { code: DiagnosticCode; reason: string }>> = {
  restart: {
    code: "OVL221",
    reason:
      "runc has no restart policy, and no daemon watches a bundle; rbc watch --run restarts a " +
      "bundle when it changes, and a supervisor running rbc run <bundle> (a systemd unit with " +
      "Restart=always) restarts it when it exits",
  },
  healthcheck: {
    code: "OVL222",
    reason:
      "Docker's daemon runs health checks, and runc has none; probe the service from a " +
      "supervisor or monitor, or run the same test with runc exec <id> <command> (rbc ps " +
      "shows the id)",
  },
  deploy: {
    code: "OVL223",
    reason:
      "it tells a platform how to deploy a service (replicas, placement, update and restart " +
      "policies), and a bundle is one container on this host",
  },
  links: {
    code: "OVL224",
    reason:
      "legacy links need Docker's networks; bundles share rbc's bridge: reach another by its " +
      "address (rbc ps), name it in extra_hosts, or share its network with network_mode: " +
      "container:NAME",
  },
  build: {
    code: "OVL225",
    reason:
      "rbc compiles an image the engine has and never builds one; build it first (docker " +
      "build -t NAME .) and set image: NAME",
  },
  profiles: {
    code: "OVL226",
    reason:
      "profiles choose which services docker compose up starts, and a bundle is one service; " +
      "what runs is the bundle directories given to rbc (rbc watch --run bundles/web bundles/db)",
  },
};

/** Every top-level key rbc refuses with a reason, for the README's tables to be checked against. */
export const unsupportedKeyNames: readonly string[] = [
  ...Object.keys(unsupportedKeys),
  ...Object.keys(composeHabits),
].sort();

/** A refused key's diagnostic code and message. */
export interface Refusal {
  readonly code: DiagnosticCode;
  readonly message: string;
}

/**
 * Why rbc refuses a top-level overlay key, given its value; undefined when the key is simply
 * unknown. The keys of composeHabits have their own code, the others OVL206.
 */
export function refusedKey(key: string, value: unknown): Refusal | undefined {
  const habit = Object.hasOwn(composeHabits, key) ? composeHabits[key] : undefined;
  if (habit !== undefined) {
    const instead = key === "deploy" ? deployInstead(value) : "";
    return { code: habit.code, message: `"${key}" is not supported: ${habit.reason}${instead}` };
  }
  const reason = Object.hasOwn(unsupportedKeys, key) ? unsupportedKeys[key] : undefined;
  return reason === undefined
    ? undefined
    : { code: "OVL206", message: `"${key}" is not supported: ${reason}` };
}

/** What to write for the limits a `deploy` section sets, or the keys to use when it sets none. */
function deployInstead(value: unknown): string {
  const keys = deployEquivalents(value);
  if (keys.length === 0) {
    return "; for resource limits use mem_limit, mem_reservation, cpus and pids_limit";
  }
  return `; write its limits as keys of their own: ${keys.join(", ")}`;
}
