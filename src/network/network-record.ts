import { readdir, readFile, rename, writeFile } from "node:fs/promises";
import type { CniPluginCall, CniPortMapping } from "./cni-network.ts";
import { NETWORK_RECORD_FILE, parkingFiles, RUN_ROOT, runPath } from "../contract/index.ts";

/**
 * What the create-runtime hook set up for a running bundle, kept in /run/rbc/<id>/network.json:
 * poststop tears down exactly this (the same plugin configurations and results), whatever the
 * bundle's config.json says by then, and port checks read the other bundles' ports from it.
 */
export interface NetworkRecord {
  /** The bundle's container id (its `/run/rbc/<id>/`), as its hooks' arguments name it. */
  readonly name: string;
  /** The runc id of the container that set it up (the same, unless run with plain runc). */
  readonly containerId: string;
  /** The bundle directory the container runs, as runc reports it. */
  readonly bundleDir?: string;
  readonly pid: number;
  readonly network: string;
  readonly pluginDir?: string;
  readonly netns: string;
  readonly calls: readonly CniPluginCall[];
  /** Each call's ADD result, in order; DEL hands each plugin its own as prevResult. */
  readonly results: readonly unknown[];
  readonly ports: readonly CniPortMapping[];
  /** The `--publish` arguments the ports were allocated from. */
  readonly publish: readonly string[];
  /** The container's address on the rbc network (`10.87.0.2/16`), when it has one. */
  readonly address?: string;
}

export async function writeNetworkRecord(record: NetworkRecord): Promise<void> {
  const path = runPath(record.name, NETWORK_RECORD_FILE);
  await writeFile(`${path}.tmp`, `${JSON.stringify(record, null, 2)}\n`);
  await rename(`${path}.tmp`, path);
}

/**
 * The record of bundle `name`, or undefined when it has none (not running, or never set up). The
 * pid is the adopting container's when a restart kept the network (parked-network.ts).
 */
export async function readNetworkRecord(name: string): Promise<NetworkRecord | undefined> {
  let record: NetworkRecord;
  try {
    record = JSON.parse(
      await readFile(runPath(name, NETWORK_RECORD_FILE), "utf8"),
    ) as NetworkRecord;
  } catch {
    return undefined;
  }
  const adopted = await readFile(runPath(name, parkingFiles.pid), "utf8").catch(() => "");
  return /^\d+\n?$/.test(adopted) ? { ...record, pid: Number.parseInt(adopted, 10) } : record;
}

/** Every running bundle's record. */
export async function readNetworkRecords(): Promise<NetworkRecord[]> {
  const entries = await readdir(RUN_ROOT).catch(() => [] as string[]);
  // Dot entries are rbc's own (the IPAM leases), not bundles.
  const names = entries.filter((entry) => !entry.startsWith("."));
  const records = await Promise.all(names.map((name) => readNetworkRecord(name)));
  return records.filter((record): record is NetworkRecord => record !== undefined);
}
