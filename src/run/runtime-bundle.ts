import { constants } from "node:fs";
import { mkdir, open, readFile, rm } from "node:fs/promises";
import { isAbsolute, join } from "node:path";
import {
  rbcRunDirs,
  readRunEnvironment,
  RUNTIME_BUNDLE_ANNOTATION,
  runtimeBundleDir,
  type RunEnvironment,
} from "../contract/index.ts";
import { RunEnvironmentError } from "../errors/index.ts";
import { parseJson, stringifyJson } from "../json/index.ts";
import { fillEnvironment, type EnvFileText } from "../secrets/index.ts";
import { ownDirectory } from "./own-directory.ts";

/** Where runc runs a bundle from, and what to do once runc is done with it. */
export interface RuntimeBundle {
  /** The directory to pass to `runc --bundle`. */
  readonly dir: string;
  /** Variables read without a default that are not set: a blank string was used (Compose warns). */
  readonly unset: readonly string[];
  /** Removes the filled-in config.json, if one was written. */
  readonly cleanup: () => Promise<void>;
}

interface Config {
  root?: { path?: string };
  process?: { env?: string[] };
  mounts?: { type?: string; source?: string; options?: string[] }[];
  annotations?: Record<string, string>;
}

/**
 * The bundle as runc runs it. A config.json whose environment is filled in at run time (the
 * `rbc.environment` annotation) is filled in from `environment` (this rbc's) and its env files,
 * and written, mode 0600, to `/run/rbc/.bundles/<id>/config.json` with its bundle-relative paths
 * made absolute: runc runs it from there, and nothing filled in is written anywhere else. Any
 * other bundle runs from its own directory. Throws RunEnvironmentError when the environment
 * cannot be filled in.
 */
export async function runtimeBundle(
  bundle: { readonly dir: string; readonly id: string },
  environment: NodeJS.ProcessEnv,
): Promise<RuntimeBundle> {
  const config = parseJson(await readFile(join(bundle.dir, "config.json"), "utf8")) as Config;
  const run = readRunEnvironment(config.annotations);
  if (run === undefined) return { dir: bundle.dir, unset: [], cleanup: () => Promise.resolve() };
  if ("problem" in run) throw new RunEnvironmentError(`${bundle.dir}: ${run.problem}`);
  const files = await readEnvFiles(bundle.dir, run);
  const filled = fillEnvironment(config.process?.env ?? [], run, (n) => environment[n], files);
  if ("problem" in filled) throw new RunEnvironmentError(`${bundle.dir}: ${filled.problem}`);
  const dir = runtimeBundleDir(bundle.id);
  await ownDirectory(rbcRunDirs.runtimeBundles, 0o700);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { mode: 0o700 });
  const runtime = runtimeConfig(config, bundle.dir, filled.env);
  await writePrivate(join(dir, "config.json"), stringifyJson(runtime));
  return {
    dir,
    unset: filled.unset,
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

/** The most rbc reads of an env file: far beyond any real one. */
const ENV_FILE_MAX_BYTES = 4 * 1024 * 1024;

/** Each env file's text, or undefined when there is no such file; other failures throw. */
async function readEnvFiles(bundleDir: string, run: RunEnvironment): Promise<EnvFileText[]> {
  const texts: EnvFileText[] = [];
  for (const { path } of run.envFiles) {
    const file = isAbsolute(path) ? path : join(bundleDir, path);
    texts.push({ path: file, text: await readEnvFile(file) });
  }
  return texts;
}

/**
 * A regular file of at most ENV_FILE_MAX_BYTES, as UTF-8 (a byte order mark is the parser's);
 * undefined when it does not exist. A fifo or device is refused without reading from it, and no
 * message quotes the file.
 */
async function readEnvFile(file: string): Promise<string | undefined> {
  const fail = (why: string): never => {
    throw new RunEnvironmentError(`cannot read env file ${file}: ${why}`);
  };
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK).catch(
    (cause: unknown) => {
      const code = (cause as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "ENOTDIR") return undefined;
      return fail(String(code ?? cause));
    },
  );
  if (handle === undefined) return undefined;
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) fail("not a regular file");
    if (stats.size > ENV_FILE_MAX_BYTES) fail("larger than 4 MiB");
    const bytes = await handle.readFile();
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      return fail("not valid UTF-8 text");
    }
  } finally {
    await handle.close();
  }
}

/**
 * config.json as runc runs it from another directory: the filled-in environment, the root and
 * the bind sources that were relative to the bundle made absolute (runc resolves them against
 * its --bundle), and the bundle's own directory in the `rbc.bundle` annotation.
 */
export function runtimeConfig(config: Config, bundleDir: string, env: readonly string[]): Config {
  const absolute = (path: string): string => (isAbsolute(path) ? path : join(bundleDir, path));
  const rootPath = config.root?.path;
  return {
    ...config,
    ...(config.root && rootPath !== undefined
      ? { root: { ...config.root, path: absolute(rootPath) } }
      : {}),
    process: { ...config.process, env: [...env] },
    ...(config.mounts && {
      mounts: config.mounts.map((mount) =>
        isBind(mount) && mount.source !== undefined
          ? { ...mount, source: absolute(mount.source) }
          : mount,
      ),
    }),
    annotations: { ...config.annotations, [RUNTIME_BUNDLE_ANNOTATION]: bundleDir },
  };
}

/** runc resolves the source of a bind mount (by type or option) against the bundle directory. */
function isBind(mount: { type?: string; options?: string[] }): boolean {
  return mount.type === "bind" || (mount.options ?? []).some((o) => o === "bind" || o === "rbind");
}

/** Writes a new file only its owner can read, never through a link planted in its place. */
async function writePrivate(path: string, text: string): Promise<void> {
  const { O_CREAT, O_EXCL, O_NOFOLLOW, O_WRONLY } = constants;
  const file = await open(path, O_CREAT | O_EXCL | O_NOFOLLOW | O_WRONLY, 0o600);
  try {
    await file.chmod(0o600);
    await file.writeFile(text);
  } finally {
    await file.close();
  }
}
