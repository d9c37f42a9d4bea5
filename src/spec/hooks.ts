import type { ContainerState } from "./container-state.ts";
import type { OciHooks } from "./oci-types.ts";

/**
 * The hook program: `/usr/bin/env` finds `rbc` on the PATH runc runs hooks with (runc gives a hook
 * without `env` its own environment), so config.json names no path of the build machine. OCI
 * requires an absolute `path` (config.md#posix-platform-hooks); /usr/bin/env is where every
 * Debian-like and most other distributions keep env.
 */
const hookProgram = "/usr/bin/env";

/** How a bundle's network is set up at run time, from Docker's NetworkMode. */
export type HookNetwork = "bridge" | "none" | "host" | "container";

/**
 * `hooks` for `rbc run` (and plain `runc run`): Docker sets the network up in its daemon, OCI
 * leaves it to hooks. `createRuntime` (runs in the runtime namespace once the container's
 * namespaces exist) pins the namespaces under /run/rbc/<name>/ and, for `bridge` and `none`, adds
 * the container to its CNI network, publishing the `ports`; `poststop` undoes both.
 */
export function buildHooks(state: ContainerState, bundleName: string): OciHooks {
  const network = hookNetwork(state.HostConfig.NetworkMode);
  const publish = network === "bridge" ? publishedPorts(state) : [];
  const createArgs = ["env", "rbc", ...createRuntimeArgs({ name: bundleName, network, publish })];
  return {
    createRuntime: [{ path: hookProgram, args: createArgs }],
    poststop: [{ path: hookProgram, args: ["env", "rbc", "hook", "poststop", bundleName] }],
  };
}

/**
 * rbc's arguments for the create-runtime hook: `hook create-runtime <name> --network <mode>
 * [--publish <spec>]...`. rbc's hook launcher compares them to decide whether a parked network
 * fits a restart, so the hook writes them down in this same form.
 */
export function createRuntimeArgs(request: NetworkHookRequest): string[] {
  return [
    "hook",
    "create-runtime",
    request.name,
    "--network",
    request.network,
    ...request.publish.flatMap((spec) => ["--publish", spec]),
  ];
}

/** Docker's `default` network is its `bridge`; user-defined networks are refused by the overlay. */
export function hookNetwork(mode: string): HookNetwork {
  if (mode === "none" || mode === "host") return mode;
  if (mode.startsWith("container:")) return "container";
  return "bridge";
}

/**
 * The published ports as `docker run --publish` writes them (`8080:80/tcp`, `127.0.0.1:8443:443/tcp`,
 * `[::1]:53:53/udp`, `80/tcp` for an engine-chosen host port), sorted by container port number,
 * protocol and host address so the bundle does not depend on the overlay's order.
 */
export function publishedPorts(state: ContainerState): string[] {
  const bindings = state.HostConfig.PortBindings ?? {};
  const entries = Object.entries(bindings).flatMap(([port, list]) =>
    list.map((binding) => ({ port, ...binding })),
  );
  entries.sort(
    (a, b) =>
      portNumber(a.port) - portNumber(b.port) ||
      compare(a.port, b.port) ||
      compare(a.HostIp, b.HostIp) ||
      compare(a.HostPort, b.HostPort),
  );
  return entries.map(({ port, HostIp, HostPort }) => {
    const ip = HostIp.includes(":") ? `[${HostIp}]` : HostIp;
    if (HostPort === "") return ip === "" ? port : `${ip}::${port}`;
    return ip === "" ? `${HostPort}:${port}` : `${ip}:${HostPort}:${port}`;
  });
}

function portNumber(port: string): number {
  return Number.parseInt(port, 10);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** What a bundle's create-runtime hook asks for, read back from its config.json. */
export interface NetworkHookRequest {
  readonly name: string;
  readonly network: HookNetwork;
  readonly publish: readonly string[];
}

/**
 * Reads the create-runtime hook buildHooks wrote; undefined when config.json has none (a bundle
 * compiled before rbc set networks up, or edited by hand).
 */
export function readNetworkHook(hooks: OciHooks | undefined): NetworkHookRequest | undefined {
  const args = hooks?.createRuntime?.find((hook) => hook.args?.[3] === "create-runtime")?.args;
  const name = args?.[4];
  if (args === undefined || name === undefined) return undefined;
  let network: HookNetwork = "bridge";
  const publish: string[] = [];
  for (let i = 5; i < args.length; i += 2) {
    const value = args[i + 1] ?? "";
    if (args[i] === "--network") network = hookNetwork(value);
    if (args[i] === "--publish") publish.push(value);
  }
  return { name, network, publish };
}
