import type { OciHook, OciHooks } from "./oci-hooks.ts";

/**
 * The hook program: `/usr/bin/env` finds `rbc` on the PATH runc runs hooks with (runc gives a hook
 * without `env` its own environment), so config.json names no path of the build machine. OCI
 * requires an absolute `path` (config.md#posix-platform-hooks); /usr/bin/env is where every
 * Debian-like and most other distributions keep env.
 */
export const HOOK_PROGRAM = "/usr/bin/env";

/** How a bundle's network is set up at run time, from Docker's NetworkMode. */
export type HookNetwork = "bridge" | "none" | "host" | "container";

/** The network modes the create-runtime hook takes, in its `--network` choices. */
export const hookNetworks: readonly HookNetwork[] = ["bridge", "none", "host", "container"];

/** What a bundle's create-runtime hook asks for. */
export interface NetworkHookRequest {
  readonly name: string;
  readonly network: HookNetwork;
  /** Published ports in the form formatPublishedPort writes. */
  readonly publish: readonly string[];
}

/**
 * rbc's arguments for the create-runtime hook: `hook create-runtime <id> --network <mode>
 * [--publish <spec>]...`. The hook launcher compares them to decide whether a parked network fits
 * a restart, so the hook writes them down in this same form.
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

/** rbc's arguments for the poststop hook: `hook poststop <id>`. */
export function poststopArgs(name: string): string[] {
  return ["hook", "poststop", name];
}

/** A hook entry of config.json running `rbc <args>` through HOOK_PROGRAM. */
export function rbcHook(args: readonly string[]): OciHook {
  return { path: HOOK_PROGRAM, args: ["env", "rbc", ...args] };
}

/** Docker's `default` network is its `bridge`; user-defined networks are refused by the overlay. */
export function hookNetwork(mode: string): HookNetwork {
  if (mode === "none" || mode === "host") return mode;
  if (mode.startsWith("container:")) return "container";
  return "bridge";
}

/**
 * Reads the create-runtime hook a bundle's config.json holds; undefined when it has none (a bundle
 * compiled before rbc set networks up, or edited by hand).
 */
export function readNetworkHook(hooks: OciHooks | undefined): NetworkHookRequest | undefined {
  const prefix = rbcHook(["hook", "create-runtime"]).args ?? [];
  const args = hooks?.createRuntime?.find(
    (hook) => hook.args?.[prefix.length - 1] === prefix[prefix.length - 1],
  )?.args;
  const name = args?.[prefix.length];
  if (args === undefined || name === undefined) return undefined;
  let network: HookNetwork = "bridge";
  const publish: string[] = [];
  for (let i = prefix.length + 1; i < args.length; i += 2) {
    const value = args[i + 1] ?? "";
    if (args[i] === "--network") network = hookNetwork(value);
    if (args[i] === "--publish") publish.push(value);
  }
  return { name, network, publish };
}
