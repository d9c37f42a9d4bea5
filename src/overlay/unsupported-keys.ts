/**
 * Compose and `docker run` settings an overlay may not set, each with why (the README's "Not
 * supported, on purpose" table says the same): an overlay copied from a Compose file gets the
 * reason, and where there is one the supported key to use, instead of "unknown key".
 */
const unsupportedKeys: Readonly<Record<string, string>> = {
  healthcheck: "runc has no health checks; Docker runs them from the daemon, not from config.json",
  restart: "runc has no restart policy (rbc watch restarts a bundle when it changes)",
  logging: "log drivers are Docker daemon features; runc passes stdio through",
  log_driver: "log drivers are Docker daemon features; runc passes stdio through",
  log_opt: "log drivers are Docker daemon features; runc passes stdio through",
  networks: "user-defined Docker networks do not exist outside Docker (use network_mode)",
  links: "legacy links do not exist outside Docker",
  mac_address: "addresses come from rbc's bridge network when the bundle runs",
  expose: "expose has no effect on config.json (use ports to publish)",
  secrets: "Swarm secrets are Docker-managed objects",
  configs: "Swarm configs are Docker-managed objects",
  volumes_from: "it copies another Docker container's mounts, which rbc does not manage",
  gpus: "GPUs need the NVIDIA runtime hook on the build host",
  kernel_memory:
    "Docker deprecated kernel memory limits in 20.10 and ignores them from 23.0 (Engine API 1.42); " +
    "cgroup v2 has no such limit and runc ignores it (use mem_limit)",
  runtime: "it chooses Docker's runtime; a bundle always runs under runc",
  isolation: "Windows isolation has nothing in config.json",
  platform: "it chooses an image platform; name the image built for this host instead",
  storage_opt: "storage driver options have nothing in config.json",
  deploy: "Swarm deploy settings are not read (for limits use mem_limit, cpus and pids_limit)",
  build: "rbc compiles images that exist; build the image with docker build first",
  depends_on: "rbc runs each bundle on its own; start order is the caller's",
};

/** Every top-level key with a reason, for the README's table to be checked against. */
export const unsupportedKeyNames: readonly string[] = Object.keys(unsupportedKeys).sort();

/** Why rbc does not support a top-level overlay key, or undefined when it is simply unknown. */
export function unsupportedKeyReason(key: string): string | undefined {
  return Object.hasOwn(unsupportedKeys, key) ? unsupportedKeys[key] : undefined;
}
