import type { BundleCompilation } from "../compile.ts";
import { readRunBundle, stopAndDelete, type Runc, type RunBundle } from "../run/index.ts";
import { startOrRestart } from "./containers.ts";

/** The containers `rbc watch --run` keeps running, one per bundle directory. */
export interface ContainerRuns {
  readonly isRunning: (dir: string) => boolean;
  /**
   * After a successful build (`changed`: the files it rewrote): start the bundle if it is not
   * running yet, or restart it if its config.json or rootfs.mtree changed. The rootfs is
   * materialized first when the manifest changed or rootfs/ is missing.
   */
  readonly afterBuild: (bundle: BundleCompilation, changed: readonly string[]) => Promise<void>;
  /** Stop and delete every container started here. */
  readonly stopAll: () => Promise<void>;
}

export interface ContainerRunsPorts {
  readonly log: (line: string) => void;
  readonly materialize: (bundles: readonly BundleCompilation[]) => Promise<boolean>;
  /** Absent without --run: nothing is started. */
  readonly runc?: Runc;
  /** Overrides each bundle's stop_grace_period (tests). */
  readonly graceMs?: number;
}

const restartFiles = new Set(["config.json", "rootfs.mtree"]);

export function containerRuns(ports: ContainerRunsPorts): ContainerRuns {
  // How to stop each container is taken from the config.json it was started with.
  const started = new Map<string, RunBundle>();
  const grace = ports.graceMs === undefined ? {} : { graceSeconds: ports.graceMs / 1000 };
  const stop = async (runc: Runc, dir: string): Promise<void> => {
    const running = started.get(dir);
    if (running === undefined) return;
    await stopAndDelete(runc, running, grace);
    started.delete(dir);
  };

  const afterBuild = async (
    bundle: BundleCompilation,
    changed: readonly string[],
  ): Promise<void> => {
    const { runc } = ports;
    const dir = bundle.dir;
    const running = started.has(dir);
    if (runc === undefined || (running && !changed.some((f) => restartFiles.has(f)))) return;
    const verb = running ? "restarted" : "started";
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
        const kept = running ? "; the old container keeps running" : "";
        ports.log(`${dir}: not ${verb}: rootfs/ was not materialized${kept}`);
        return;
      }
    }
    const previous = started.get(dir);
    started.delete(dir);
    const result = await startOrRestart(runc, dir, previous, step);
    if ("problem" in result) {
      // A stop that failed leaves the old container: keep it, so Ctrl+C still stops it.
      if (previous !== undefined && (await runc.state(previous.id)) !== undefined) {
        started.set(dir, previous);
      }
      ports.log(`${dir}: not started: ${result.problem}`);
      return;
    }
    started.set(dir, result);
    ports.log(`${dir}: ${verb} ${result.id} in ${Date.now() - began} ms (${steps.join(", ")})`);
  };

  return {
    isRunning: (dir) => started.has(dir),
    afterBuild,
    stopAll: async () => {
      const { runc } = ports;
      if (runc === undefined) return;
      for (const dir of [...started.keys()]) {
        await stop(runc, dir).catch((cause: unknown) => {
          ports.log(`${dir}: error: ${cause instanceof Error ? cause.message : String(cause)}`);
        });
      }
    },
  };
}
