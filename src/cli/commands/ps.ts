import { CONTAINER_ID_PREFIX, findRunc, runcAdapter } from "../../run/index.ts";
import { exitCodes } from "../report.ts";
import type { Terminal } from "../terminal.ts";

/** `rbc ps`: runc's containers whose id starts with `rbc-`, with bundle, status and pid. */
export async function psCommand(
  flags: { json: boolean; runc: string | undefined },
  terminal: Terminal,
): Promise<number> {
  const runc = runcAdapter(await findRunc(flags.runc));
  const containers = (await runc.list())
    .filter((c) => c.id.startsWith(CONTAINER_ID_PREFIX))
    .sort((a, b) => a.id.localeCompare(b.id));
  if (flags.json) {
    const rows = containers.map(({ id, bundle, status, pid }) => ({ id, bundle, status, pid }));
    terminal.out(`${JSON.stringify(rows, null, 2)}\n`);
    return exitCodes.ok;
  }
  const rows = [
    ["ID", "STATUS", "PID", "BUNDLE"],
    ...containers.map((c) => [c.id, c.status, String(c.pid), c.bundle]),
  ];
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => (row[i] ?? "").length)));
  for (const row of rows) {
    const cells = row.map((cell, i) => (i < 3 ? cell.padEnd(widths[i] ?? 0) : cell));
    terminal.out(`${cells.join("  ")}\n`);
  }
  return exitCodes.ok;
}
