import { spawn } from "node:child_process";
import { access, rm, writeFile } from "node:fs/promises";
import { pinNamespaces, unpinNamespace } from "./namespace-pins.ts";
import { NetworkSetupError } from "./network-errors.ts";
import { writeNetworkRecord, type NetworkRecord } from "./network-record.ts";
import { runPath } from "./run-dir.ts";

/**
 * A restart keeps the bundle's network: rbc watch marks the bundle before it stops the container,
 * the poststop hook then parks the network (the pinned namespace keeps the interface, its address
 * lease and its iptables rules) instead of deleting it, and the next container's create-runtime
 * hook moves the interface into its own namespace. CNI DEL and ADD (about half a second of plugin
 * runs and iptables calls) leave the restart; what the network looks like from outside does not
 * change, as the address stays the same.
 */
const restartMarker = "restarting";

/** Marks bundle `name` as about to restart (its poststop parks rather than tears down). */
export async function markRestart(name: string): Promise<void> {
  await writeFile(runPath(name, restartMarker), "").catch(() => undefined);
}

/** Takes the mark back (the restart did not happen). */
export async function clearRestartMark(name: string): Promise<void> {
  await rm(runPath(name, restartMarker), { force: true });
}

export async function isMarkedForRestart(name: string): Promise<boolean> {
  return access(runPath(name, restartMarker)).then(
    () => true,
    () => false,
  );
}

/** Parks a stopped container's network: keeps the network namespace pin, drops the others. */
export async function parkNetwork(record: NetworkRecord): Promise<void> {
  await unpinNamespace(record.name, "ipc");
  await unpinNamespace(record.name, "pid");
  await writeNetworkRecord({ ...record, pid: 0, parked: true });
  await clearRestartMark(record.name);
}

/** Whether a parked network serves a new container as it is: same mode, same published ports. */
export function canAdopt(
  record: NetworkRecord,
  request: { network: string; publish: readonly string[] },
): boolean {
  return (
    record.parked === true &&
    record.network === "bridge" &&
    request.network === "bridge" &&
    JSON.stringify(record.publish) === JSON.stringify(request.publish)
  );
}

/**
 * Moves the parked interface into the new container's network namespace and gives it back the
 * address and routes the bridge plugin gave it (moving an interface drops them), brings loopback
 * up as the loopback plugin would, then pins the new namespaces in place of the parked one.
 */
export async function adoptParkedNetwork(
  record: NetworkRecord,
  pid: number,
  bundleDir: string,
): Promise<NetworkRecord> {
  const bridge = bridgeResult(record);
  if (bridge === undefined) throw new NetworkSetupError("the parked network has no bridge result");
  await run("nsenter", [
    `--net=${record.netns}`,
    "ip",
    "link",
    "set",
    "dev",
    bridge.ifName,
    "netns",
    String(pid),
  ]);
  const commands = [
    "link set dev lo up",
    ...bridge.addresses.map((address) => `addr add ${address} dev ${bridge.ifName}`),
    `link set dev ${bridge.ifName} up`,
    ...bridge.routes.map((route) => `route add ${route.dst} via ${route.gw} dev ${bridge.ifName}`),
  ];
  await run(
    "nsenter",
    [`--net=/proc/${pid}/ns/net`, "ip", "-batch", "-"],
    `${commands.join("\n")}\n`,
  );
  await unpinNamespace(record.name, "net");
  await pinNamespaces(record.name, pid, bundleDir);
  const adopted: NetworkRecord = { ...record, pid, parked: false };
  await writeNetworkRecord(adopted);
  return adopted;
}

interface BridgeSetup {
  readonly ifName: string;
  readonly addresses: string[];
  readonly routes: { dst: string; gw: string }[];
}

/** The container interface, its addresses and routes, from the bridge plugin's ADD result. */
function bridgeResult(record: NetworkRecord): BridgeSetup | undefined {
  const index = record.calls.findIndex((call) => call.type === "bridge");
  const call = record.calls[index];
  const result = record.results[index] as
    | {
        interfaces?: { name?: string; sandbox?: string }[];
        ips?: { address?: string; gateway?: string; interface?: number }[];
        routes?: { dst?: string; gw?: string }[];
      }
    | undefined;
  if (call === undefined || result === undefined) return undefined;
  const ips = result.ips ?? [];
  const gateway = ips.find((ip) => ip.gateway !== undefined)?.gateway;
  return {
    ifName: call.ifName,
    addresses: ips.flatMap((ip) => (ip.address === undefined ? [] : [ip.address])),
    routes: (result.routes ?? []).flatMap((route) => {
      const gw = route.gw ?? gateway;
      return route.dst === undefined || gw === undefined ? [] : [{ dst: route.dst, gw }];
    }),
  };
}

function run(command: string, args: readonly string[], input = ""): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, [...args], { stdio: ["pipe", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", fail);
    child.on("close", (code) => {
      if (code === 0) done();
      else
        fail(
          new NetworkSetupError(
            `${command} ${args.join(" ")}: ${stderr.trim() || `exit ${String(code)}`}`,
          ),
        );
    });
    child.stdin.end(input);
  });
}
