import { readFile, realpath, stat } from "node:fs/promises";
import { isAbsolute, join, resolve } from "node:path";
import { completePendingWrite } from "../bundle-journal.ts";
import { bundleLocation } from "../bundle-location.ts";
import {
  CONTAINER_ID_ANNOTATION,
  readNetworkHook,
  ROOTFS_PATH,
  RUN_ROOT,
  STOP_TIMEOUT_ANNOTATION,
  type NetworkHookRequest,
} from "../contract/index.ts";
import type { OciHooks, OciMount } from "../spec/index.ts";
import { legacyContainerId } from "./container-id.ts";
import { stopSignal } from "./stop-signal.ts";

/** What running a compiled bundle needs from its directory and config.json. */
export interface RunBundle {
  /** The bundle directory, its real path (runc records that as the container's bundle). */
  readonly dir: string;
  /**
   * The runc container id, as the build decided it (config.json's `rbc.container-id`); a bundle
   * built before bundles had one runs as `rbc-<directory name>`, as it did.
   */
  readonly id: string;
  /** The root filesystem directory config.json names (`root.path`), absolute. */
  readonly rootfs: string;
  readonly rootfsPresent: boolean;
  /** `process.terminal`: runc then needs a console socket, which detached runs do not provide. */
  readonly terminal: boolean;
  /** The signal `rbc stop` sends first, as runc kill takes it. */
  readonly stopSignal: string;
  /** Seconds `rbc stop` waits after the stop signal (stop_grace_period; Docker's default 10). */
  readonly stopTimeout: number;
  /** What its create-runtime hook sets up; undefined for a config.json without rbc's hook. */
  readonly networkHook: NetworkHookRequest | undefined;
  /** Bundle-relative bind sources runc needs to exist (the `shm` of a shareable IPC namespace). */
  readonly bindDirs: readonly string[];
  /**
   * The container ids of the bundles it joins (`container:NAME` modes): their namespaces must be
   * pinned by a run.
   */
  readonly joins: readonly string[];
}

// Docker's default grace period for `docker stop` (container.DefaultStopTimeout).
const defaultStopTimeout = 10;

/** Read a compiled bundle; undefined when the directory has no config.json (not built yet). */
export async function readRunBundle(path: string): Promise<RunBundle | undefined> {
  const dir = await realpath(resolve(path)).catch(() => resolve(path));
  await completePendingWrite(dir);
  let text: string;
  try {
    text = await readFile(join(dir, "config.json"), "utf8");
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw cause;
  }
  const config = JSON.parse(text) as {
    root?: { path?: string };
    process?: { terminal?: boolean };
    annotations?: Record<string, string>;
    hooks?: OciHooks;
    mounts?: OciMount[];
    linux?: { namespaces?: { type: string; path?: string }[] };
  };
  const rootPath = config.root?.path ?? ROOTFS_PATH;
  const rootfs = isAbsolute(rootPath) ? rootPath : join(dir, rootPath);
  return {
    dir,
    id:
      config.annotations?.[CONTAINER_ID_ANNOTATION] ?? legacyContainerId(bundleLocation(dir).name),
    rootfs,
    rootfsPresent: await stat(rootfs).then(
      (s) => s.isDirectory(),
      () => false,
    ),
    terminal: config.process?.terminal === true,
    stopSignal: stopSignal(config.annotations),
    stopTimeout: stopTimeout(config.annotations?.[STOP_TIMEOUT_ANNOTATION]),
    networkHook: readNetworkHook(config.hooks),
    bindDirs: (config.mounts ?? [])
      .filter((m) => m.type === "bind" && m.source === "shm")
      .map((m) => join(dir, m.source)),
    joins: joinedBundles(config.linux?.namespaces ?? []),
  };
}

/** `/run/rbc/<id>/ns/<type>`, where `rbc run` pins a running bundle's namespaces. */
const pinnedNamespacePath = new RegExp(`^${RUN_ROOT}/([^/]+)/ns/[a-z]+$`);

/** The ids of `/run/rbc/<id>/ns/*` namespace paths, each once. */
function joinedBundles(namespaces: readonly { path?: string }[]): string[] {
  const names = namespaces.flatMap((ns) => {
    const name = pinnedNamespacePath.exec(ns.path ?? "")?.[1];
    return name === undefined ? [] : [name];
  });
  return [...new Set(names)];
}

function stopTimeout(annotation: string | undefined): number {
  const seconds = annotation === undefined ? Number.NaN : Number(annotation);
  // Docker: a negative timeout waits for ever; rbc caps nothing but treats garbage as the default.
  return Number.isInteger(seconds) ? seconds : defaultStopTimeout;
}
