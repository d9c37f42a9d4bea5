import type { BundleCompilation } from "../compile.ts";
import {
  readRunBundle,
  restartInterrupted,
  runningContainer,
  stopAndDelete,
  type Runc,
} from "../run/index.ts";
import { startOrRestart, type RunningBundle } from "./containers.ts";

/** The bundles' containers rbc watch restarts (and, with --run, starts), one per directory. */
export interface ContainerRuns {
  readonly isRunning: (dir: string) => boolean;
  /**
   * Before a rebuild writes its files: the bundle's running container as its current config.json
   * describes it (how to stop it), if one runs, started here or by `rbc run -d`.
   */
  readonly runningBefore: (dir: string) => Promise<RunningBundle | undefined>;
  /**
   * After a successful build (`changed`: the files it rewrote): restart the running container if
   * its config.json or rootfs.mtree changed, or with --run start the bundle if it is not running.
   * The rootfs is materialized first when the manifest changed or rootfs/ is missing.
   */
  readonly afterBuild: (
    bundle: BundleCompilation,
    changed: readonly string[],
    running: RunningBundle | undefined,
  ) => Promise<void>;
  /** Stop and delete every container --run started here (ones started by others keep running). */
  readonly stopAll: () => Promise<void>;
}

/**
 * What the checks before a start or restart found (rbc run's, src/run-preflight.ts): go on, with
 * what to do once the old container is stopped; or why not; or that the rootfs differs from
 * rootfs.mtree and must be materialized again first.
 */
export type StartCheck =
  | { readonly go: true; readonly afterStop: () => Promise<void> }
  | { readonly go: false; readonly problem: string }
  | { readonly go: false; readonly rematerialize: true };

export interface ContainerRunsPorts {
  readonly log: (line: string) => void;
  readonly materialize: (bundles: readonly BundleCompilation[]) => Promise<boolean>;
  /**
   * Checks a bundle before it starts, right after its build wrote its files (so they need no
   * compiling again; `rootfsFresh`: its rootfs was materialized just now, so verified already),
   * and readies its volumes. Absent: nothing is checked.
   */
  readonly check?: (
    bundle: Pick<BundleCompilation, "dir" | "overlay">,
    rootfsFresh: boolean,
  ) => Promise<StartCheck>;
  /** Absent when runc is not available: nothing is started or restarted. */
  readonly runc?: Runc;
  /** --run: start every bundle, and stop them at the end. */
  readonly startAll?: boolean;
  /** Overrides each bundle's stop_grace_period (tests). */
  readonly graceMs?: number;
}

const restartFiles = new Set(["config.json", "rootfs.mtree"]);

/** Runs one step of a start or restart (rootfs, stop, start). */
type Step = <T>(name: string, work: () => Promise<T>) => Promise<T>;

/**
 * Who started each container rbc watch knows of, by bundle directory, which decides who stops it.
 * How to stop each one is taken from the config.json it was started with.
 */
interface Owners {
  /** Started by this watch (--run): stopped at the end. */
  readonly started: Map<string, RunningBundle>;
  /** Started by rbc run -d and restarted here: left running. */
  readonly others: Map<string, RunningBundle>;
}

export function containerRuns(ports: ContainerRunsPorts): ContainerRuns {
  const owners: Owners = { started: new Map(), others: new Map() };
  return {
    isRunning: (dir) => owners.started.has(dir) || owners.others.has(dir),
    runningBefore: (dir) => runningBefore(dir, owners, ports.runc),
    afterBuild: (bundle, changed, previous) => afterBuild(bundle, changed, previous, owners, ports),
    stopAll: () => stopStarted(owners, ports),
  };
}

async function runningBefore(
  dir: string,
  owners: Owners,
  runc: Runc | undefined,
): Promise<RunningBundle | undefined> {
  const known = owners.started.get(dir) ?? owners.others.get(dir);
  if (known !== undefined || runc === undefined) return known;
  return runningContainer(runc, dir);
}

async function afterBuild(
  bundle: BundleCompilation,
  changed: readonly string[],
  previous: RunningBundle | undefined,
  owners: Owners,
  ports: ContainerRunsPorts,
): Promise<void> {
  const { runc } = ports;
  if (runc === undefined || !wantsRun(changed, previous, ports)) return;
  const dir = bundle.dir;
  const verb = previous === undefined ? "started" : "restarted";
  const began = Date.now();
  const timed = timedSteps();
  const kept = previous === undefined ? "" : "; the old container keeps running";
  const checked = await checkedStart(bundle, changed, timed.step, ports);
  if (!checked.go) {
    ports.log(`${dir}: not ${verb}: ${checked.problem}${kept}`);
    return;
  }
  const owner = ownerOf(dir, previous, owners);
  owner.delete(dir);
  const warn = (message: string): void => {
    ports.log(`${dir}: warning: ${message}`);
  };
  const result = await startOrRestart(runc, dir, previous, timed.step, checked.afterStop, warn);
  if ("problem" in result) {
    // A stop that failed leaves the old container: keep it, so Ctrl+C still stops it.
    if (previous !== undefined && (await runc.state(previous.id)) !== undefined) {
      owner.set(dir, previous);
    }
    ports.log(`${dir}: not ${verb}: ${result.problem}`);
    return;
  }
  owner.set(dir, result);
  ports.log(`${dir}: ${verb} ${result.id} in ${Date.now() - began} ms (${timed.steps.join(", ")})`);
}

/**
 * A running container restarts when what it runs changed, or when an rbc died restarting it (it
 * may run the config.json from before); with --run, a stopped bundle starts.
 */
function wantsRun(
  changed: readonly string[],
  previous: RunningBundle | undefined,
  ports: ContainerRunsPorts,
): boolean {
  if (previous === undefined) return ports.startAll === true;
  return changed.some((f) => restartFiles.has(f)) || restartInterrupted(previous);
}

/** A step runner that records how long each step took (`rootfs 812 ms`), for the log line. */
function timedSteps(): { step: Step; steps: readonly string[] } {
  const steps: string[] = [];
  const step: Step = async (name, work) => {
    const began = Date.now();
    const result = await work();
    steps.push(`${name} ${Date.now() - began} ms`);
    return result;
  };
  return { step, steps };
}

/**
 * Materializes rootfs/ when the manifest changed or rootfs/ is missing, then checks the bundle
 * (ports.check). A rootfs that differs from rootfs.mtree (a file a container or anyone changed)
 * is materialized again from the image, as a restart gives the new container the image's tree
 * the way Docker's fresh read-write layer does; the differences were printed. A stale bundle, or
 * a rootfs that cannot be materialized, is not started: the old container keeps running.
 */
async function checkedStart(
  bundle: BundleCompilation,
  changed: readonly string[],
  step: Step,
  ports: ContainerRunsPorts,
): Promise<{ go: true; afterStop: () => Promise<void> } | { go: false; problem: string }> {
  const materialize = () => step("rootfs", () => ports.materialize([bundle]));
  const notMaterialized = { go: false, problem: "rootfs/ was not materialized" } as const;
  const present = (await readRunBundle(bundle.dir))?.rootfsPresent === true;
  const fresh = changed.includes("rootfs.mtree") || !present;
  if (fresh && !(await materialize())) return notMaterialized;
  const check = ports.check ?? (() => Promise.resolve({ go: true, afterStop: nothing }));
  let checked = await check(bundle, fresh);
  if ("rematerialize" in checked) {
    if (!(await materialize())) return notMaterialized;
    checked = await check(bundle, true);
  }
  if ("rematerialize" in checked) return notMaterialized;
  return checked;
}

const nothing = (): Promise<void> => Promise.resolve();

/** A container someone else started stays theirs across restarts; all others are this watch's. */
function ownerOf(
  dir: string,
  previous: RunningBundle | undefined,
  owners: Owners,
): Map<string, RunningBundle> {
  const others = owners.others.has(dir) || (previous !== undefined && !owners.started.has(dir));
  return others ? owners.others : owners.started;
}

async function stopStarted(owners: Owners, ports: ContainerRunsPorts): Promise<void> {
  const { runc } = ports;
  if (runc === undefined) return;
  const grace = ports.graceMs === undefined ? {} : { graceSeconds: ports.graceMs / 1000 };
  for (const [dir, running] of [...owners.started]) {
    await stopAndDelete(runc, running, grace).catch((cause: unknown) => {
      ports.log(`${dir}: error: ${cause instanceof Error ? cause.message : String(cause)}`);
    });
    owners.started.delete(dir);
  }
}
