import { stat } from "node:fs/promises";
import { namespacePinLeaf, runPath, type HookNetwork } from "../contract/index.ts";
import { networkPlugins, type CniPluginCall } from "./cni-network.ts";
import { invokePlugin } from "./cni-plugins.ts";
import { pinNamespaces, unpinNamespaces } from "./namespace-pins.ts";
import { assertOwnNetworkNamespace } from "./own-network-namespace.ts";
import { bridgeOutcome } from "./bridge-outcome.ts";
import { readNetworkRecord, writeNetworkRecord, type NetworkRecord } from "./network-record.ts";
import { writeParkingFiles } from "./parked-network.ts";
import { networkPrerequisites } from "./preflight.ts";
import { NetworkSetupError } from "../errors/index.ts";

/** What the create-runtime hook knows: its arguments and the OCI state runc passes on stdin. */
export interface ContainerNetworkRequest {
  /** The hook's own arguments (`hook create-runtime <id> …`), kept for restarts. */
  readonly hookArgs: readonly string[];
  /** The bundle's container id as config.json names it: its state is under /run/rbc/<id>/. */
  readonly name: string;
  readonly containerId: string;
  readonly pid: number;
  readonly bundleDir: string;
  readonly network: HookNetwork;
  readonly publish: readonly string[];
}

/**
 * Sets a created container's network up: pins its namespaces, then for `bridge` and `none` runs
 * the CNI plugins' ADD in order, recording each step so a failure part-way (or a later poststop)
 * undoes exactly what was done. A failure leaves nothing behind and rethrows.
 */
export async function setUpContainerNetwork(
  request: ContainerNetworkRequest,
): Promise<NetworkRecord> {
  const network = request.network;
  if (network === "bridge" || network === "none") await assertOwnNetworkNamespace(request.pid);
  await clearLeftovers(request);
  const { pluginDir, ports } = await networkPrerequisites(request);
  const calls = network === "bridge" || network === "none" ? networkPlugins(network, ports) : [];
  let record: NetworkRecord = {
    name: request.name,
    containerId: request.containerId,
    bundleDir: request.bundleDir,
    pid: request.pid,
    network: request.network,
    ...(pluginDir === undefined ? {} : { pluginDir }),
    netns: runPath(request.name, namespacePinLeaf("net")),
    calls: [],
    results: [],
    ports,
    publish: request.publish,
  };
  try {
    await pinNamespaces(request.name, request.pid, request.bundleDir);
    await writeNetworkRecord(record);
    const chained = new Map<string, unknown>(); // network name → the last plugin's result
    for (const call of calls) {
      const network = String(call.config.name);
      const result = await invokePlugin(
        { pluginDir: pluginDir ?? "", containerId: request.containerId, netns: record.netns },
        call,
        "ADD",
        chained.get(network),
      );
      chained.set(network, result);
      record = { ...record, calls: [...record.calls, call], results: [...record.results, result] };
      await writeNetworkRecord(record);
    }
    const address = bridgeOutcome(record)?.result.ips?.[0]?.address;
    if (address !== undefined) record = { ...record, address };
    await writeNetworkRecord(record);
    await writeParkingFiles(record, request.hookArgs);
    return record;
  } catch (cause) {
    await tearDown(record).catch(() => undefined);
    throw cause;
  }
}

/**
 * Undoes what setUpContainerNetwork did for bundle `name`, if container `containerId` set it up:
 * CNI DEL in reverse order (releasing the address, the veth and the iptables rules), then the
 * pins. Every step runs even if an earlier one fails.
 */
export async function tearDownContainerNetwork(name: string, containerId: string): Promise<void> {
  const record = await readNetworkRecord(name);
  if (record !== undefined && record.containerId === containerId) await tearDown(record);
}

/**
 * Tears down bundle `name`'s network when no container uses it: parked by a restart that never
 * started again, or left by a container deleted without its poststop hook (runc delete with no
 * rbc on PATH). A network in use is left alone. Whether there was one to tear down.
 */
export async function releaseUnusedNetwork(name: string): Promise<boolean> {
  const record = await readNetworkRecord(name);
  if (record === undefined || (await stillRuns(record))) return false;
  await tearDown(record);
  return true;
}

async function tearDown(record: NetworkRecord): Promise<void> {
  const problems: string[] = [];
  for (let i = record.calls.length - 1; i >= 0; i -= 1) {
    const call = record.calls[i] as CniPluginCall;
    const runtime = {
      pluginDir: record.pluginDir ?? "",
      containerId: record.containerId,
      netns: record.netns,
    };
    await invokePlugin(runtime, call, "DEL", record.results[i]).catch((cause: unknown) => {
      problems.push(cause instanceof Error ? cause.message : String(cause));
    });
  }
  await unpinNamespaces(record.name).catch((cause: unknown) => {
    problems.push(cause instanceof Error ? cause.message : String(cause));
  });
  if (problems.length > 0) throw new NetworkSetupError(problems.join("; "));
}

/**
 * A record left by an earlier container of the same bundle: refused while that container's
 * process lives (one bundle runs once), else torn down (a crash, a `runc delete` without hooks, a
 * network parked for a restart that the launcher could not adopt, as with other ports), so its
 * address and rules do not leak.
 */
async function clearLeftovers(request: ContainerNetworkRequest): Promise<void> {
  const existing = await readNetworkRecord(request.name);
  if (existing === undefined) {
    await unpinNamespaces(request.name);
    return;
  }
  if (existing.containerId !== request.containerId && (await stillRuns(existing))) {
    throw new NetworkSetupError(
      `bundle ${request.name} is already running as container ${existing.containerId}`,
    );
  }
  await tearDown(existing);
}

/**
 * Whether the recorded container still runs: its init process exists and is still in the pinned
 * network namespace (a reused pid is some other process, in another namespace).
 */
async function stillRuns(record: NetworkRecord): Promise<boolean> {
  if (record.pid <= 0) return false;
  const [live, pinned] = await Promise.all([
    stat(`/proc/${record.pid}/ns/net`).catch(() => undefined),
    stat(record.netns).catch(() => undefined),
  ]);
  return (
    live !== undefined && pinned !== undefined && live.ino === pinned.ino && live.dev === pinned.dev
  );
}
