import type { BundleCompilation } from "../compile.ts";
import { readRunBundle, stopAndDelete, type Runc, type RunBundle } from "../run/index.ts";
import { startOrRestart } from "./containers.ts";

/** The bundles' containers rbc watch restarts (and, with --run, starts), one per directory. */
export interface ContainerRuns {
  readonly isRunning: (dir: string) => boolean;
  /**
   * Before a rebuild writes its files: the bundle's running container as its current config.json
   * describes it (how to stop it), if one runs, started here or by `rbc run -d`.
   */
  readonly runningBefore: (dir: string) => Promise<RunBundle | undefined>;
  /**
   * After a successful build (`changed`: the files it rewrote): restart the running container if
   * its config.json or rootfs.mtree changed, or with --run start the bundle if it is not running.
   * The rootfs is materialized first when the manifest changed or rootfs/ is missing.
   */
  readonly afterBuild: (
    bundle: BundleCompilation,
    changed: readonly string[],
    running: RunBundle | undefined,
  ) => Promise<void>;
  /** Stop and delete every container --run started here (ones started by others keep running). */
  readonly stopAll: () => Promise<void>;
}

export interface ContainerRunsPorts {
  readonly log: (line: string) => void;
  readonly materialize: (bundles: readonly BundleCompilation[]) => Promise<boolean>;
  /** Absent when runc is not available: nothing is started or restarted. */
  readonly runc?: Runc;
  /** --run: start every bundle, and stop them at the end. */
  readonly startAll?: boolean;
  /** Overrides each bundle's stop_grace_period (tests). */
  readonly graceMs?: number;
}

const restartFiles = new Set(["config.json", "rootfs.mtree"]);

export function containerRuns(ports: ContainerRunsPorts): ContainerRuns {
  // How to stop each container is taken from the config.json it was started with.
  const started = new Map<string, RunBundle>(); // by this watch (--run): stopped at the end
  const others = new Map<string, RunBundle>(); // by rbc run -d, restarted here: left running
  const grace = ports.graceMs === undefined ? {} : { graceSeconds: ports.graceMs / 1000 };

  const runningBefore = async (dir: string): Promise<RunBundle | undefined> => {
    const known = started.get(dir) ?? others.get(dir);
    if (known !== undefined || ports.runc === undefined) return known;
    const bundle = await readRunBundle(dir);
    if (bundle === undefined) return undefined;
    const state = await ports.runc.state(bundle.id);
    const live = state?.status === "running" || state?.status === "paused";
    return live && state.bundle === bundle.dir ? bundle : undefined;
  };

  const afterBuild = async (
    bundle: BundleCompilation,
    changed: readonly string[],
    previous: RunBundle | undefined,
  ): Promise<void> => {
    const { runc } = ports;
    const dir = bundle.dir;
    if (runc === undefined) return;
    if (previous === undefined && ports.startAll !== true) return;
    if (previous !== undefined && !changed.some((f) => restartFiles.has(f))) return;
    const verb = previous === undefined ? "started" : "restarted";
    const began = Date.now();
    const steps: string[] = [];
    const step = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
      const stepBegan = Date.now();
      const result = await work();
      steps.push(`${name} ${Date.now() - stepBegan} ms`);
      return result;
    };
    const present = (await readRunBundle(dir))?.rootfsPresent === true;
    if (changed.includes("rootfs.mtree") || !present) {
      if (!(await step("rootfs", () => ports.materialize([bundle])))) {
        const kept = previous === undefined ? "" : "; the old container keeps running";
        ports.log(`${dir}: not ${verb}: rootfs/ was not materialized${kept}`);
        return;
      }
    }
    const owners =
      others.has(dir) || (previous !== undefined && !started.has(dir)) ? others : started;
    owners.delete(dir);
    const result = await startOrRestart(runc, dir, previous, step);
    if ("problem" in result) {
      // A stop that failed leaves the old container: keep it, so Ctrl+C still stops it.
      if (previous !== undefined && (await runc.state(previous.id)) !== undefined) {
        owners.set(dir, previous);
      }
      ports.log(`${dir}: not ${verb}: ${result.problem}`);
      return;
    }
    owners.set(dir, result);
    ports.log(`${dir}: ${verb} ${result.id} in ${Date.now() - began} ms (${steps.join(", ")})`);
  };

  return {
    isRunning: (dir) => started.has(dir) || others.has(dir),
    runningBefore,
    afterBuild,
    stopAll: async () => {
      const { runc } = ports;
      if (runc === undefined) return;
      for (const [dir, running] of [...started]) {
        await stopAndDelete(runc, running, grace).catch((cause: unknown) => {
          ports.log(`${dir}: error: ${cause instanceof Error ? cause.message : String(cause)}`);
        });
        started.delete(dir);
      }
    },
  };
}
