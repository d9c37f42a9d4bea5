import { readFile, stat } from "node:fs/promises";
import { basename, isAbsolute, join, resolve } from "node:path";
import { containerId } from "./container-id.ts";
import { stopSignal } from "./stop-signal.ts";

/** What running a compiled bundle needs from its directory and config.json. */
export interface RunBundle {
  /** The bundle directory, absolute (runc records it as the container's bundle). */
  readonly dir: string;
  readonly id: string;
  /** The root filesystem directory config.json names (`root.path`), absolute. */
  readonly rootfs: string;
  readonly rootfsPresent: boolean;
  /** `process.terminal`: runc then needs a console socket, which detached runs do not provide. */
  readonly terminal: boolean;
  /** The signal `rbc stop` sends first, as runc kill takes it. */
  readonly stopSignal: string;
}

/** Read a compiled bundle; undefined when the directory has no config.json (not built yet). */
export async function readRunBundle(path: string): Promise<RunBundle | undefined> {
  const dir = resolve(path);
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
  };
  const rootPath = config.root?.path ?? "rootfs";
  const rootfs = isAbsolute(rootPath) ? rootPath : join(dir, rootPath);
  return {
    dir,
    id: containerId(basename(dir)),
    rootfs,
    rootfsPresent: await stat(rootfs).then(
      (s) => s.isDirectory(),
      () => false,
    ),
    terminal: config.process?.terminal === true,
    stopSignal: stopSignal(config.annotations),
  };
}
