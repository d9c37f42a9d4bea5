import type { NetworkHookRequest } from "../contract/index.ts";
import { requiredPlugins, type CniPortMapping } from "./cni-network.ts";
import { findPluginDir } from "./cni-plugins.ts";
import { allocateHostPorts } from "./host-ports.ts";
import { readNetworkRecords } from "./network-record.ts";
import { parsePublishedPorts } from "./published-port.ts";

/** What a network needs from the host before anything is set up. */
export interface NetworkPrerequisites {
  /** Where the CNI plugins are; undefined for `host` and `container` (no CNI). */
  readonly pluginDir: string | undefined;
  /** The published ports with their host ports chosen (bridge only). */
  readonly ports: CniPortMapping[];
}

/**
 * The CNI plugins the network needs are installed and every published host port is free (not
 * published by another running bundle, not bound by a process); throws naming what is not.
 * The create-runtime hook sets the network up with the answer; `rbc run` asks first, so that
 * these errors read as rbc's own (exit 3) rather than inside runc's hook failure.
 */
export async function networkPrerequisites(
  hook: Pick<NetworkHookRequest, "name" | "network" | "publish">,
): Promise<NetworkPrerequisites> {
  if (hook.network !== "bridge" && hook.network !== "none") {
    return { pluginDir: undefined, ports: [] };
  }
  const pluginDir = await findPluginDir(requiredPlugins(hook.network));
  if (hook.network === "none") return { pluginDir, ports: [] };
  const others = (await readNetworkRecords()).filter((record) => record.name !== hook.name);
  return { pluginDir, ports: await allocateHostPorts(parsePublishedPorts(hook.publish), others) };
}
