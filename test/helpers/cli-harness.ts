import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { onTestFinished } from "vitest";
import { main } from "../../src/cli/main.ts";
import type { Terminal } from "../../src/cli/terminal.ts";
import type { Engine } from "../../src/resolve/engine.ts";
import type { TarEntry } from "../support/tar.ts";
import { fakeEngine, type ContainerRecording, type ImageRecording } from "./fake-engine.ts";
import { fakeContainer, fakeImage } from "./fake-image.ts";
import { repoRoot } from "./run-rbc.ts";

/** What one in-process `rbc` run printed and returned; the project root reads `<root>`. */
export interface CliResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunCliOptions {
  /** Where the bundles live; replaced by `<root>` in the output. */
  readonly root: string;
  /** The engine port; default: one that fails the test if a command connects. */
  readonly engine?: () => Promise<Engine>;
  readonly githubActions?: boolean;
  /** The GitHub Actions step summary file (GITHUB_STEP_SUMMARY). */
  readonly stepSummary?: string;
}

/** Runs `main()` in-process with a captured, colourless terminal. */
export async function runCli(args: readonly string[], options: RunCliOptions): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const terminal: Terminal = {
    out: (text) => (stdout += text),
    err: (text) => (stderr += text),
    color: false,
    githubActions: options.githubActions ?? false,
    ...(options.stepSummary === undefined ? {} : { stepSummary: options.stepSummary }),
  };
  const engine = options.engine ?? (() => Promise.reject(new Error("connected to the engine")));
  const exitCode = await main(args, terminal, { engine });
  const relative = (text: string): string => text.replaceAll(options.root, "<root>");
  return { exitCode, stdout: relative(stdout), stderr: relative(stderr) };
}

/** The engine port serving the given images and containers. */
export function engineWith(
  images: readonly ImageRecording[],
  containers: readonly ContainerRecording[] = [],
): () => Promise<Engine> {
  return () => Promise.resolve(fakeEngine(images, containers));
}

/** A temp directory, removed when the current test finishes. */
export async function scratchDir(prefix: string): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), `rbc-${prefix}-`));
  onTestFinished(() => rm(root, { recursive: true, force: true }));
  return root;
}

/** A temp project with copies of test/cli/fixtures/<name>/ as `bundles/<name>/`. */
export async function cliProject(...bundles: readonly string[]): Promise<string> {
  const root = await scratchDir("cli");
  for (const name of bundles) {
    await cp(join(repoRoot, "test/cli/fixtures", name), join(root, "bundles", name), {
      recursive: true,
    });
  }
  return root;
}

/** The files of the test image: a shell, a link to it, the user database. */
export function imageEntries(greeting = "hello"): TarEntry[] {
  return [
    { type: "dir", path: "bin/" },
    { type: "file", path: "bin/sh", data: "#!/fake/sh\n", mode: 0o755 },
    { type: "symlink", path: "bin/echo", target: "sh" },
    { type: "dir", path: "etc/" },
    { type: "file", path: "etc/passwd", data: "root:x:0:0:root:/root:/bin/sh\n" },
    { type: "file", path: "etc/group", data: "root:x:0:\n" },
    { type: "file", path: "etc/motd", data: `${greeting}\n` },
    { type: "dir", path: "tmp/", mode: 0o1777 },
  ];
}

/** `rbc.local/cli:1` as test/cli/fixtures/web names it; another `motd` makes another image. */
export function cliImage(greeting = "hello"): ImageRecording {
  return fakeImage({
    ref: "rbc.local/cli:1",
    config: { Env: ["PATH=/usr/bin:/bin"], Cmd: ["sh"] },
    layers: [imageEntries(greeting)],
  });
}

/**
 * The container `rbc-cli-app` test/cli/fixtures/app reproduces, created from cliImage(), with
 * `hostConfig` over its recorded HostConfig.
 */
export function cliContainer(
  env: readonly string[] = ["PATH=/usr/bin:/bin"],
  hostConfig: Readonly<Record<string, unknown>> = {},
): ContainerRecording {
  return fakeContainer({
    name: "rbc-cli-app",
    id: "c0ffee".padEnd(64, "0"),
    image: cliImage(),
    config: { Env: env, Cmd: ["sh"] },
    hostConfig,
    entries: imageEntries(),
  });
}
