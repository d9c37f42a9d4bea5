import { spawn, type ChildProcess } from "node:child_process";
import { realpathSync } from "node:fs";
import { bundleContainerId } from "../../src/identity/index.ts";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { hookBinDir } from "../../src/run/hook-launcher.ts";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * PATH with this checkout's hook launcher first, as `rbc run` gives runc (run/hook-environment.ts:
 * `rbc run` writes it), so a runc the tests drive directly runs this rbc's hooks.
 */
export function hookPath(): string {
  const launcher = realpathSync(join(repoRoot, "bin/rbc.js"));
  return `${hookBinDir({ node: process.execPath, launcher })}:${process.env.PATH ?? ""}`;
}
const rbcBin = join(repoRoot, "bin/rbc.js");

export interface RbcResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * The environment a test's rbc runs in: this process's, without colours, and outside GitHub
 * Actions (the CI running the tests may set it) unless the test asks for it.
 */
function rbcEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", ...extra };
  if (extra.GITHUB_ACTIONS === undefined) delete env.GITHUB_ACTIONS;
  return env;
}

/** Run the rbc CLI as a user would (`node bin/rbc.js ...`), in `cwd`, without colours. */
export function runRbc(
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string> },
): Promise<RbcResult> {
  return new Promise((done, fail) => {
    const env = rbcEnvironment(options.env);
    const child = spawn(process.execPath, [rbcBin, ...args], { cwd: options.cwd, env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", fail);
    child.on("close", (code) => {
      done({ exitCode: code ?? -1, stdout, stderr });
    });
  });
}

/** A long-running rbc (`rbc watch`), its stderr collected as it comes. */
export interface RunningRbc {
  readonly child: ChildProcess;
  readonly stderr: () => string;
  /** Resolves with the exit code once the process has exited and its streams closed. */
  readonly exited: Promise<number | null>;
}

/** Start the rbc CLI in `cwd` and leave it running (`rbc watch`); the caller stops it. */
export function startRbc(
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string> },
): RunningRbc {
  const child = spawn(process.execPath, [rbcBin, ...args], {
    cwd: options.cwd,
    env: rbcEnvironment(options.env),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.on("close", done));
  return { child, stderr: () => stderr, exited };
}

/** A scratch project: files given as path → content, written under a new temp directory. */
export async function scratchProject(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "rbc-e2e-"));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
  return root;
}

/**
 * The container id a built bundle runs as: its config.json's `rbc.container-id` (`rbc-<name>-<hash>`,
 * the hash of the scratch directory's path, unique to it).
 */
export async function builtContainerId(root: string, bundleDir: string): Promise<string> {
  const config = JSON.parse(await readFile(join(root, bundleDir, "config.json"), "utf8")) as {
    annotations?: Record<string, string>;
  };
  const id = config.annotations?.["rbc.container-id"];
  if (id === undefined) throw new Error(`${bundleDir}/config.json has no rbc.container-id`);
  return id;
}

/**
 * The container id a bundle of a scratch project (outside git, never built) gets: made from the
 * absolute path of its directory, so known before the build.
 */
export function scratchContainerId(root: string, name: string): string {
  return bundleContainerId(name, {
    repository: "",
    path: join(realpathSync(root), "bundles", name),
  });
}

/**
 * Deletes a runc container left by a failed test, with rbc's hook PATH (hookPath), so its
 * poststop hook releases its network as `rbc stop` would.
 */
export async function forceDeleteContainer(id: string): Promise<void> {
  const env = { ...process.env, PATH: hookPath() };
  await new Promise<void>((done) => {
    const child = spawn("runc", ["delete", "--force", id], { env, stdio: "ignore" });
    child.on("error", () => {
      done();
    });
    child.on("close", () => {
      done();
    });
  });
}
