import { stat } from "node:fs/promises";
import { NetworkSetupError } from "../errors/index.ts";

/**
 * Refuses to configure a container's network when the container shares the network namespace
 * the hook runs in: runc runs createRuntime hooks in the runtime namespace (the host's, under
 * `rbc run`), so a config.json without its own network namespace (a patch removed it) would have
 * the CNI plugins add an interface, an address and routes to the host itself, and a rollback take
 * the host's links down. config.json is editable; the hook checks reality, not its arguments.
 */
export async function assertOwnNetworkNamespace(pid: number): Promise<void> {
  const [container, runtime] = await Promise.all([
    namespaceOf(`/proc/${pid}/ns/net`),
    namespaceOf("/proc/self/ns/net"),
  ]);
  if (container.dev === runtime.dev && container.ino === runtime.ino) {
    throw new NetworkSetupError(
      `container process ${pid} shares the network namespace rbc runs in: its config.json has no network namespace of its own (did a patch remove it?); refusing to configure it`,
    );
  }
}

async function namespaceOf(path: string): Promise<{ dev: number; ino: number }> {
  try {
    const { dev, ino } = await stat(path);
    return { dev, ino };
  } catch (cause) {
    throw new NetworkSetupError(`cannot read ${path}: ${String(cause)}`, { cause });
  }
}
