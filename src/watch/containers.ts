import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { readRunBundle, waitStopped, type Runc } from "../run/index.ts";

/**
 * Start a compiled bundle detached as `rbc-<name>`, its output appended to `<bundle>/.rbc/run.log`.
 * A stopped leftover with the same id is deleted first. Returns the container id, or a reason.
 */
export async function startDetached(
  runc: Runc,
  dir: string,
): Promise<{ id: string } | { problem: string }> {
  const bundle = await readRunBundle(dir);
  if (bundle === undefined) return { problem: "no config.json" };
  if (bundle.terminal) return { problem: "process.terminal is true; cannot run detached" };
  if (!bundle.rootfsPresent) return { problem: "rootfs/ is missing" };
  const existing = await runc.state(bundle.id);
  if (existing !== undefined) {
    if (existing.status !== "stopped") return { problem: `${bundle.id} is already running` };
    await runc.delete(bundle.id, { force: true });
  }
  const logDir = join(bundle.dir, ".rbc");
  await mkdir(logDir, { recursive: true });
  await runc.runDetached(bundle.dir, bundle.id, join(logDir, "run.log"));
  return { id: bundle.id };
}

/** Stop a container as `rbc stop` does: its stop signal, the grace period, SIGKILL, delete. */
export async function stopAndDelete(
  runc: Runc,
  id: string,
  signal: string,
  graceMs: number,
): Promise<void> {
  const state = await runc.state(id);
  if (state === undefined) return;
  if (state.status === "running") {
    await runc.kill(id, signal).catch(() => undefined);
    if (!(await waitStopped(runc, id, graceMs))) {
      await runc.kill(id, "KILL").catch(() => undefined);
      await waitStopped(runc, id, 5000);
    }
  }
  await runc.delete(id, { force: true });
}
