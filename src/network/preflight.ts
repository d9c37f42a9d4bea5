import type { NetworkHookRequest } from "../spec/hooks.ts";
import { requiredPlugins } from "./cni-network.ts";
import { findPluginDir } from "./cni-plugins.ts";
import { allocateHostPorts } from "./host-ports.ts";
import { readNetworkRecords } from "./network-record.ts";
import { parsePublishedPorts } from "./published-port.ts";

/**
 * The checks the create-runtime hook makes, made before runc is called so their errors read as
 * rbc's own (exit 3) rather than inside runc's hook failure, and nothing is started: the CNI
 * plugins are installed and every published host port is free. The hook checks again.
 */
export async function checkNetworkPrerequisites(hook: NetworkHookRequest): Promise<void> {
  if (hook.network !== "bridge" && hook.network !== "none") return;
  await findPluginDir(requiredPlugins(hook.network));
  const others = (await readNetworkRecords()).filter((record) => record.name !== hook.name);
  await allocateHostPorts(parsePublishedPorts(hook.publish), others);
}
