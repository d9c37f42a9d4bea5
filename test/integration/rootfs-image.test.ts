import { createHash } from "node:crypto";
import { mkdir, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  isCleanDiff,
  materializeRootfs,
  readImageManifest,
  readMtree,
  verifyRootfs,
  writeMtree,
} from "../../src/rootfs/index.ts";
import type { ImageRootfs } from "../../src/rootfs/index.ts";
import { BUSYBOX_BINARY, IMAGE_NAMES, defineImages } from "../../scripts/images/images.ts";
import { loadImageArchive, removeImage } from "../support/docker.ts";
import { createImageArchive } from "../support/tar.ts";
import type { TarEntry } from "../support/tar.ts";
import {
  bytesStream,
  dockerSave,
  imageInspect,
  runMtree,
  scratchDir,
} from "../rootfs/engine-support.ts";
import { RootfsMismatchError } from "../../src/errors/index.ts";

const APP = IMAGE_NAMES.app;

describe("rootfs of rbc.local/app:1", () => {
  let image: ImageRootfs;
  let work: string;

  beforeAll(async () => {
    image = await readImageManifest(dockerSave(APP));
    work = await scratchDir("rootfs-image");
  });

  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it("builds the manifest from docker save, checked against the engine's diff_ids", async () => {
    const inspect = await imageInspect(APP);
    expect(image.configDigest).toBe(inspect.Id);
    expect(image.diffIds).toEqual(inspect.RootFS.Layers);
    const busybox = createHash("sha256")
      .update(await readFile(BUSYBOX_BINARY))
      .digest("hex");
    const byPath = new Map(image.entries.map((entry) => [entry.path, entry]));
    expect(byPath.get("bin/busybox")).toMatchObject({ type: "file", mode: 0o755, sha256: busybox });
    expect(byPath.get("bin/sh")).toMatchObject({ type: "symlink", link: "busybox" });
    expect(byPath.get("home/alice")).toMatchObject({ type: "dir", uid: 1000, gid: 1000 });
    expect(byPath.get("tmp")?.mode).toBe(0o1777);
    expect(byPath.get("app/run.sh")).toMatchObject({ type: "file", mode: 0o755 });
    expect(image.entries[0]?.path).toBe(".");
  });

  it("gives byte-identical manifests for the same image built and saved twice", async () => {
    const again = await readImageManifest(dockerSave(APP));
    const rebuilt = (await defineImages()).find((definition) => definition.name === APP);
    if (rebuilt === undefined) throw new Error("no app image definition");
    const fromBuild = await readImageManifest(bytesStream(rebuilt.archive.bytes));
    expect(writeMtree(again.entries)).toBe(writeMtree(image.entries));
    expect(writeMtree(fromBuild.entries)).toBe(writeMtree(image.entries));
    expect(writeMtree(fromBuild.entries, { time: true })).toBe(
      writeMtree(image.entries, { time: true }),
    );
  });

  it("materializes a rootfs that NetBSD mtree and verifyRootfs find identical to the manifest", async () => {
    const bundle = join(work, "bundle");
    const manifestFile = join(work, "rootfs.mtree");
    await writeFile(manifestFile, writeMtree(image.entries));
    const result = await materializeRootfs({
      bundleDir: bundle,
      openArchive: () => Promise.resolve(dockerSave(APP)),
    });
    expect(result.warnings).toEqual([]);
    const check = await runMtree(["-f", manifestFile, "-p", result.rootfsDir]);
    expect(check).toEqual({ stdout: "", stderr: "", exitCode: 0 });
    expect(await verifyRootfs(image.entries, result.rootfsDir)).toEqual({
      modified: [],
      missing: [],
      extra: [],
    });
    expect((await stat(join(result.rootfsDir, "home/alice"))).uid).toBe(1000);

    // One changed byte is drift for both checkers.
    const script = join(result.rootfsDir, "app/run.sh");
    const bytes = await readFile(script);
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    await writeFile(script, bytes);
    const drift = await runMtree(["-f", manifestFile, "-p", result.rootfsDir]);
    expect(drift.exitCode).toBe(2);
    expect(drift.stdout).toMatch(/app\/run\.sh:\s+sha256 \(0x[0-9a-f]{64}, 0x[0-9a-f]{64}\)/);
    const diff = await verifyRootfs(
      readMtree(await readFile(manifestFile, "utf8")),
      result.rootfsDir,
    );
    expect(diff.missing).toEqual([]);
    expect(diff.extra).toEqual([]);
    expect(diff.modified).toHaveLength(1);
    expect(diff.modified[0]?.path).toBe("app/run.sh");
    expect(diff.modified[0]?.keys.map((key) => key.name)).toEqual(["sha256digest"]);
  });

  it("replaces an existing rootfs and removes leftovers of interrupted runs", async () => {
    const bundle = join(work, "replace");
    await mkdir(join(bundle, ".rootfs", "rootfs"), { recursive: true, mode: 0o700 });
    await writeFile(join(bundle, ".rootfs", "rootfs", "stale"), "old");
    await mkdir(join(bundle, ".rootfs", "tmp-0123abcd"));
    await mkdir(join(bundle, ".rootfs", "old-4567cdef"));
    const result = await materializeRootfs({
      bundleDir: bundle,
      openArchive: () => Promise.resolve(dockerSave(APP)),
      image,
    });
    expect(result.rootfsDir).toBe(join(bundle, ".rootfs", "rootfs"));
    expect(isCleanDiff(await verifyRootfs(image.entries, result.rootfsDir))).toBe(true);
    expect(await readdir(bundle)).toEqual([".rootfs"]);
    expect(await readdir(join(bundle, ".rootfs"))).toEqual(["rootfs"]);
  });

  it("removes a rootfs/ and scratch trees an earlier rbc left directly in the bundle", async () => {
    const bundle = join(work, "legacy");
    await mkdir(join(bundle, "rootfs"), { recursive: true });
    await writeFile(join(bundle, "rootfs", "stale"), "old");
    await mkdir(join(bundle, ".rootfs.tmp-0123abcd"));
    await mkdir(join(bundle, ".rootfs.old-89abcdef"));
    await materializeRootfs({
      bundleDir: bundle,
      openArchive: () => Promise.resolve(dockerSave(APP)),
      image,
    });
    expect(await readdir(bundle)).toEqual([".rootfs"]);
  });

  it("refuses to materialize an image that differs from the committed manifest", async () => {
    const bundle = join(work, "drifted");
    const expected = image.entries.filter((entry) => entry.path !== "app/run.sh");
    const run = materializeRootfs({
      bundleDir: bundle,
      openArchive: () => Promise.resolve(dockerSave(APP)),
      expected,
    });
    await expect(run).rejects.toThrow(RootfsMismatchError);
    await expect(run).rejects.toThrow(/app\/run\.sh extra/);
  });
});

/** Names NetBSD mtree treats specially, hard links, a device, a fifo and set-id bits. */
const SPECIAL: TarEntry[] = [
  { type: "dir", path: "usr/bin" },
  { type: "file", path: "usr/bin/[", data: "test\n", mode: 0o755 },
  { type: "hardlink", path: "usr/bin/test", target: "usr/bin/[" },
  { type: "file", path: "usr/bin/su", data: "su\n", mode: 0o4755 },
  { type: "symlink", path: "usr/bin/sh", target: "busybox", mtime: 1_600_000_000 },
  { type: "file", path: "usr/bin/wall", data: "wall\n", mode: 0o2755, gid: 5 },
  { type: "dir", path: "odd names" },
  { type: "file", path: "odd names/a*b?c", data: "1" },
  { type: "file", path: "odd names/#hash\\back", data: "2" },
  { type: "file", path: "odd names/ünï", data: "3" },
  { type: "dir", path: "dev" },
  { type: "char", path: "dev/null", devmajor: 1, devminor: 3, mode: 0o666 },
  { type: "fifo", path: "run/fifo", mode: 0o600 },
  { type: "dir", path: "ro", mode: 0o555 },
  { type: "file", path: "ro/file", data: "r", mode: 0o400, uid: 7 },
];

describe("materializeRootfs with special entries", () => {
  const ref = "rbc.local/rootfs-special:1";
  let work: string;

  beforeAll(async () => {
    work = await scratchDir("rootfs-special");
    await loadImageArchive(
      createImageArchive({
        repoTags: [ref],
        config: {},
        layers: [{ entries: SPECIAL, createdBy: "special" }],
      }),
    );
  });

  afterAll(async () => {
    await removeImage(ref);
    await rm(work, { recursive: true, force: true });
  });

  it("reproduces them exactly as root, and NetBSD mtree agrees, with and without time", async () => {
    const result = await materializeRootfs({
      bundleDir: join(work, "root"),
      openArchive: () => Promise.resolve(dockerSave(ref)),
    });
    expect(result.warnings).toEqual([]);
    for (const time of [false, true]) {
      const manifestFile = join(work, `special-${time}.mtree`);
      await writeFile(manifestFile, writeMtree(result.image.entries, { time }));
      expect(await runMtree(["-f", manifestFile, "-p", result.rootfsDir])).toEqual({
        stdout: "",
        stderr: "",
        exitCode: 0,
      });
    }
    const test = await stat(join(result.rootfsDir, "usr/bin/test"));
    expect(test.ino).toBe((await stat(join(result.rootfsDir, "usr/bin/["))).ino);
    expect(test.nlink).toBe(2);
    expect(await verifyRootfs(result.image.entries, result.rootfsDir, { time: true })).toEqual({
      modified: [],
      missing: [],
      extra: [],
    });
  });

  it("drops what needs root when unprivileged, with warnings", async () => {
    const result = await materializeRootfs({
      bundleDir: join(work, "user"),
      openArchive: () => Promise.resolve(dockerSave(ref)),
      privileged: false,
    });
    expect(result.warnings).toEqual([
      "dev/null: device node skipped (needs root)",
      "usr/bin/su: set-uid/set-gid bits dropped (needs root)",
      "usr/bin/wall: set-uid/set-gid bits dropped (needs root)",
    ]);
    expect((await stat(join(result.rootfsDir, "usr/bin/su"))).mode & 0o7777).toBe(0o755);
    const strict = await verifyRootfs(result.image.entries, result.rootfsDir);
    expect(strict.missing).toEqual(["dev/null"]);
    expect(strict.modified.map((m) => m.path)).toEqual(["ro/file", "usr/bin/su", "usr/bin/wall"]);
  });
});
