import type { ChildProcess } from "node:child_process";
import { readFile, rm, writeFile } from "node:fs/promises";
import { connect, createServer, type Server, type Socket } from "node:net";
import { join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { IMAGE_NAMES } from "../../scripts/images/images.ts";
import { scratchProject, startRbc, type RunningRbc } from "../helpers/run-rbc.ts";
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
const proxyTag = `rbc.local/watch-proxy-${suffix}:1`;
const children: ChildProcess[] = [];

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  await removeTrackedContainers();
  await removeImage(tag);
  await removeImage(lateTag);
  await removeImage(proxyTag);
});

async function waitFor(what: string, check: () => boolean, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() >= deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** `rbc watch` (no --run) in `root`, its stderr collected as it comes. */
function startWatch(root: string, env: Record<string, string> = {}): RunningRbc {
  const watch = startRbc(["watch", "bundles/"], { cwd: root, env });
  children.push(watch.child);
  return watch;
}

/**
 * A Unix socket that forwards connections to the engine's, and can drop them all and stop
 * listening (as a restarting engine does) and listen again.
 */
function engineProxy(path: string): { open: () => Promise<void>; cut: () => Promise<void> } {
  const target = (process.env.DOCKER_HOST ?? "unix:///var/run/docker.sock").replace(
    /^unix:\/\//,
    "",
  );
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  const open = async (): Promise<void> => {
    await rm(path, { force: true });
    server = createServer((client) => {
      const upstream = connect(target);
      for (const socket of [client, upstream]) {
        sockets.add(socket);
        socket.on("error", () => socket.destroy());
        socket.on("close", () => {
          client.destroy();
          upstream.destroy();
          sockets.delete(socket);
        });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((done) => server?.listen(path, done));
  };
  const cut = async (): Promise<void> => {
    for (const socket of sockets) socket.destroy();
    await new Promise((done) => server?.close(done));
  };
  return { open, cut };
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
    // The default target, Docker 26.1, writes no cpu shares until one is set.
    expect(watch.stderr()).toContain("  linux.resources.cpu.shares: unset → 512");
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
    watch.child.kill("SIGINT");
    expect(await watch.exited).toBe(0);
    expect(Date.now() - began).toBeLessThan(10_000);
  });

  it.skipIf(process.env.DOCKER_HOST?.startsWith("unix://") === false)(
    "keeps watching files when the engine goes away, and catches up once it is back",
    async () => {
      await runDockerChecked(["tag", IMAGE_NAMES.busybox, proxyTag]);
      const root = await scratchProject({
        "bundles/img/bundle.yaml": `image: ${proxyTag}\ncommand: ["sh", "-c", "echo one"]\n`,
      });
      const socket = join(root, "engine.sock");
      const proxy = engineProxy(socket);
      await proxy.open();
      const watch = startWatch(root, { DOCKER_HOST: `unix://${socket}` });
      await waitFor("watching", () => watch.stderr().includes("watching 1 bundle(s)"));

      await proxy.cut();
      await waitFor("the lost stream", () => watch.stderr().includes("engine: no events ("));
      // A file change is still seen; the build fails for want of an engine and the watch goes on.
      const overlay = join(root, "bundles/img/bundle.yaml");
      await writeFile(overlay, `image: ${proxyTag}\ncommand: ["sh", "-c", "echo two"]\n`);
      await waitFor("the failed build", () => watch.stderr().includes("bundles/img: build failed"));
      expect(watch.stderr()).toContain("cannot reach the Docker engine");

      await proxy.open();
      await waitFor("the reconnect", () => watch.stderr().includes("engine: events are back"));
      await waitFor("the catch-up build", () => watch.stderr().includes("bundles/img: rebuilt in"));
      expect(watch.stderr()).toContain(
        "bundles/img: rebuilding (engine: events were lost for a while)",
      );
      expect(watch.stderr()).toContain(
        '  process.args: ["sh","-c","echo one"] → ["sh","-c","echo two"]',
      );

      // The new stream delivers events.
      await runDockerChecked(["tag", IMAGE_NAMES.app, proxyTag]);
      await waitFor("the tag rebuild", () =>
        watch.stderr().includes(`bundles/img: rebuilding (engine: image ${proxyTag} tag)`),
      );
      // Interrupted in the middle of that rebuild, the watch still exits.
      watch.child.kill("SIGINT");
      expect(await watch.exited).toBe(0);
      await proxy.cut();
    },
  );
});
