import {
  readRunBundle,
  startDetached as startBundle,
  stopAndDelete as stopBundle,
  type Runc,
} from "../run/index.ts";

/**
 * Start a compiled bundle detached as `rbc-<name>`, as `rbc run -d` does. Returns the container
 * id, or why it was not started (the watch goes on either way).
 */
export async function startDetached(
  runc: Runc,
  dir: string,
): Promise<{ id: string } | { problem: string }> {
  const bundle = await readRunBundle(dir);
  if (bundle === undefined) return { problem: "no config.json" };
  if (bundle.terminal) return { problem: "process.terminal is true; cannot run detached" };
  if (!bundle.rootfsPresent) return { problem: "rootfs/ is missing" };
  try {
    await startBundle(runc, bundle);
  } catch (cause) {
    return { problem: cause instanceof Error ? cause.message : String(cause) };
  }
  return { id: bundle.id };
}

/**
 * Stop a container as `rbc stop` does: its stop signal, the grace period (`graceMs`, else the
 * bundle's stop_grace_period), SIGKILL, delete.
 */
export async function stopAndDelete(
  runc: Runc,
  id: string,
  signal: string,
  graceMs?: number,
  dir?: string,
): Promise<void> {
  const bundle = dir === undefined ? undefined : await readRunBundle(dir);
  await stopBundle(
    runc,
    {
      id,
      stopSignal: signal,
      stopTimeout: bundle?.stopTimeout ?? 10,
      networkHook: bundle?.networkHook,
    },
    graceMs === undefined ? {} : { graceSeconds: graceMs / 1000 },
  );
}
