import { readNetworkRecords, type NetworkRecord, hostBinding } from "../../network/index.ts";
import { CONTAINER_ID_ANNOTATION } from "../../contract/index.ts";
import { CONTAINER_ID_PREFIX } from "../../identity/index.ts";
import { findRunc, runcAdapter, type Runc } from "../../run/index.ts";
import { exitCodes } from "../report.ts";
import type { Terminal } from "../terminal.ts";

/**
 * `rbc ps`: rbc's runc containers (config.json's `rbc.container-id` names them, or, started by an
 * older rbc, their id starts with `rbc-`), with status, pid, network address, published ports
 * (`127.0.0.1:8080->80/tcp`, as docker ps) and the bundle directory each runs from, which tells
 * apart same-named bundles of two repositories.
 */
export async function psCommand(
  flags: { json: boolean; runc: string | undefined },
  terminal: Terminal,
): Promise<number> {
  const containers = await listContainers(runcAdapter(await findRunc(flags.runc)));
  if (flags.json) {
    terminal.out(`${JSON.stringify(containers, null, 2)}\n`);
    return exitCodes.ok;
  }
  const rows = [
    ["ID", "STATUS", "PID", "ADDRESS", "PORTS", "BUNDLE"],
    ...containers.map((c) => [
      c.id,
      c.status,
      String(c.pid),
      c.address === "" ? c.network : c.address,
      c.ports.join(","),
      c.bundle,
    ]),
  ];
  const last = 5;
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? "").length)));
  for (const row of rows) {
    const cells = row.map((cell, i) => (i < last ? cell.padEnd(widths?.[i] ?? 0) : cell));
    terminal.out(`${cells.join("  ")}\n`);
  }
  return exitCodes.ok;
}

/** rbc's containers, by id, each with the network its hook recorded. */
async function listContainers(runc: Runc) {
  const records = new Map(
    (await readNetworkRecords()).map((record) => [record.containerId, record]),
  );
  return (await runc.list())
    .filter(
      (c) =>
        c.annotations[CONTAINER_ID_ANNOTATION] === c.id || c.id.startsWith(CONTAINER_ID_PREFIX),
    )
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(({ id, bundle, status, pid }) => {
      const record = records.get(id);
      return {
        id,
        bundle,
        status,
        pid,
        network: record?.network ?? "",
        address: record?.address ?? "",
        ports: (record?.ports ?? []).map(publishedPort),
      };
    });
}

function publishedPort(port: NetworkRecord["ports"][number]): string {
  return `${hostBinding(port)}->${port.containerPort}/${port.protocol}`;
}
