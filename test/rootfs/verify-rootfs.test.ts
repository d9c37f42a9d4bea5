import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readMtree, verifyRootfs, walkRootfs, writeMtree } from "../../src/rootfs/index.ts";
import type { RootfsEntry } from "../../src/rootfs/index.ts";

let dir: string;
let outside: string;
let manifest: RootfsEntry[];

/** ./bin/{sh → busybox, busybox}, ./etc/{motd, conf/a}, ./tmp; the manifest as read back. */
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "rbc-verify-rootfs-"));
  outside = await mkdtemp(join(tmpdir(), "rbc-verify-outside-"));
  await mkdir(join(dir, "bin"));
  await mkdir(join(dir, "etc/conf"), { recursive: true });
  await mkdir(join(dir, "tmp"));
  await writeFile(join(dir, "bin/busybox"), "#!busybox\n");
  await symlink("busybox", join(dir, "bin/sh"));
  await writeFile(join(dir, "etc/motd"), "hello\n");
  await writeFile(join(dir, "etc/conf/a"), "a=1\n");
  await writeFile(join(outside, "motd"), "hello\n");
  manifest = readMtree(writeMtree(await walkRootfs(dir)));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

describe("verifyRootfs", () => {
  it("finds the tree it was written from clean", async () => {
    expect(await verifyRootfs(manifest, dir)).toEqual({ modified: [], missing: [], extra: [] });
  });

  it("reports the paths it checked and the bytes it hashed as it goes", async () => {
    const reports: unknown[] = [];
    await verifyRootfs(manifest, dir, { onProgress: (p) => reports.push(p) });
    expect(reports).toHaveLength(manifest.length);
    expect(reports.at(-1)).toEqual({
      step: "verifying rootfs/",
      entries: manifest.length,
      bytes: 20,
    });
    reports.length = 0;
    await verifyRootfs(manifest, dir, { digests: false, onProgress: (p) => reports.push(p) });
    expect(reports.at(-1)).toEqual({ step: "verifying rootfs/", entries: manifest.length });
  });

  it("reports changed bytes of the same size, a changed size and a changed mode", async () => {
    await writeFile(join(dir, "etc/motd"), "HELLO\n");
    await writeFile(join(dir, "etc/conf/a"), "a=10\n");
    await chmod(join(dir, "bin/busybox"), 0o700);
    const diff = await verifyRootfs(manifest, dir);
    expect(diff.modified.map((m) => [m.path, m.keys.map((k) => k.name)])).toEqual([
      ["bin/busybox", ["mode"]],
      ["etc/conf/a", ["size", "sha256digest"]],
      ["etc/motd", ["sha256digest"]],
    ]);
  });

  it("reports missing paths, and an extra tree once, not its contents", async () => {
    await rm(join(dir, "etc/conf"), { recursive: true });
    await mkdir(join(dir, "extra/deep"), { recursive: true });
    await writeFile(join(dir, "extra/deep/file"), "x");
    await writeFile(join(dir, "tmp/new"), "x");
    expect(await verifyRootfs(manifest, dir)).toEqual({
      modified: [],
      missing: ["etc/conf", "etc/conf/a"],
      extra: ["extra", "tmp/new"],
    });
  });

  it("never follows a symlink put in place of a file or a directory", async () => {
    await rm(join(dir, "etc/motd"));
    await symlink(join(outside, "motd"), join(dir, "etc/motd"));
    await rm(join(dir, "etc/conf"), { recursive: true });
    await symlink(outside, join(dir, "etc/conf"));
    const diff = await verifyRootfs(manifest, dir);
    expect(diff.modified).toEqual([
      { path: "etc/conf", keys: [{ name: "type", expected: "dir", actual: "symlink" }] },
      { path: "etc/motd", keys: [{ name: "type", expected: "file", actual: "symlink" }] },
    ]);
    expect(diff.missing).toEqual(["etc/conf/a"]);
    expect(diff.extra).toEqual([]);
  });

  it("reports a directory where a file was, without listing it", async () => {
    await rm(join(dir, "bin/busybox"));
    await mkdir(join(dir, "bin/busybox"));
    await writeFile(join(dir, "bin/busybox/inside"), "x");
    expect(await verifyRootfs(manifest, dir)).toEqual({
      modified: [
        { path: "bin/busybox", keys: [{ name: "type", expected: "file", actual: "dir" }] },
      ],
      missing: [],
      extra: [],
    });
  });

  it("compares mtimes only when asked", async () => {
    // The manifest has no `time`: every mtime reads 0, and no file on disk is that old.
    const timed = await verifyRootfs(manifest, dir, { time: true });
    expect(timed.modified.find((m) => m.path === "etc/motd")?.keys).toEqual([
      { name: "time", expected: "0", actual: expect.stringMatching(/^[1-9]\d*$/) as string },
    ]);
  });

  it("without digests reads no file: a same-size edit passes, a size change does not", async () => {
    await writeFile(join(dir, "etc/motd"), "HELLO\n");
    await writeFile(join(dir, "etc/conf/a"), "a=10\n");
    await chmod(join(dir, "bin/busybox"), 0o000);
    const diff = await verifyRootfs(manifest, dir, { digests: false });
    expect(diff.modified.map((m) => [m.path, m.keys.map((k) => k.name)])).toEqual([
      ["bin/busybox", ["mode"]],
      ["etc/conf/a", ["size"]],
    ]);
  });

  it("passes what the runtime creates at mountpoints, and nothing put there", async () => {
    await mkdir(join(dir, "data/sub"), { recursive: true });
    await writeFile(join(dir, "etc/hostname"), "");
    await writeFile(join(dir, "etc/hosts"), "127.0.0.1 planted\n");
    await writeFile(join(dir, "data/planted"), "x");
    const mountpoints = new Set(["data", "data/sub", "etc/hostname", "etc/hosts"]);
    expect(await verifyRootfs(manifest, dir, { mountpoints })).toEqual({
      modified: [],
      missing: [],
      extra: ["data/planted", "etc/hosts"],
    });
  });
});
