import { randomBytes } from "node:crypto";
import { appendFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openLayerCache } from "../../src/cache/index.ts";
import { describeRootfs, type Engine } from "../../src/resolve/index.ts";
import { runCli } from "../helpers/cli-harness.ts";
import { removeImage, runDocker, runDockerChecked } from "../support/docker.ts";
import { engineById, rbcEngineFor, type Engine as TestEngine } from "../support/engines.ts";
import { createImageArchive, type TarEntry } from "../support/tar.ts";

/**
 * Content-addressed reuse against a real engine: `rbc check` and `rbc build` reuse the committed
 * rootfs.mtree (no `docker save`) while the image is the lock's, read it again when it is not,
 * and write the same files whatever the cache holds. Saves are counted through the Engine port.
 */

const suffix = randomBytes(4).toString("hex");
const tag = `rbc.test/reuse-${suffix}:1`;
const otherTag = `rbc.test/reuse-other-${suffix}:1`;

const base: TarEntry[] = [
  { type: "dir", path: "bin/" },
  { type: "file", path: "bin/sh", data: "#!/fake/sh\n", mode: 0o755 },
  { type: "dir", path: "etc/" },
  { type: "file", path: "etc/passwd", data: "root:x:0:0:root:/root:/bin/sh\n" },
  { type: "file", path: "etc/group", data: "root:x:0:\n" },
];
const top = (greeting: string): TarEntry[] => [
  { type: "dir", path: "app/" },
  { type: "file", path: "app/greeting", data: `${greeting} ${suffix}\n` },
];
const image = (ref: string, greeting: string) =>
  createImageArchive({
    repoTags: [ref],
    config: { Cmd: ["/bin/sh"] },
    layers: [
      { createdBy: "base", entries: base },
      { createdBy: "top", entries: top(greeting) },
    ],
  });

/** The engine port, counting `docker save` calls. */
function countingEngine(engine: Engine): { engine: Engine; saves: () => number } {
  let saves = 0;
  return {
    engine: {
      ...engine,
      saveImage: (id) => {
        saves += 1;
        return engine.saveImage(id);
      },
    },
    saves: () => saves,
  };
}

async function load(engine: TestEngine, ref: string, greeting: string): Promise<string> {
  const archive = image(ref, greeting);
  await runDockerChecked(["load", "--quiet"], { input: archive.bytes, engine });
  return archive.id;
}

async function bundleFiles(root: string): Promise<Map<string, string>> {
  const dir = join(root, "bundles", "app");
  const names = (await readdir(dir)).sort();
  return new Map(
    await Promise.all(
      names.map(async (name) => [name, await readFile(join(dir, name), "utf8")] as const),
    ),
  );
}

describe("rbc check and rbc build reuse (host engine)", () => {
  let work: string;
  let previousCache: string | undefined;
  const live = countingEngine(rbcEngineFor(engineById("20.10-v1")));

  /** A project with bundles/app on `tag`, under `work/<name>`. */
  async function project(name: string): Promise<string> {
    const root = join(work, name);
    await mkdir(join(root, "bundles", "app"), { recursive: true });
    await writeFile(join(root, "bundles/app/bundle.yaml"), `image: ${tag}\n`);
    return root;
  }
  /** `rbc <args>` in-process on `root`, with the cache in `work/<cache>`; the saves it made. */
  async function rbc(root: string, cache: string, ...args: string[]) {
    process.env["XDG_CACHE_HOME"] = join(work, cache);
    const before = live.saves();
    const result = await runCli([...args, join(root, "bundles")], {
      root,
      engine: () => Promise.resolve(live.engine),
    });
    return { ...result, saves: live.saves() - before };
  }

  beforeAll(async () => {
    previousCache = process.env["XDG_CACHE_HOME"];
    work = await mkdtemp(join(tmpdir(), "rbc-reuse-"));
    await load(engineById("20.10-v1"), tag, "hello");
  });
  afterAll(async () => {
    if (previousCache === undefined) delete process.env["XDG_CACHE_HOME"];
    else process.env["XDG_CACHE_HOME"] = previousCache;
    await removeImage(tag);
    await removeImage(otherTag);
    await rm(work, { recursive: true, force: true });
  });

  it("writes the same files with a cold cache, a warm cache and no cache", async () => {
    // One directory, so the bundle's identity (its path outside git) is the same each time.
    const root = await project("same");
    const builds = [];
    for (const args of [["build"], ["build"], ["build", "--no-cache"]]) {
      for (const name of await readdir(join(root, "bundles/app"))) {
        if (name !== "bundle.yaml") await rm(join(root, "bundles/app", name), { recursive: true });
      }
      const result = await rbc(root, "cache", ...args);
      builds.push({
        exitCode: result.exitCode,
        saves: result.saves,
        files: await bundleFiles(root),
      });
    }
    // A damaged cache is read past, never trusted: the image is read and the entries rewritten.
    const layers = join(work, "cache", "rbc", "v1.2", "layers");
    for (const name of await readdir(layers)) await writeFile(join(layers, name), "rbc-cache 1");
    await rm(join(root, "bundles/app/bundle.lock"));
    const repaired = await rbc(root, "cache", "build");
    expect([repaired.exitCode, repaired.saves]).toEqual([0, 1]);
    expect(await bundleFiles(root)).toEqual(builds[0]?.files);
    expect((await rbc(root, "cache", "check")).exitCode).toBe(0);
    const [cold, warm, none] = builds;
    expect(builds.map(({ exitCode, saves }) => [exitCode, saves])).toEqual([
      [0, 1],
      // Every layer and the image's config digest were in the cache: no save at all.
      [0, 0],
      [0, 1],
    ]);
    expect([...(cold?.files.keys() ?? [])]).toEqual(
      expect.arrayContaining(["bundle.lock", "config.json", "rootfs.mtree"]),
    );
    expect(warm?.files).toEqual(cold?.files);
    expect(none?.files).toEqual(cold?.files);
  });

  it("checks an unchanged bundle without reading its image, and with --no-cache reads it", async () => {
    const root = await project("check");
    await rbc(root, "check-cache", "build", "--no-cache");
    const reused = await rbc(root, "check-cache", "check");
    const read = await rbc(root, "check-cache", "check", "--no-cache");
    expect([reused.exitCode, reused.saves]).toEqual([0, 0]);
    expect([read.exitCode, read.saves]).toEqual([0, 1]);
    expect(reused.stderr).toBe(read.stderr);
    // A rebuild reuses it too, and finds nothing to write.
    const rebuilt = await rbc(root, "check-cache", "build");
    expect([rebuilt.exitCode, rebuilt.saves]).toEqual([0, 0]);
    expect(rebuilt.stderr).toContain("1 unchanged");
  });

  it("reads the image again when rootfs.mtree was edited, and reports the drift", async () => {
    const root = await project("edited");
    await rbc(root, "edited-cache", "build", "--no-cache");
    await appendFile(
      join(root, "bundles/app/rootfs.mtree"),
      "./extra type=dir mode=0755 uid=0 gid=0\n",
    );
    const checked = await rbc(root, "no-cache-at-all", "check");
    expect([checked.exitCode, checked.saves]).toEqual([1, 1]);
    expect(checked.stdout).toContain("the rootfs manifest changed");
  });

  it("does not reuse the manifest once another image holds the tag", async () => {
    const root = await project("retagged");
    await rbc(root, "retag-cache", "build");
    const before = await bundleFiles(root);
    await load(engineById("20.10-v1"), otherTag, "bonjour");
    await runDockerChecked(["tag", otherTag, tag]);
    const checked = await rbc(root, "retag-cache", "check");
    expect([checked.exitCode, checked.saves]).toEqual([1, 1]);
    expect(checked.stdout).toContain("upstream moved");
    expect(checked.stdout).toContain("the rootfs manifest changed");
    const rebuilt = await rbc(root, "retag-cache", "build");
    expect(rebuilt.exitCode).toBe(0);
    expect((await bundleFiles(root)).get("rootfs.mtree")).not.toBe(before.get("rootfs.mtree"));
    // The next test file finds the tag where it was.
    await load(engineById("20.10-v1"), tag, "hello");
  });
});

describe.each(["20.10-v1", "26.1-v2"])("the layer cache on engine %s", (engineId) => {
  const testEngine = engineById(engineId);
  const refs = [`rbc.test/cache-a-${suffix}:1`, `rbc.test/cache-b-${suffix}:1`];
  let work: string;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "rbc-layer-cache-"));
  });
  afterAll(async () => {
    for (const ref of refs) await runDocker(["rmi", "--force", ref], { engine: testEngine });
    await rm(work, { recursive: true, force: true });
  });

  it("scans only the layers a second image does not share with one read before", async () => {
    const engine = rbcEngineFor(testEngine);
    const [refA = "", refB = ""] = refs;
    await load(testEngine, refA, "hello");
    await load(testEngine, refB, "bonjour");
    const cache = openLayerCache({ dir: join(work, "cache"), maxBytes: 1 << 30 });
    const kept: string[] = [];
    const watched = {
      ...cache,
      keepLayers: async (layers: Parameters<typeof cache.keepLayers>[0]) => {
        kept.push(...layers.map((layer) => layer.diffId));
        await cache.keepLayers(layers);
      },
    };
    const imageA = await engine.inspectImage(refA);
    const imageB = await engine.inspectImage(refB);
    const a = await describeRootfs({ image: imageA }, engine, { cache: watched });
    const b = await describeRootfs({ image: imageB }, engine, { cache: watched });
    const uncached = await describeRootfs({ image: imageB }, engine);
    expect(kept).toEqual([...a.diffIds, b.diffIds[1]]);
    expect(b.diffIds[0]).toBe(a.diffIds[0]);
    expect(b.mtree).toBe(uncached.mtree);
    expect(b.configDigest).toBe(uncached.configDigest);
  });
});
