import { spawn } from "node:child_process";
import { delimiter, join } from "node:path";
import { isExecutable } from "../executable.ts";
import type { CniPluginCall } from "./cni-network.ts";
import { CniPluginsNotFoundError, NetworkSetupError } from "../errors/index.ts";

/** Where CNI plugins are installed: the CNI convention first, then Debian's package. */
const defaultPluginDirs = ["/opt/cni/bin", "/usr/lib/cni", "/usr/libexec/cni"];

/** The directories to search: `CNI_PATH` (as libcni reads it) if set, else the defaults. */
export function pluginSearchPath(env: NodeJS.ProcessEnv = process.env): string[] {
  const fromEnv = (env.CNI_PATH ?? "").split(delimiter).filter((dir) => dir !== "");
  return fromEnv.length > 0 ? fromEnv : defaultPluginDirs;
}

/** The first directory holding every plugin in `required`; throws naming what is missing. */
export async function findPluginDir(
  required: readonly string[],
  searched: readonly string[] = pluginSearchPath(),
): Promise<string> {
  let fewestMissing: string[] = [...required];
  for (const dir of searched) {
    const missing: string[] = [];
    for (const type of required) if (!(await isExecutable(join(dir, type)))) missing.push(type);
    if (missing.length === 0) return dir;
    if (missing.length < fewestMissing.length) fewestMissing = missing;
  }
  throw new CniPluginsNotFoundError(fewestMissing, searched);
}

export interface CniRuntime {
  readonly pluginDir: string;
  readonly containerId: string;
  /** The network namespace file (rbc's pinned one). */
  readonly netns: string;
}

/**
 * Runs one plugin as the CNI spec's execution protocol describes: the command and container in
 * CNI_* variables, the configuration (with the previous plugin's result) on stdin, the result or a
 * `{code, msg}` error on stdout.
 */
export function invokePlugin(
  runtime: CniRuntime,
  call: CniPluginCall,
  command: "ADD" | "DEL",
  prevResult: unknown,
): Promise<unknown> {
  const config = prevResult === undefined ? call.config : { ...call.config, prevResult };
  const env = {
    ...process.env,
    CNI_COMMAND: command,
    CNI_CONTAINERID: runtime.containerId,
    CNI_NETNS: runtime.netns,
    CNI_IFNAME: call.ifName,
    CNI_PATH: runtime.pluginDir,
  };
  return new Promise((done, fail) => {
    const child = spawn(join(runtime.pluginDir, call.type), [], { env, stdio: "pipe" });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", (cause) => {
      fail(new NetworkSetupError(`CNI plugin ${call.type}: ${cause.message}`, { cause }));
    });
    child.on("close", (code) => {
      const out = Buffer.concat(stdout).toString("utf8").trim();
      if (code === 0) {
        done(out === "" ? undefined : JSON.parse(out));
        return;
      }
      const detail = pluginError(out) ?? Buffer.concat(stderr).toString("utf8").trim();
      fail(new NetworkSetupError(`CNI plugin ${call.type} ${command} failed: ${detail}`));
    });
    child.stdin.end(JSON.stringify(config));
  });
}

function pluginError(stdout: string): string | undefined {
  try {
    const parsed = JSON.parse(stdout) as { msg?: unknown; details?: unknown };
    if (typeof parsed.msg !== "string") return undefined;
    return typeof parsed.details === "string" && parsed.details !== ""
      ? `${parsed.msg}: ${parsed.details}`
      : parsed.msg;
  } catch {
    return undefined;
  }
}
