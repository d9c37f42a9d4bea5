import { describe, expect, it } from "vitest";
import { containerManifest, scanLayer } from "../../src/rootfs/index.ts";
import type { LayerEntry } from "../../src/rootfs/index.ts";
import { createTar } from "../support/tar.ts";
import type { TarEntry } from "../support/tar.ts";
import { chunked } from "./stream-helpers.ts";
import { rootDir } from "./entry-builders.ts";

/** What `docker export` of a busybox-like image shows: the image plus Docker's init layer. */
const exported: TarEntry[] = [
  { type: "file", path: ".dockerenv", data: "", mode: 0o755 },
  { type: "dir", path: "bin" },
  { type: "file", path: "bin/busybox", data: "bb", mode: 0o755 },
  { type: "dir", path: "dev" },
  { type: "file", path: "dev/console", data: "", mode: 0o755 },
  { type: "dir", path: "dev/pts" },
  { type: "dir", path: "dev/shm" },
  { type: "dir", path: "etc" },
  { type: "file", path: "etc/hostname", data: "", mode: 0o755 },
  { type: "file", path: "etc/hosts", data: "", mode: 0o755 },
  { type: "symlink", path: "etc/mtab", target: "/proc/mounts" },
  { type: "file", path: "etc/passwd", data: "root:x:0:0::/root:/bin/sh\n" },
  { type: "file", path: "etc/resolv.conf", data: "", mode: 0o755 },
  { type: "dir", path: "proc" },
  { type: "dir", path: "sys" },
];

async function scan(entries: TarEntry[]): Promise<LayerEntry[]> {
  return scanLayer(chunked(createTar(entries), 1000));
}

describe("containerManifest", () => {
  it("names the export entry of every kept file and none of the dropped ones", async () => {
    const result = containerManifest(await scan(exported));
    expect([...result.sources]).toEqual([
      ["bin/busybox", { layer: 0, ordinal: 2 }],
      ["etc/passwd", { layer: 0, ordinal: 11 }],
    ]);
  });

  it("drops the init-layer files and the empty init-layer directories", async () => {
    const result = containerManifest(await scan(exported));
    expect(result.entries.map((entry) => entry.path)).toEqual([
      ".",
      "bin",
      "bin/busybox",
      "etc",
      "etc/passwd",
    ]);
    expect(result.dropped).toEqual([
      ".dockerenv",
      "dev",
      "dev/console",
      "dev/pts",
      "dev/shm",
      "etc/hostname",
      "etc/hosts",
      "etc/mtab",
      "etc/resolv.conf",
      "proc",
      "sys",
    ]);
  });

  it("keeps the init-layer directories the image has", async () => {
    const imageEntries = [rootDir("."), rootDir("proc"), rootDir("sys"), rootDir("dev")];
    const result = containerManifest(await scan(exported), { imageEntries });
    expect(result.entries.map((entry) => entry.path)).toEqual([
      ".",
      "bin",
      "bin/busybox",
      "dev",
      "etc",
      "etc/passwd",
      "proc",
      "sys",
    ]);
  });

  it("keeps an init-layer directory that holds other entries", async () => {
    const result = containerManifest(
      await scan([...exported, { type: "file", path: "dev/pts/x", data: "" }]),
    );
    expect(result.entries.map((entry) => entry.path)).toContain("dev/pts/x");
    expect(result.entries.map((entry) => entry.path)).toContain("dev");
    expect(result.dropped).not.toContain("dev/pts");
  });

  it("keeps .wh. names: an export has no whiteouts", async () => {
    const result = containerManifest(await scan([{ type: "file", path: ".wh.keep", data: "" }]));
    expect(result.entries.map((entry) => entry.path)).toEqual([".", ".wh.keep"]);
  });
});
