import type { MaterializeOutcome } from "../materialize-bundles.ts";
import { note, paint, type Terminal } from "./terminal.ts";

/**
 * Print each bundle's materialization as it completes (stderr): its warnings and a check mark, or
 * why its rootfs/ was not materialized. Returns whether every bundle succeeded.
 */
export async function printMaterialized(
  terminal: Terminal,
  outcomes: AsyncIterable<MaterializeOutcome>,
): Promise<boolean> {
  let ok = true;
  for await (const outcome of outcomes) {
    if (outcome.status === "failed") {
      const line = `${outcome.dir}: error: rootfs not materialized: ${outcome.message}`;
      terminal.err(`${paint(terminal, "red", line)}\n`);
      ok = false;
      continue;
    }
    for (const warning of outcome.warnings) terminal.err(`${outcome.dir}: warning: ${warning}\n`);
    note(
      terminal,
      `${paint(terminal, "green", "✓")} ${outcome.dir}: rootfs/ materialized and verified\n`,
    );
  }
  return ok;
}
