import { execFile, spawn, type StdioOptions } from "node:child_process";
import { constants as fsConstants } from "node:fs";
import { open } from "node:fs/promises";
import { constants as osConstants } from "node:os";
import { delimiter, join } from "node:path";
import { bundleDirOfState } from "../contract/index.ts";
import { isExecutable } from "../executable.ts";
import { RuncExitError, RuncNotFoundError } from "../errors/index.ts";

/** A container as `runc state` and `runc list` describe it. */
export interface ContainerState {
  readonly id: string;
  /** `created`, `running`, `paused` or `stopped`. */
  readonly status: string;
  /** The container's init process on the host; 0 once it has stopped. */
  readonly pid: number;
  readonly bundle: string;
  /** config.json's annotations, as runc keeps them (`rbc.container-id` marks rbc's). */
  readonly annotations: Readonly<Record<string, string>>;
}

/** The runc operations rbc uses; a thin adapter over the runc binary. */
export interface Runc {
  /**
   * `runc run` in the foreground with rbc's stdio; resolves with runc's exit code, the
   * container's once it started. runc writes `pidFile` once the container's process runs.
   */
  run(bundleDir: string, id: string, pidFile: string): Promise<number>;
  /**
   * `runc run --detach`, the container's stdout and stderr appended to `logFile`; runc writes the
   * init process's host pid to `pidFile`, when given, before it returns.
   */
  runDetached(bundleDir: string, id: string, logFile: string, pidFile?: string): Promise<void>;
  /** The container's state, or undefined when runc knows no container with that id. */
  state(id: string): Promise<ContainerState | undefined>;
  kill(id: string, signal: string): Promise<void>;
  delete(id: string, options: { force: boolean }): Promise<void>;
  list(): Promise<ContainerState[]>;
}

/** The runc at `path` (from --runc), else the first `runc` on PATH. */
export async function findRunc(path: string | undefined): Promise<string> {
  if (path !== undefined) {
    if (!(await isExecutable(path))) throw new RuncNotFoundError(path);
    return path;
  }
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (dir === "") continue;
    const candidate = join(dir, "runc");
    if (await isExecutable(candidate)) return candidate;
  }
  throw new RuncNotFoundError();
}

/** How to call one runc binary: its path and the environment hooks inherit. */
interface RuncBinary {
  readonly binary: string;
  readonly env: NodeJS.ProcessEnv;
}

/**
 * The adapter for the runc binary at `binary`, run with `env` (hooks inherit it: `run`, `delete`
 * and `kill` can all run them).
 */
export function runcAdapter(binary: string, env: NodeJS.ProcessEnv = process.env): Runc {
  const runc: RuncBinary = { binary, env };
  return {
    run: (bundleDir, id, pidFile) =>
      spawnRunc(runc, ["run", "--pid-file", pidFile, "--bundle", bundleDir, id], "inherit"),
    runDetached: (bundleDir, id, logFile, pidFile) =>
      runDetached(runc, { bundleDir, id, logFile, pidFile }),
    state: (id) => containerState(runc, id),
    async kill(id, signal) {
      await execRunc(runc, ["kill", id, signal]);
    },
    async delete(id, { force }) {
      await execRunc(runc, ["delete", ...(force ? ["--force"] : []), id]);
    },
    async list() {
      const parsed: unknown = JSON.parse(await execRunc(runc, ["list", "--format", "json"]));
      // runc prints `null` when there are no containers.
      return Array.isArray(parsed) ? parsed.map(parseState) : [];
    },
  };
}

/** Runs runc to completion and returns its stdout; a failure quotes runc's own message. */
function execRunc({ binary, env }: RuncBinary, args: readonly string[]): Promise<string> {
  return new Promise((done, fail) => {
    const options = { maxBuffer: 16 * 1024 * 1024, env };
    execFile(binary, [...args], options, (error, stdout, stderr) => {
      if (error === null) {
        done(stdout);
        return;
      }
      if ((error as NodeJS.ErrnoException).code === "ENOENT") {
        fail(new RuncNotFoundError(binary));
        return;
      }
      const code = typeof error.code === "number" ? error.code : 1;
      const detail = stderr.trim() === "" ? error.message : stderr.trim();
      fail(new RuncExitError(code, `runc ${args[0] ?? ""} failed: ${detail}`));
    });
  });
}

/** Runs runc with the given stdio and resolves with its exit code. */
function spawnRunc(
  { binary, env }: RuncBinary,
  args: readonly string[],
  stdio: StdioOptions,
): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(binary, [...args], { stdio, env });
    child.on("error", (cause: NodeJS.ErrnoException) => {
      fail(cause.code === "ENOENT" ? new RuncNotFoundError(binary) : cause);
    });
    // A signal-killed runc reports as a shell would: 128 + the signal number.
    child.on("exit", (code, signal) => {
      done(code ?? 128 + (signal === null ? 0 : osConstants.signals[signal]));
    });
  });
}

/**
 * `runc run --detach` with the container's output appended to `logFile`. With --detach, the
 * container keeps runc's stdio: files outlive the runc call, pipes to rbc would not.
 */
async function runDetached(
  runc: RuncBinary,
  run: {
    readonly bundleDir: string;
    readonly id: string;
    readonly logFile: string;
    readonly pidFile: string | undefined;
  },
): Promise<void> {
  // O_NOFOLLOW: a run.log planted as a symlink is refused, never followed as root.
  const { O_APPEND, O_CREAT, O_NOFOLLOW, O_RDWR } = fsConstants;
  const log = await open(run.logFile, O_APPEND | O_CREAT | O_NOFOLLOW | O_RDWR, 0o600);
  const start = (await log.stat()).size;
  try {
    const pidFile = run.pidFile === undefined ? [] : ["--pid-file", run.pidFile];
    const args = ["run", "--detach", ...pidFile, "--bundle", run.bundleDir, run.id];
    const code = await spawnRunc(runc, args, ["ignore", log.fd, log.fd]);
    if (code === 0) return;
    const { buffer, bytesRead } = await log.read({ position: start, buffer: Buffer.alloc(8192) });
    const output = buffer.subarray(0, bytesRead).toString("utf8").trim();
    throw new RuncExitError(
      code,
      `runc run --detach failed (exit ${code})${output === "" ? "" : `: ${output}`}; see ${run.logFile}`,
    );
  } finally {
    await log.close();
  }
}

/** `runc state`, or undefined when runc knows no container `id`. */
async function containerState(runc: RuncBinary, id: string): Promise<ContainerState | undefined> {
  try {
    return parseState(JSON.parse(await execRunc(runc, ["state", id])));
  } catch (cause) {
    if (cause instanceof RuncExitError && /does not exist/.test(cause.message)) return undefined;
    throw cause;
  }
}

function parseState(raw: unknown): ContainerState {
  const record = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
  const text = (value: unknown): string => (typeof value === "string" ? value : "");
  const id = text(record.id);
  const annotations = stringRecord(record.annotations);
  return {
    id,
    status: text(record.status),
    pid: typeof record.pid === "number" ? record.pid : 0,
    // A bundle run from its runtime config.json (runtime-bundle.ts) is reported by its own directory.
    bundle: bundleDirOfState({ id, bundle: text(record.bundle), annotations }),
    annotations,
  };
}

function stringRecord(value: unknown): Record<string, string> {
  if (typeof value !== "object" || value === null) return {};
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, string] => typeof entry[1] === "string",
    ),
  );
}
