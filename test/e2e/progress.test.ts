import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot, runRbc, scratchProject } from "../helpers/run-rbc.ts";
import { terminalScreen } from "../helpers/terminal-screen.ts";
import { rawEntry, rawHeader } from "../rootfs/stream-helpers.ts";
import { DOCKER_BIN, removeImage } from "../support/docker.ts";

/**
 * The progress line, through the real CLI on a real terminal: `script` (util-linux) runs rbc on
 * a pseudo-terminal. The image holds one 256 MiB file, so that reading it (docker save, twice)
 * and writing and verifying its rootfs take well over the second after which progress shows.
 */

const FILE_SIZE = 256 * 1024 * 1024;
const CHUNK = 1 << 20;
const REF = `rbc.local/progress-${randomBytes(4).toString("hex")}:1`;

/** A `docker save` archive of REF, made as it streams into `docker load` (never held whole). */
async function* bigImageArchive(): AsyncGenerator<Uint8Array, void, undefined> {
  const zeros = Buffer.alloc(CHUNK);
  const padding = (512 - (FILE_SIZE % 512)) % 512;
  const diffId = createHash("sha256");
  const layer = (chunk: Buffer): Buffer => {
    diffId.update(chunk);
    return chunk;
  };
  yield rawHeader("0/layer.tar", "0", 512 + FILE_SIZE + padding + 1024);
  yield layer(rawHeader("big.bin", "0", FILE_SIZE));
  for (let left = FILE_SIZE; left > 0; left -= CHUNK) {
    yield await Promise.resolve(layer(zeros.subarray(0, Math.min(CHUNK, left))));
  }
  yield layer(Buffer.alloc(padding + 1024));
  const config = JSON.stringify({
    architecture: "amd64",
    os: "linux",
    config: { Cmd: ["/big.bin"] },
    rootfs: { type: "layers", diff_ids: [`sha256:${diffId.digest("hex")}`] },
  });
  const configName = `${createHash("sha256").update(config).digest("hex")}.json`;
  yield rawEntry(configName, "0", config);
  const manifest = [{ Config: configName, RepoTags: [REF], Layers: ["0/layer.tar"] }];
  yield rawEntry("manifest.json", "0", JSON.stringify(manifest));
  yield Buffer.alloc(1024);
}

async function loadBigImage(): Promise<void> {
  const child = spawn(DOCKER_BIN, ["load", "--quiet"], { stdio: ["pipe", "ignore", "inherit"] });
  const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
  await pipeline(Readable.from(bigImageArchive()), child.stdin);
  expect(await exited).toBe(0);
}

/** Neither CI nor NO_COLOR: what a developer's shell has. */
function interactiveEnv(): NodeJS.ProcessEnv {
  const off = new Set(["CI", "GITHUB_ACTIONS", "NO_COLOR", "FORCE_COLOR"]);
  const kept = Object.entries(process.env).filter(([name]) => !off.has(name));
  return { ...Object.fromEntries(kept), TERM: "xterm" };
}

/** rbc on a pseudo-terminal: stdout and stderr both reach it, as they reach a user's screen. */
function runOnTerminal(
  args: readonly string[],
  cwd: string,
): Promise<{ exitCode: number; output: string }> {
  const quote = (word: string): string => `'${word.replaceAll("'", `'\\''`)}'`;
  const command = [process.execPath, join(repoRoot, "bin/rbc.js"), ...args].map(quote).join(" ");
  return new Promise((done, fail) => {
    const child = spawn("script", ["-qec", command, "/dev/null"], {
      cwd,
      env: interactiveEnv(),
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", fail);
    child.on("close", (code) => {
      done({ exitCode: code ?? -1, output });
    });
  });
}

const eraseToEnd = "\u001b[K";

const built = [
  "✓ bundles/big: wrote config.json, hostname, hosts, resolv.conf, .gitignore, rootfs.mtree, bundle.lock",
  "✓ bundles/big: rootfs/ materialized and verified",
  "1 bundle: 1 built",
];

describe("progress of slow steps", { timeout: 300_000 }, () => {
  const roots: string[] = [];
  /** A project of one bundle on the big image, never built. */
  const project = async (): Promise<string> => {
    const root = await scratchProject({ "bundles/big/bundle.yaml": `image: ${REF}\n` });
    roots.push(root);
    return root;
  };

  beforeAll(loadBigImage, 300_000);

  afterAll(async () => {
    for (const root of roots) await rm(root, { recursive: true, force: true });
    await removeImage(REF);
  });

  it("shows on a terminal while the image is read and the rootfs written, then is erased", async () => {
    const { exitCode, output } = await runOnTerminal(["build", "--rootfs"], await project());
    expect(exitCode).toBe(0);
    // The line was drawn (and redrawn in place): the bundle, the step, how far it got.
    const drawn = output.split(eraseToEnd).filter((part) => part.includes("\rbundles/big: "));
    expect(drawn.length).toBeGreaterThan(1);
    expect(drawn.join("\n")).toMatch(
      /\rbundles\/big: (reading image|writing rootfs\/|verifying rootfs\/).* … \d+(\.\d)? [kMG]?B$/mu,
    );
    // What is left on the screen is the build's own output, no half-erased line among it.
    expect(terminalScreen(output)).toEqual(built);
  });

  it("stays off when stderr is piped", async () => {
    const result = await runRbc(["build", "--rootfs"], {
      cwd: await project(),
      env: { NO_COLOR: "", CI: "" },
    });
    expect(result.exitCode).toBe(0);
    expect(result.stderr).not.toContain("\r");
    expect(result.stderr).not.toContain(eraseToEnd);
    expect(result.stderr.trimEnd().split("\n")).toEqual(built);
  });

  it("stays off with --quiet on a terminal, where a successful build prints nothing", async () => {
    const { exitCode, output } = await runOnTerminal(
      ["--quiet", "build", "--rootfs"],
      await project(),
    );
    expect(exitCode).toBe(0);
    expect(output).toBe("");
  });
});
