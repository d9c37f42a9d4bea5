import { createHash } from "node:crypto";
import { mkdir, mkdtemp, rm, symlink, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { RootfsEntry } from "../../src/rootfs/index.ts";
import { walkRootfs } from "../../src/rootfs/index.ts";
import { hashFile } from "../../src/rootfs/walk-rootfs.ts";

const sha256 = (data: string | Buffer): string => createHash("sha256").update(data).digest("hex");

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "rbc-walk-rootfs-"));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("hashFile", () => {
  const buffer = Buffer.alloc(16);

  it("digests a file shorter than the buffer in one read, and an empty one", async () => {
    await writeFile(join(dir, "small"), "0123456789");
    await writeFile(join(dir, "empty"), "");
    expect(hashFile(join(dir, "small"), 10, buffer)).toBe(sha256("0123456789"));
    expect(hashFile(join(dir, "empty"), 0, buffer)).toBe(sha256(""));
  });

  it("reads a file of the buffer's size or larger to its end", async () => {
    const exact = "x".repeat(16);
    const large = "abcdefghij".repeat(10);
    await writeFile(join(dir, "exact"), exact);
    await writeFile(join(dir, "large"), large);
    expect(hashFile(join(dir, "exact"), 16, buffer)).toBe(sha256(exact));
    expect(hashFile(join(dir, "large"), 100, buffer)).toBe(sha256(large));
  });

  it("reads to the end when the file is not the size its lstat gave", async () => {
    await writeFile(join(dir, "file"), "0123456789");
    // Grown since the lstat (it said 3 bytes), or shrunk (it said 12): every byte still counts.
    expect(hashFile(join(dir, "file"), 3, buffer)).toBe(sha256("0123456789"));
    expect(hashFile(join(dir, "file"), 12, buffer)).toBe(sha256("0123456789"));
  });

  it("never follows a symlink swapped in for the file", async () => {
    await writeFile(join(dir, "target"), "secret");
    await symlink(join(dir, "target"), join(dir, "link"));
    expect(() => hashFile(join(dir, "link"), 6, buffer)).toThrow(/ELOOP/);
  });
});

describe("walkRootfs", () => {
  /** ./a/{f,g}, ./extra/{h}, ./s → a/f */
  async function makeTree(): Promise<void> {
    await mkdir(join(dir, "a"));
    await mkdir(join(dir, "extra"));
    await writeFile(join(dir, "a/f"), "f\n");
    await writeFile(join(dir, "a/g"), "g\n");
    await writeFile(join(dir, "extra/h"), "h\n");
    await symlink("a/f", join(dir, "s"));
  }

  it("lists every entry depth first, siblings sorted, hashing every file by default", async () => {
    await makeTree();
    const entries = await walkRootfs(dir);
    expect(entries.map((entry) => entry.path)).toEqual([
      ".",
      "a",
      "a/f",
      "a/g",
      "extra",
      "extra/h",
      "s",
    ]);
    expect(entries.find((entry) => entry.path === "a/g")).toMatchObject({
      type: "file",
      size: 2,
      sha256: sha256("g\n"),
    });
    expect(entries.find((entry) => entry.path === "s")).toMatchObject({
      type: "symlink",
      link: "a/f",
    });
  });

  it("lists only expected directories and hashes only expected files", async () => {
    await makeTree();
    const expected = new Map<string, Pick<RootfsEntry, "type">>([
      [".", { type: "dir" }],
      ["a", { type: "dir" }],
      ["a/f", { type: "file" }],
      ["extra", { type: "file" }],
    ]);
    const entries = await walkRootfs(dir, {
      expected: (path) => expected.get(path) as RootfsEntry | undefined,
    });
    expect(entries.map((entry) => entry.path)).toEqual([".", "a", "a/f", "a/g", "extra", "s"]);
    expect(entries.find((entry) => entry.path === "a/f")?.sha256).toBe(sha256("f\n"));
    expect(entries.find((entry) => entry.path === "a/g")?.sha256).toBe("");
  });

  it("reads whole-second mtimes only when asked, and 0 otherwise", async () => {
    await writeFile(join(dir, "f"), "");
    await utimes(join(dir, "f"), 1_700_000_000.75, 1_700_000_000.75);
    const timed = await walkRootfs(dir, { time: true });
    const untimed = await walkRootfs(dir, { time: false });
    expect(timed.find((entry) => entry.path === "f")?.mtime).toBe(1_700_000_000);
    expect(untimed.find((entry) => entry.path === "f")?.mtime).toBe(0);
    expect(untimed.find((entry) => entry.path === "f")).toMatchObject({ type: "file", size: 0 });
  });
});
