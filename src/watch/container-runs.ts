import type { BundleCompilation } from "../compile.ts";
import { readRunBundle, type Runc } from "../run/index.ts";
import { startDetached, stopAndDelete } from "./containers.ts";

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
  readonly graceMs?: number;
}

const restartFiles = new Set(["config.json", "rootfs.mtree"]);

export function containerRuns(ports: ContainerRunsPorts): ContainerRuns {
  // How to stop each container is taken from the config.json it was started with.
  const started = new Map<
    string,
    { readonly id: string; readonly signal: string; readonly graceMs: number }
  >();
  const stop = async (runc: Runc, dir: string): Promise<void> => {
    const running = started.get(dir);
    if (running === undefined) return;
    await stopAndDelete(runc, running.id, running.signal, ports.graceMs ?? running.graceMs, dir);
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
    if (running) await step("stop", () => stop(runc, dir));
    const config = await readRunBundle(dir);
    const result = await step("start", () => startDetached(runc, dir));
    if ("problem" in result) {
      ports.log(`${dir}: not started: ${result.problem}`);
      return;
    }
    const signal = config?.stopSignal ?? "TERM";
    started.set(dir, { id: result.id, signal, graceMs: (config?.stopTimeout ?? 10) * 1000 });
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
