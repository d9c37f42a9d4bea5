import { spawn } from "node:child_process";
import { readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const RBC = fileURLToPath(new URL("../bin/rbc.js", import.meta.url));

/**
 * Preloaded into the rbc process (`node --import`): at exit, it writes the process's peak resident
 * set size (`process.resourceUsage().maxRSS`, KiB: getrusage's ru_maxrss, which counts every
 * thread, libuv's pool included) to the file RBC_BENCH_RSS_FILE names. A data: URL, so nothing
 * is added to rbc's own files and nothing to its stdout.
 */
const RSS_HOOK =
  "data:text/javascript," +
  encodeURIComponent(
    'import { writeFileSync } from "node:fs";' +
      'process.on("exit", () => { const file = process.env.RBC_BENCH_RSS_FILE;' +
      " if (file) writeFileSync(file, String(process.resourceUsage().maxRSS)); });",
  );

/** One rbc process: its wall time (spawn to exit), exit code, peak RSS and closing line. */
export interface RbcRun {
  readonly seconds: number;
  readonly exitCode: number;
  readonly maxRssKiB: number;
  /** rbc's closing line on stderr (`50 bundles checked: 45 up to date, 5 drifted`). */
  readonly closing: string;
}

/**
 * Runs `node bin/rbc.js <args>` in `work`, with its layer cache in `cacheHome`. stdout (diffs,
 * reasons) is discarded; stderr is kept, and its last lines are shown when the exit code is not
 * `expected`, which is then an error: a benchmark of a failed run measures nothing.
 */
export async function measuredRbc(
  work: string,
  cacheHome: string,
  args: readonly string[],
  expected: number,
): Promise<RbcRun> {
  const rssFile = join(work, ".rbc-bench-rss");
  await rm(rssFile, { force: true });
  const started = performance.now();
  const { exitCode, stderr } = await spawned(
    work,
    {
      ...process.env,
      XDG_CACHE_HOME: cacheHome,
      RBC_BENCH_RSS_FILE: rssFile,
    },
    args,
  );
  const seconds = (performance.now() - started) / 1000;
  const lines = stderr.trimEnd().split("\n");
  if (exitCode !== expected) {
    process.stderr.write(`${lines.slice(-30).join("\n")}\n`);
    throw new Error(`rbc ${args.join(" ")} exited ${exitCode}, expected ${expected}`);
  }
  const maxRssKiB = Number(await readFile(rssFile, "utf8"));
  // The closing line counts the bundles; a drifted check's `fix:` line follows it.
  const closing = lines.findLast((line) => /^\d+ bundles?\b/.test(line)) ?? lines.at(-1) ?? "";
  return { seconds, exitCode, maxRssKiB, closing };
}

/** Whether this checkout's `rbc <command>` takes `--jobs`: its help lists the option. */
export async function rbcTakesJobs(command: string): Promise<boolean> {
  const { stdout } = await new Promise<{ stdout: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [RBC, command, "--help"], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.on("error", reject);
    child.on("close", () => {
      resolve({ stdout: Buffer.concat(chunks).toString("utf8") });
    });
  });
  return /--jobs\b/.test(stdout);
}

function spawned(
  work: string,
  env: NodeJS.ProcessEnv,
  args: readonly string[],
): Promise<{ exitCode: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", RSS_HOOK, RBC, ...args], {
      cwd: work,
      env,
      stdio: ["ignore", "ignore", "pipe"],
    });
    const chunks: Buffer[] = [];
    child.stderr.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      const stderr = Buffer.concat(chunks).toString("utf8");
      resolve({ exitCode: code ?? (signal === null ? 128 : 128 + 15), stderr });
    });
  });
}
