import { spawn } from "node:child_process";

/**
 * Debian's docker.io client. Called by absolute path: another, newer `docker` client may come
 * first on PATH, and the tests are about this engine's 20.10 behaviour.
 */
export const DOCKER_BIN = "/usr/bin/docker";

export interface DockerResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

export interface DockerRunOptions {
  /** Written to the client's stdin, which is otherwise closed. */
  readonly input?: string | Uint8Array;
  /** Kill the client after this many milliseconds (exit code then reads 124). */
  readonly timeoutMs?: number;
  /** Another engine's client, as the argv the arguments follow (default: `[DOCKER_BIN]`). */
  readonly client?: readonly string[];
}

/** Runs the docker client and collects its output; never throws on a non-zero exit. */
export function runDocker(
  args: readonly string[],
  options: DockerRunOptions = {},
): Promise<DockerResult> {
  const [command = DOCKER_BIN, ...prefix] = options.client ?? [DOCKER_BIN];
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...prefix, ...args], {
      stdio: ["pipe", "pipe", "pipe"],
      ...(options.timeoutMs === undefined ? {} : { timeout: options.timeoutMs }),
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      resolve({
        stdout: Buffer.concat(stdout).toString("utf8"),
        stderr: Buffer.concat(stderr).toString("utf8"),
        exitCode: code ?? (signal === "SIGTERM" ? 124 : 128),
      });
    });
    child.stdin.on("error", () => undefined);
    child.stdin.end(options.input ?? "");
  });
}

/** Like runDocker, but a non-zero exit becomes an Error carrying the client's stderr. */
export async function runDockerChecked(
  args: readonly string[],
  options: DockerRunOptions = {},
): Promise<string> {
  const result = await runDocker(args, options);
  if (result.exitCode !== 0) {
    throw new Error(
      `${(options.client ?? [DOCKER_BIN]).join(" ")} ${args.join(" ")} exited with ${result.exitCode}: ${result.stderr.trim()}`,
    );
  }
  return result.stdout;
}
