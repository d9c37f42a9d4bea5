import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, rename, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  cacheSettings,
  DEFAULT_CACHE_MAX_BYTES,
  openLayerCache,
  type LayerCache,
} from "../../src/cache/index.ts";
import type { LayerEntry, LayerScan } from "../../src/rootfs/index.ts";

const diffId = (digit: string): string => `sha256:${digit.repeat(64)}`;
const entries: LayerEntry[] = [
  { ordinal: 0, path: "etc/", type: "dir", mode: 0o755, uid: 0, gid: 0, mtime: 1, size: 0 },
  {
    ordinal: 1,
    path: "etc/passwd",
    type: "file",
    mode: 0o644,
    uid: 0,
    gid: 0,
    mtime: 1,
    size: 5,
    sha256: "a".repeat(64),
    xattrs: { "user.note": "\u00ff\u0000" },
  },
  {
    ordinal: 2,
    path: "bin",
    type: "symlink",
    mode: 0o777,
    uid: 0,
    gid: 0,
    mtime: 1,
    size: 0,
    linkTarget: "usr/bin",
  },
];

/** The cache's directory for this rbc's entries (layer-cache.ts CACHE_VERSION). */
const VERSION_DIR = "v1.2";
const passwd = Buffer.from("root:x:0:0:root:/root:/bin/sh\n");
const files = [{ sha256: createHash("sha256").update(passwd).digest("hex"), bytes: passwd }];

let dir: string;
let cache: LayerCache;
const layerFile = (digit: string): string => join(dir, VERSION_DIR, "layers", digit.repeat(64));

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "rbc-cache-"));
  cache = openLayerCache({ dir, maxBytes: DEFAULT_CACHE_MAX_BYTES });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("openLayerCache", () => {
  it("gives back the layers and image records it kept, and only those", async () => {
    await cache.keepLayers([{ diffId: diffId("1"), entries, files: [] }]);
    const record = { configDigest: diffId("c"), diffIds: [diffId("1")], platform: "linux/amd64" };
    await cache.keepImage(diffId("9"), record);
    const found = await cache.layers([diffId("1"), diffId("2")]);
    expect([...found]).toEqual([[diffId("1"), { entries, files: [] }]]);
    expect(await cache.image(diffId("9"))).toEqual(record);
    expect(await cache.image(diffId("8"))).toBeUndefined();
    expect(
      (await readdir(join(dir, VERSION_DIR, "layers"))).filter((n) => n.startsWith(".")),
    ).toEqual([]);
  });

  it("ignores a truncated, corrupt or misplaced entry, and writes it again", async () => {
    await cache.keepLayers([
      { diffId: diffId("1"), entries, files: [] },
      { diffId: diffId("2"), entries, files: [] },
    ]);
    const whole = await readFile(layerFile("1"));
    const damaged = [
      whole.subarray(0, whole.length - 3),
      Buffer.from(whole.toString("latin1").replace("etc/passwd", "etc/shadow"), "latin1"),
      Buffer.alloc(0),
      await readFile(layerFile("2")),
    ];
    for (const bytes of damaged) {
      await writeFile(layerFile("1"), bytes);
      expect((await cache.layers([diffId("1")])).size).toBe(0);
    }
    await cache.keepLayers([{ diffId: diffId("1"), entries, files: [] }]);
    expect((await cache.layers([diffId("1")])).get(diffId("1"))).toEqual({ entries, files: [] });
  });

  it("refuses an intact entry whose data is not layer entries", async () => {
    const bad = [{ ...entries[1], path: 7 }];
    await cache.keepLayers([
      { diffId: diffId("1"), entries: bad as unknown as LayerEntry[], files: [] },
    ]);
    expect((await cache.layers([diffId("1")])).size).toBe(0);
    const unhashed = [{ ...entries[1], sha256: undefined }];
    await cache.keepLayers([
      { diffId: diffId("1"), entries: unhashed as unknown as LayerEntry[], files: [] },
    ]);
    expect((await cache.layers([diffId("1")])).size).toBe(0);
  });

  it("keeps a layer's kept files, and refuses an entry whose file bytes are not their digest's", async () => {
    await cache.keepLayers([{ diffId: diffId("1"), entries, files }]);
    const found = (await cache.layers([diffId("1")])).get(diffId("1"));
    expect(found?.files.map((file) => Buffer.from(file.bytes).toString())).toEqual([
      passwd.toString(),
    ]);
    expect(found?.files[0]?.sha256).toBe(files[0]?.sha256);
    // The entry stays intact (its header digest rewritten): only the file's bytes lie.
    const other = Buffer.from("evil:x:0:0::/:/bin/sh\n");
    const lying = [{ sha256: files[0]?.sha256 ?? "", bytes: other }];
    await cache.keepLayers([{ diffId: diffId("1"), entries, files: lying }]);
    expect((await cache.layers([diffId("1")])).size).toBe(0);
  });

  it("reads no entry of another version's directory", async () => {
    await cache.keepLayers([{ diffId: diffId("1"), entries, files: [] }]);
    const older = join(dir, "v1", "layers");
    await mkdir(older, { recursive: true });
    await rename(layerFile("1"), join(older, "1".repeat(64)));
    expect((await cache.layers([diffId("1")])).size).toBe(0);
  });

  it("uses only a digest's hex as a file name: other keys are never read or written", async () => {
    await cache.keepLayers([{ diffId: "sha256:../../escape", entries, files: [] }]);
    await cache.keepImage("../x", { configDigest: diffId("c"), diffIds: [], platform: "linux" });
    expect(await readdir(dir)).toEqual([]);
    expect((await cache.layers(["sha256:../../escape"])).size).toBe(0);
  });

  it("keeps a layer that several bundles write, read and prune at once whole: never a torn entry", async () => {
    const others = openLayerCache({ dir, maxBytes: DEFAULT_CACHE_MAX_BYTES });
    const reads: (LayerScan | undefined)[] = [];
    await Promise.all(
      Array.from({ length: 8 }, async (_, i) => {
        const mine = i % 2 === 0 ? cache : others;
        await mine.keepLayers([{ diffId: diffId("1"), entries, files: [] }]);
        reads.push((await mine.layers([diffId("1")])).get(diffId("1")));
        await mine.prune();
        reads.push((await mine.layers([diffId("1")])).get(diffId("1")));
      }),
    );
    expect(reads).toHaveLength(16);
    for (const read of reads) expect(read).toEqual({ entries, files: [] });
    expect(await readdir(join(dir, VERSION_DIR, "layers"))).toEqual(["1".repeat(64)]);
  });

  it("deletes the least recently used entries past its size limit", async () => {
    await cache.keepLayers(
      ["1", "2", "3"].map((digit) => ({ diffId: diffId(digit), entries, files: [] })),
    );
    const size = (await readFile(layerFile("1"))).length;
    for (const [digit, seconds] of [
      ["1", 1000],
      ["2", 2000],
      ["3", 3000],
    ] as const) {
      await utimes(layerFile(digit), seconds, seconds);
    }
    // Reading layer 1 makes it the most recently used.
    await cache.layers([diffId("1")]);
    const small = openLayerCache({ dir, maxBytes: 2 * size });
    await small.prune();
    expect((await readdir(join(dir, VERSION_DIR, "layers"))).sort()).toEqual(
      ["1", "3"].map((digit) => digit.repeat(64)),
    );
  });
});

describe("cacheSettings", () => {
  it("puts the cache under XDG_CACHE_HOME when it is absolute, else under ~/.cache", () => {
    expect(cacheSettings({ XDG_CACHE_HOME: "/var/cache/me", HOME: "/home/me" })).toEqual({
      dir: "/var/cache/me/rbc",
      maxBytes: DEFAULT_CACHE_MAX_BYTES,
    });
    expect(cacheSettings({ XDG_CACHE_HOME: "relative", HOME: "/home/me" })).toMatchObject({
      dir: "/home/me/.cache/rbc",
    });
  });

  it("reads RBC_CACHE_MAX_SIZE as bytes or with a k, m or g suffix", () => {
    const size = (value: string) => cacheSettings({ HOME: "/h", RBC_CACHE_MAX_SIZE: value });
    expect(size("4096")).toMatchObject({ maxBytes: 4096 });
    expect(size("64M")).toMatchObject({ maxBytes: 64 * 1024 * 1024 });
    expect(size("2GiB")).toMatchObject({ maxBytes: 2 * 1024 ** 3 });
    expect(size("lots")).toHaveProperty("problem");
  });
});
