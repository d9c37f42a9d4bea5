import {
  type InitProcess,
  readRunBundle,
  restartDetached,
  startDetached,
  type RestartStep,
  type Runc,
  type RunBundle,
} from "../run/index.ts";

/** A bundle that rbc watch can run detached, or why it cannot (the watch goes on either way). */
export async function runnableBundle(dir: string): Promise<RunBundle | { problem: string }> {
  const bundle = await readRunBundle(dir);
  if (bundle === undefined) return { problem: "no config.json" };
  if (bundle.terminal) return { problem: "process.terminal is true; cannot run detached" };
  if (!bundle.rootfsPresent) return { problem: "rootfs/ is missing" };
  return bundle;
}

/** A bundle whose container runs, with its init process when this watch started it. */
export type RunningBundle = RunBundle & { readonly init?: InitProcess | undefined };

/**
 * Starts the bundle in `dir` detached as `rbc run -d` does, or restarts `running` with it as
 * run/restartDetached does (keeping its network); the started bundle, or why it was not started.
 * `afterStop` runs once no container of the bundle runs, before the new one starts.
 */
export async function startOrRestart(
  runc: Runc,
  dir: string,
  running: RunningBundle | undefined,
  step: RestartStep,
  afterStop: () => Promise<void> = () => Promise.resolve(),
  warn?: (message: string) => void,
): Promise<RunningBundle | { problem: string }> {
  const next = await runnableBundle(dir);
  if ("problem" in next) return next;
  const launch = warn === undefined ? {} : { warn };
  try {
    const init =
      running === undefined
        ? await step("start", async () => {
            await afterStop();
            return startDetached(runc, next, launch);
          })
        : await restartDetached(runc, running, next, { step, afterStop, ...launch });
    return { ...next, init };
  } catch (cause) {
    return { problem: cause instanceof Error ? cause.message : String(cause) };
  }
}
