import { describe, expect, it } from "vitest";
import { applyLayers, scanLayer } from "../../src/rootfs/index.ts";
import type { LayerEntry, RootfsEntry, RootfsPlan } from "../../src/rootfs/index.ts";
import { createTar } from "../support/tar.ts";
import type { TarEntry } from "../support/tar.ts";
import { chunked } from "./stream-helpers.ts";
import { HostileEntryError, UnsupportedEntryError } from "../../src/errors/index.ts";

async function layer(entries: TarEntry[]): Promise<LayerEntry[]> {
  return scanLayer(chunked(createTar(entries), 4096));
}

async function apply(...layers: TarEntry[][]): Promise<RootfsPlan> {
  return applyLayers(await Promise.all(layers.map(layer)));
}

function paths(plan: RootfsPlan): string[] {
  return plan.entries.map((entry) => entry.path);
}

function entry(plan: RootfsPlan, path: string): RootfsEntry | undefined {
  return plan.entries.find((e) => e.path === path);
}

async function refusal(...layers: TarEntry[][]): Promise<HostileEntryError> {
  try {
    await apply(...layers);
  } catch (error) {
    if (error instanceof HostileEntryError) return error;
    throw error;
  }
  throw new Error("expected a HostileEntryError");
}

/** A revision 2 security.capability value (cap_net_raw), ASCII so the writer keeps its bytes. */
const CAP = `\0\0\0\x02\0 ${"\0".repeat(14)}`;

describe("applyLayers", () => {
  it("lists every path sorted by bytes with the root first and implicit parents as 0755 root dirs", async () => {
    const plan = await apply([
      { type: "file", path: "z/deep/file", data: "z" },
      { type: "file", path: "a-b", data: "1" },
      { type: "dir", path: "a", mode: 0o700 },
      { type: "file", path: "a/b", data: "2" },
      { type: "file", path: "é", data: "3" },
      { type: "file", path: "😀", data: "4" },
      { type: "file", path: "\uffff", data: "5" },
    ]);
    expect(paths(plan)).toEqual([
      ".",
      "a",
      "a-b",
      "a/b",
      "z",
      "z/deep",
      "z/deep/file",
      "é",
      "\uffff",
      "😀",
    ]);
    expect(entry(plan, "z/deep")).toEqual({
      path: "z/deep",
      type: "dir",
      mode: 0o755,
      uid: 0,
      gid: 0,
      mtime: 0,
    });
    expect(entry(plan, "a")?.mode).toBe(0o700);
    expect(entry(plan, "a/b")).toMatchObject({
      type: "file",
      size: 1,
      sha256: "d4735e3a265e16eee03f59718b9b5d03019c07d8b6c51f90da3a666eec13ab35",
    });
  });

  it("removes a whited-out path and everything under it from lower layers", async () => {
    const plan = await apply(
      [
        { type: "file", path: "etc/keep", data: "k" },
        { type: "file", path: "etc/gone/a", data: "a" },
        { type: "file", path: "etc/gone/b/c", data: "c" },
        { type: "file", path: "etc/gone-not", data: "n" },
      ],
      [{ type: "file", path: "etc/.wh.gone", data: "" }],
    );
    expect(paths(plan)).toEqual([".", "etc", "etc/gone-not", "etc/keep"]);
  });

  it("removes only the lower-layer children of an opaque directory", async () => {
    const plan = await apply(
      [
        { type: "dir", path: "var", mode: 0o755 },
        { type: "file", path: "var/old", data: "o" },
        { type: "file", path: "var/sub/old", data: "o" },
      ],
      [
        { type: "dir", path: "var", mode: 0o750 },
        { type: "file", path: "var/.wh..wh..opq", data: "" },
        { type: "file", path: "var/new", data: "n" },
      ],
    );
    expect(paths(plan)).toEqual([".", "var", "var/new"]);
    expect(entry(plan, "var")?.mode).toBe(0o750);
  });

  it("never applies a whiteout to its own layer's entries, before or after it", async () => {
    const plan = await apply(
      [
        { type: "file", path: "f", data: "lower" },
        { type: "file", path: "d/old", data: "o" },
      ],
      [
        { type: "file", path: ".wh.f", data: "" },
        { type: "file", path: "f", data: "upper" },
        { type: "file", path: "d/x", data: "x" },
        { type: "file", path: "d/.wh..wh..opq", data: "" },
      ],
    );
    expect(paths(plan)).toEqual([".", "d", "d/x", "f"]);
    expect(entry(plan, "f")?.size).toBe(5);
  });

  it("refuses a whiteout of a path its own layer already has (Docker's mknod fails)", async () => {
    const after = await refusal(
      [{ type: "file", path: "f", data: "lower" }],
      [
        { type: "file", path: "f", data: "upper" },
        { type: "file", path: ".wh.f", data: "" },
      ],
    );
    expect(after).toMatchObject({ rule: "invalid-whiteout", path: ".wh.f", layer: 1 });
    const implicit = await refusal([
      { type: "file", path: "d/x", data: "x" },
      { type: "file", path: ".wh.d", data: "" },
    ]);
    expect(implicit).toMatchObject({ rule: "invalid-whiteout", path: ".wh.d" });
  });

  it("shows the lower children again under a directory that replaces its own layer's whiteout", async () => {
    // The directory replaces the 0/0 device but is not opaque: overlayfs merges it with the lower one.
    const plan = await apply(
      [{ type: "file", path: "d/old", data: "o" }],
      [
        { type: "file", path: ".wh.d", data: "" },
        { type: "dir", path: "d", mode: 0o700 },
        { type: "file", path: "d/new", data: "n" },
      ],
    );
    expect(paths(plan)).toEqual([".", "d", "d/new", "d/old"]);
    expect(entry(plan, "d")?.mode).toBe(0o700);
  });

  it("keeps an opaque mark when the directory's own entry comes after it, and ignores one on the root", async () => {
    const plan = await apply(
      [
        { type: "file", path: "d/old", data: "o" },
        { type: "file", path: "top", data: "t" },
      ],
      [
        { type: "file", path: "d/.wh..wh..opq", data: "" },
        { type: "dir", path: "d", mode: 0o711 },
        { type: "file", path: ".wh..wh..opq", data: "" },
      ],
    );
    expect(paths(plan)).toEqual([".", "d", "top"]);
    expect(entry(plan, "d")).toEqual({
      path: "d",
      type: "dir",
      mode: 0o711,
      uid: 0,
      gid: 0,
      mtime: 0,
    });
  });

  it("reads an opaque mark given as the overlayfs xattr, and hides the xattr", async () => {
    const plan = await apply(
      [{ type: "file", path: "d/old", data: "o" }],
      [{ type: "dir", path: "d", pax: { "SCHILY.xattr.trusted.overlay.opaque": "y" } }],
    );
    expect(paths(plan)).toEqual([".", "d"]);
    expect(entry(plan, "d")?.xattrs).toBeUndefined();
  });

  it("ignores whiteouts of absent paths and aufs metadata names, but makes their parents", async () => {
    const plan = await apply(
      [{ type: "file", path: "a", data: "a" }],
      [
        { type: "file", path: "nothing/.wh.here", data: "" },
        { type: "file", path: ".wh..wh.plnk", data: "" },
        { type: "dir", path: ".wh..wh.orph" },
      ],
    );
    // Docker's overlay2 creates the whiteout's parent in the layer's own directory.
    expect(paths(plan)).toEqual([".", "a", "nothing"]);
    expect(entry(plan, "nothing")).toMatchObject({ type: "dir", mode: 0o755, uid: 0 });
  });

  it("gives a lower directory the 0755 0:0 of a layer that has it only as a parent", async () => {
    const plan = await apply(
      [
        { type: "dir", path: "p", mode: 0o700, uid: 7, gid: 8 },
        { type: "file", path: "p/old", data: "o" },
        { type: "dir", path: "q", mode: 0o700, uid: 7 },
      ],
      [
        { type: "file", path: "p/new", data: "n" },
        { type: "dir", path: "q", mode: 0o711, uid: 9 },
        { type: "file", path: "q/new", data: "n" },
      ],
    );
    expect(paths(plan)).toEqual([".", "p", "p/new", "p/old", "q", "q/new"]);
    expect(entry(plan, "p")).toMatchObject({ mode: 0o755, uid: 0, gid: 0 });
    expect(entry(plan, "q")).toMatchObject({ mode: 0o711, uid: 9 });
  });

  it("reads a character device 0/0 as a whiteout of its own path (overlay2)", async () => {
    const plan = await apply(
      [
        { type: "file", path: "gone", data: "g" },
        { type: "file", path: "kept", data: "k" },
      ],
      [{ type: "char", path: "gone", devmajor: 0, devminor: 0 }],
    );
    expect(paths(plan)).toEqual([".", "kept"]);
  });

  it("lets a later entry replace an earlier one; a file over a directory drops its subtree", async () => {
    const plan = await apply(
      [
        { type: "dir", path: "d", mode: 0o700 },
        { type: "file", path: "d/child", data: "c" },
        { type: "dir", path: "keep" },
        { type: "file", path: "keep/child", data: "c" },
        { type: "file", path: "same", data: "1" },
      ],
      [
        { type: "file", path: "d", data: "now a file" },
        { type: "dir", path: "keep", mode: 0o711 },
        { type: "symlink", path: "same", target: "d" },
      ],
    );
    expect(paths(plan)).toEqual([".", "d", "keep", "keep/child", "same"]);
    expect(entry(plan, "keep")?.mode).toBe(0o711);
    expect(entry(plan, "same")).toMatchObject({ type: "symlink", link: "d", mode: 0o777 });
  });

  it("gives a hard link its target's content; the link's metadata becomes the inode's", async () => {
    const plan = await apply(
      [
        { type: "file", path: "bin/a", data: "original", mode: 0o755, uid: 3 },
        { type: "hardlink", path: "bin/b", target: "bin/a", mode: 0o600 },
        { type: "hardlink", path: "bin/c", target: "/bin/b", mode: 0o640, uid: 5 },
      ],
      [{ type: "file", path: "bin/a", data: "replaced" }],
    );
    // Docker chowns and chmods each link it makes, so the last link's metadata holds for all.
    expect(entry(plan, "bin/b")).toMatchObject({ type: "file", mode: 0o640, uid: 5, size: 8 });
    expect(entry(plan, "bin/c")).toMatchObject({ type: "file", mode: 0o640, uid: 5, size: 8 });
    expect(entry(plan, "bin/b")?.sha256).toBe(entry(plan, "bin/c")?.sha256);
    expect(entry(plan, "bin/b")?.sha256).not.toBe(entry(plan, "bin/a")?.sha256);
    // Both links share the original file entry; the replacement is a new source.
    expect(plan.sources.get("bin/b")).toEqual({ layer: 0, ordinal: 0 });
    expect(plan.sources.get("bin/c")).toEqual({ layer: 0, ordinal: 0 });
    expect(plan.sources.get("bin/a")).toEqual({ layer: 1, ordinal: 0 });
  });

  it("links a hard link to a symlink, fifo or device as link(2) does, through the layer's symlinks", async () => {
    const plan = await apply([
      { type: "file", path: "real/f", data: "f", mtime: 7 },
      { type: "symlink", path: "s", target: "/real", mtime: 8 },
      { type: "hardlink", path: "via-symlink", target: "s/f" },
      { type: "hardlink", path: "climbing", target: "../../real/f", uid: 4 },
      { type: "hardlink", path: "to-symlink", target: "s/", uid: 5, mode: 0o600, mtime: 9 },
      { type: "fifo", path: "p", mode: 0o600 },
      { type: "hardlink", path: "to-fifo", target: "p", uid: 6, mode: 0o640 },
    ]);
    expect(plan.sources.get("via-symlink")).toEqual({ layer: 0, ordinal: 0 });
    expect(plan.sources.get("climbing")).toEqual({ layer: 0, ordinal: 0 });
    expect(entry(plan, "real/f")).toMatchObject({ uid: 4 });
    // The symlink's owner changes with the link; its mode and mtime do not (Docker skips them).
    for (const path of ["s", "to-symlink"]) {
      expect(entry(plan, path)).toMatchObject({
        type: "symlink",
        link: "/real",
        uid: 5,
        mode: 0o777,
        mtime: 8,
      });
    }
    for (const path of ["p", "to-fifo"]) {
      expect(entry(plan, path)).toMatchObject({ type: "fifo", uid: 6, mode: 0o640 });
    }
  });

  it("follows a symlink of the same layer to write below it, never out of the layer's root", async () => {
    const plan = await apply(
      [{ type: "symlink", path: "lower-link", target: "/" }],
      [
        { type: "dir", path: "etc" },
        { type: "symlink", path: "link", target: "/etc/../../.." },
        { type: "file", path: "link/x", data: "x" },
        { type: "symlink", path: "etc/up", target: "../../../.." },
        { type: "file", path: "etc/up/y", data: "y" },
        { type: "file", path: "lower-link/z", data: "z" },
      ],
    );
    // A symlink of a lower layer is not followed: the layer makes a directory over it.
    expect(paths(plan)).toEqual([
      ".",
      "etc",
      "etc/up",
      "link",
      "lower-link",
      "lower-link/z",
      "x",
      "y",
    ]);
    expect(entry(plan, "lower-link")?.type).toBe("dir");
    expect(plan.sources.get("x")).toEqual({ layer: 1, ordinal: 2 });
  });

  it("records xattrs as bytes and refuses what the kernel would refuse Docker", async () => {
    const plan = await apply([
      { type: "file", path: "v", data: "", pax: { "SCHILY.xattr.user.k": "é" } },
    ]);
    expect(entry(plan, "v")?.xattrs).toEqual({ "user.k": "\xc3\xa9" });
    for (const [name, value] of [
      ["security.capability", "garbage"],
      ["user.", "v"],
      [`user.${"k".repeat(251)}`, "v"],
      ["user.big", "v".repeat(65_537)],
    ] as const) {
      const error = await refusal([
        { type: "file", path: "x", data: "", pax: { [`SCHILY.xattr.${name}`]: value } },
      ]);
      expect(error.rule, name).toBe("invalid-xattr");
    }
    const redirect = apply([
      { type: "dir", path: "d", pax: { "SCHILY.xattr.trusted.overlay.redirect": "/a" } },
    ]);
    await expect(redirect).rejects.toBeInstanceOf(UnsupportedEntryError);
  });

  it("reads absolute and dotted names relative to the rootfs, and cancels a/..", async () => {
    const plan = await apply([
      { type: "file", path: "/tmp/x", data: "x" },
      { type: "file", path: "./etc//./y", data: "y" },
      { type: "file", path: "etc/../z", data: "z" },
    ]);
    expect(paths(plan)).toEqual([".", "etc", "etc/y", "tmp", "tmp/x", "z"]);
  });

  it("makes the root 0755 0:0 whatever the layers say: a container's root is its own directory", async () => {
    const plan = await apply(
      [{ type: "dir", path: "./", mode: 0o711, uid: 5 }],
      [{ type: "dir", path: "/", mode: 0o777, uid: 1000, gid: 1000 }],
      [{ type: "file", path: ".", data: "" }],
    );
    expect(plan.entries).toEqual([
      { path: ".", type: "dir", mode: 0o755, uid: 0, gid: 0, mtime: 0 },
    ]);
  });

  it("records devices, fifos and xattrs", async () => {
    const plan = await apply([
      { type: "char", path: "dev/null", devmajor: 1, devminor: 3, mode: 0o666 },
      { type: "fifo", path: "run/fifo" },
      { type: "file", path: "ping", data: "", pax: { "SCHILY.xattr.security.capability": CAP } },
    ]);
    expect(entry(plan, "dev/null")).toMatchObject({ type: "char", devMajor: 1, devMinor: 3 });
    expect(entry(plan, "run/fifo")?.type).toBe("fifo");
    expect(entry(plan, "ping")?.xattrs).toEqual({ "security.capability": CAP });
  });

  it("keeps .wh. names as files when whiteouts are off (a flattened export)", async () => {
    const plan = applyLayers([await layer([{ type: "file", path: ".wh.x", data: "" }])], {
      whiteouts: false,
    });
    expect(paths(plan)).toEqual([".", ".wh.x"]);
  });

  describe("refuses hostile entries", () => {
    it.each([
      ["../../etc/x", "parent-traversal"],
      ["a/../../x", "parent-traversal"],
      ["../.wh.victim", "parent-traversal"],
      [".wh...", "invalid-whiteout"],
      [".wh..", "invalid-whiteout"],
      [".wh.", "invalid-whiteout"],
    ])("%s → %s", async (path, rule) => {
      const error = await refusal([{ type: "file", path, data: "x" }]);
      expect(error.rule).toBe(rule);
      expect(error.path).toBe(path);
      expect(error.message).toContain(JSON.stringify(path));
    });

    it("a file below a symlink that leads to no directory of its own layer", async () => {
      const absolute = await refusal([
        { type: "symlink", path: "evil", target: "/tmp" },
        { type: "file", path: "evil/pwned", data: "x" },
      ]);
      expect(absolute).toMatchObject({ rule: "symlink-parent", path: "evil/pwned", layer: 0 });
      const lower = await refusal(
        [{ type: "dir", path: "tmp" }],
        [
          { type: "symlink", path: "evil", target: "/tmp" },
          { type: "file", path: "evil/pwned", data: "x" },
        ],
      );
      expect(lower).toMatchObject({ rule: "symlink-parent", path: "evil/pwned", layer: 1 });
      const loop = await refusal([
        { type: "symlink", path: "a", target: "b" },
        { type: "symlink", path: "b", target: "a" },
        { type: "file", path: "a/x", data: "x" },
      ]);
      expect(loop).toMatchObject({ rule: "symlink-parent", path: "a/x" });
    });

    it("a whiteout below a dangling symlink", async () => {
      const error = await refusal([
        { type: "symlink", path: "evil", target: "/nowhere" },
        { type: "file", path: "evil/.wh.etc", data: "" },
      ]);
      expect(error.rule).toBe("symlink-parent");
    });

    it("a directory entry a later entry of its layer removed (Docker fails setting its mtime)", async () => {
      const error = await refusal([
        { type: "dir", path: "a/b" },
        { type: "file", path: "a", data: "" },
      ]);
      expect(error).toMatchObject({ rule: "directory-replaced", path: "a/b/" });
    });

    it.each([
      ["a name component over 255 bytes", "é".repeat(128), "x"],
      ["a name of 4096 bytes", `${"d".repeat(255)}/`.repeat(16), "x"],
      ["a symlink target of 4096 bytes", "s", "t".repeat(4096)],
    ])("%s", async (_what, path, target) => {
      const error = await refusal([{ type: "symlink", path, target }]);
      expect(error.rule).toBe("name-too-long");
    });

    it("a file below a file", async () => {
      const error = await refusal([
        { type: "file", path: "f", data: "" },
        { type: "file", path: "f/x", data: "" },
      ]);
      expect(error.rule).toBe("parent-not-directory");
    });

    it.each([
      ["../../etc/passwd", "escaping"],
      ["missing", "missing"],
      ["dir", "a directory"],
      ["sym/x", "below a symlink"],
      ["later", "extracted after the link"],
      ["link", "itself"],
    ])("a hard link to %s (%s)", async (target) => {
      const error = await refusal([
        { type: "dir", path: "dir" },
        { type: "symlink", path: "sym", target: "dir" },
        { type: "hardlink", path: "link", target },
        { type: "file", path: "later", data: "" },
      ]);
      expect(error).toMatchObject({ rule: "hardlink-target", path: "link" });
    });

    it("a hard link to a file of a lower layer", async () => {
      const layers = [
        [{ type: "file", path: "lower", data: "l" }],
        [{ type: "hardlink", path: "link", target: "lower" }],
      ] satisfies TarEntry[][];
      await expect(apply(...layers)).rejects.toMatchObject({ rule: "hardlink-target" });
    });

    it("a root entry `/` that is not a directory", async () => {
      expect((await refusal([{ type: "file", path: "/", data: "" }])).rule).toBe(
        "root-not-directory",
      );
    });

    it("a name with a NUL byte", () => {
      const entries = [
        {
          ordinal: 0,
          path: "a\0b",
          type: "file",
          mode: 0o644,
          uid: 0,
          gid: 0,
          mtime: 0,
          size: 0,
        } as const,
      ];
      expect(() => applyLayers([entries])).toThrow(/NUL byte/);
    });
  });
});
