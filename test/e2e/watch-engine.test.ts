import { spawn, type ChildProcess } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { IMAGE_NAMES } from "../../scripts/images/images.ts";
import { repoRoot, scratchProject } from "../helpers/run-rbc.ts";
import {
  createContainer,
  removeImage,
  removeTrackedContainers,
  runDockerChecked,
} from "../support/docker.ts";

const suffix = String(process.pid);
const tag = `rbc.local/watch-${suffix}:1`;
const lateTag = `rbc.local/watch-late-${suffix}:1`;
const source = `rbc-watch-source-${suffix}`;
const children: ChildProcess[] = [];

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  await removeTrackedContainers();
  await removeImage(tag);
  await removeImage(lateTag);
});

async function waitFor(what: string, check: () => boolean, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() >= deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** `rbc watch` (no --run) in `root`, its stderr collected as it comes. */
function startWatch(root: string): { stderr: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [join(repoRoot, "bin/rbc.js"), "watch", "bundles/"], {
    cwd: root,
    env: { ...process.env, NO_COLOR: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return { stderr: () => stderr, exited: new Promise((done) => child.on("close", done)) };
}

/** The lines a bundle logged since `from` (an offset into stderr). */
function linesOf(stderr: string, from: number, dir: string): string[] {
  return stderr
    .slice(from)
    .split("\n")
    .filter((line) => line.startsWith(`${dir}:`));
}

describe("rbc watch and engine events", () => {
  it("rebuilds exactly the bundles whose image or container changed, and exits on SIGINT", async () => {
    const ids = inject("rbcImageIds");
    await runDockerChecked(["tag", IMAGE_NAMES.busybox, tag]);
    await createContainer(["--name", source, IMAGE_NAMES.busybox, "sleep", "1"]);
    const root = await scratchProject({
      "bundles/img/bundle.yaml": `image: ${tag}\ncommand: ["sh", "-c", "echo hi"]\n`,
      "bundles/late/bundle.yaml": `image: ${lateTag}\n`,
      "bundles/ctr/bundle.yaml": `container: ${source}\n`,
    });
    const lockOf = async (name: string) =>
      JSON.parse(await readFile(join(root, "bundles", name, "bundle.lock"), "utf8")) as {
        image: { id: string };
      };
    const watch = startWatch(root);
    await waitFor("watching", () => watch.stderr().includes("watching 3 bundle(s)"));
    expect(watch.stderr()).toContain(`image "${lateTag}" is not present`);

    // A retag moves the image name bundles/img uses onto another image.
    let from = watch.stderr().length;
    await runDockerChecked(["tag", IMAGE_NAMES.app, tag]);
    await waitFor("the rebuild", () => /bundles\/img: rebuilt in \d+ ms/.test(watch.stderr()));
    const img = linesOf(watch.stderr(), from, "bundles/img").join("\n");
    expect(img).toContain(`bundles/img: rebuilding (engine: image ${tag} tag)`);
    expect(img).toMatch(/rebuilt in \d+ ms: wrote config\.json, rootfs\.mtree, bundle\.lock/);
    expect(watch.stderr()).toContain("  process.env: +APP_MODE=production");
    expect(watch.stderr()).toMatch(/ {2}rootfs\.mtree: \d+ → \d+ entries: \+app/);
    expect((await lockOf("img")).image.id).toBe(ids[IMAGE_NAMES.app]);

    // The image bundles/late waits for appears: it is written.
    await runDockerChecked(["tag", IMAGE_NAMES.busybox, lateTag]);
    await waitFor("the late build", () => /bundles\/late: rebuilt in/.test(watch.stderr()));
    expect(watch.stderr()).toContain(`bundles/late: rebuilding (engine: image ${lateTag} tag)`);
    expect((await lockOf("late")).image.id).toBe(ids[IMAGE_NAMES.busybox]);

    // The source container's settings change.
    await runDockerChecked(["update", "--cpu-shares", "512", source]);
    await waitFor("the container rebuild", () => /bundles\/ctr: rebuilt in/.test(watch.stderr()));
    expect(watch.stderr()).toContain(
      `bundles/ctr: rebuilding (engine: container ${source} update)`,
    );
    expect(watch.stderr()).toMatch(/ {2}linux\.resources\.cpu\.shares: \d+ → 512/);
    const config = JSON.parse(await readFile(join(root, "bundles/ctr/config.json"), "utf8")) as {
      linux: { resources: { cpu: { shares: number } } };
    };
    expect(config.linux.resources.cpu.shares).toBe(512);

    // Untagged, then loaded back from an archive (a load event names only the image id).
    const archive = join(root, "img.tar");
    await runDockerChecked(["save", "-o", archive, tag]);
    from = watch.stderr().length;
    await runDockerChecked(["rmi", tag]);
    await waitFor("the failed build", () =>
      linesOf(watch.stderr(), from, "bundles/img").some((l) => l.includes("build failed")),
    );
    await runDockerChecked(["load", "-i", archive]);
    await waitFor("the build after load", () =>
      linesOf(watch.stderr(), from, "bundles/img").some((l) => l.includes("up to date")),
    );
    const short = (ids[IMAGE_NAMES.app] ?? "").replace("sha256:", "").slice(0, 12);
    expect(linesOf(watch.stderr(), from, "bundles/img")).toContain(
      `bundles/img: rebuilding (engine: image ${short} load)`,
    );
    // Each event rebuilt only the bundle it concerns.
    const rebuilds = (dir: string) =>
      linesOf(watch.stderr(), 0, dir).filter((line) => line.includes(": rebuilding ("));
    expect(rebuilds("bundles/img")).toHaveLength(3);
    expect(rebuilds("bundles/late")).toHaveLength(1);
    expect(rebuilds("bundles/ctr")).toHaveLength(1);

    const began = Date.now();
    children[0]?.kill("SIGINT");
    expect(await watch.exited).toBe(0);
    expect(Date.now() - began).toBeLessThan(10_000);
  });
});
