import { describe, expect, it } from "vitest";
import { readImageManifest, scanImageArchive, writeMtree } from "../../src/rootfs/index.ts";
import { createImageArchive, createTar, readTar } from "../support/tar.ts";
import type { ImageLayer, TarEntry } from "../support/tar.ts";
import { chunked, randomSizes } from "./stream-helpers.ts";
import { ImageArchiveError, LayerDigestMismatchError } from "../../src/errors/index.ts";

const base: ImageLayer = {
  createdBy: "base",
  entries: [
    { type: "dir", path: "etc" },
    { type: "file", path: "etc/os-release", data: "ID=test\n" },
    { type: "file", path: "etc/old", data: "old\n" },
    { type: "dir", path: "var/cache" },
    { type: "file", path: "var/cache/a", data: "a" },
  ],
};

const top: ImageLayer = {
  createdBy: "top",
  entries: [
    { type: "file", path: "etc/.wh.old", data: "" },
    { type: "dir", path: "var/cache" },
    { type: "file", path: "var/cache/.wh..wh..opq", data: "" },
    { type: "file", path: "var/cache/b", data: "b" },
  ],
};

function archive(layers: ImageLayer[]): Buffer {
  return createImageArchive({ repoTags: ["rbc.test/scan:1"], config: {}, layers }).bytes;
}

describe("scanImageArchive", () => {
  it("checks layers against the config's diff_ids and keeps manifest order", async () => {
    const scan = await scanImageArchive(chunked(archive([base, top]), 4096));
    expect(scan.repoTags).toEqual(["rbc.test/scan:1"]);
    expect(scan.layers.map((layer) => layer.entries.length)).toEqual([5, 4]);
    expect(scan.configDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it("applies the layers in manifest order whatever order the archive stores them in", async () => {
    const bytes = archive([base, top]);
    const reversed = readTar(bytes).reverse();
    const shuffled = createTar(
      reversed.map((entry): TarEntry =>
        entry.typeflag === "5"
          ? { type: "dir", path: entry.path }
          : { type: "file", path: entry.path, data: entry.data },
      ),
    );
    const inOrder = await readImageManifest(chunked(bytes, 4096));
    const outOfOrder = await readImageManifest(chunked(shuffled, randomSizes(5000, 3)));
    expect(writeMtree(outOfOrder.entries)).toBe(writeMtree(inOrder.entries));
    expect(inOrder.entries.map((entry) => entry.path)).toEqual([
      ".",
      "etc",
      "etc/os-release",
      "var",
      "var/cache",
      "var/cache/b",
    ]);
  });

  it("rejects a layer whose digest differs from its diff_id", async () => {
    const entries = readTar(archive([base]));
    const tampered = createTar(
      entries.map((entry): TarEntry => {
        if (entry.typeflag === "5") return { type: "dir", path: entry.path };
        const data = entry.path.endsWith("layer.tar")
          ? Buffer.concat([entry.data, Buffer.alloc(512)])
          : entry.data;
        return { type: "file", path: entry.path, data };
      }),
    );
    await expect(scanImageArchive(chunked(tampered, 4096))).rejects.toThrow(
      LayerDigestMismatchError,
    );
  });

  it("rejects an archive without manifest.json or with a missing layer", async () => {
    const entries = readTar(archive([base]));
    const rebuild = (keep: (path: string) => boolean): Buffer =>
      createTar(
        entries
          .filter((e) => keep(e.path))
          .map((e): TarEntry =>
            e.typeflag === "5"
              ? { type: "dir", path: e.path }
              : { type: "file", path: e.path, data: e.data },
          ),
      );
    await expect(
      scanImageArchive(
        chunked(
          rebuild((p) => p !== "manifest.json"),
          4096,
        ),
      ),
    ).rejects.toThrow(/manifest.json missing/);
    await expect(
      scanImageArchive(
        chunked(
          rebuild((p) => !p.endsWith("layer.tar")),
          4096,
        ),
      ),
    ).rejects.toThrow(ImageArchiveError);
  });

  it("reads the OCI layout of Docker >= 25 (blobs named by the same manifest.json)", async () => {
    const fromOci = await readImageManifest(chunked(ociArchive([base, top]), 4096));
    const fromLegacy = await readImageManifest(chunked(archive([base, top]), 4096));
    expect(writeMtree(fromOci.entries)).toBe(writeMtree(fromLegacy.entries));
    expect(fromOci.layerPaths.every((path) => path.startsWith("blobs/sha256/"))).toBe(true);
  });
});

describe("scanImageArchive with known layers", () => {
  const layers = async (bytes: Buffer) => (await scanImageArchive(chunked(bytes, 4096))).layers;

  it("only digests a known layer an OCI blob name identifies, and takes its entries as known", async () => {
    const [scannedBase, scannedTop] = await layers(ociArchive([base, top]));
    if (scannedBase === undefined || scannedTop === undefined) throw new Error("two layers");
    // Entries no scan of the base layer gives: the scan took them from `known`.
    const marker = [{ ...(scannedBase.entries[0] ?? fail()), path: "known-marker" }];
    const known = {
      diffIds: [scannedBase.diffId, scannedTop.diffId],
      entries: new Map([[scannedBase.diffId, marker]]),
    };
    const scan = await scanImageArchive(chunked(ociArchive([base, top]), 4096), { known });
    expect(scan.layers.map((layer) => layer.known)).toEqual([true, undefined]);
    expect(scan.layers[0]?.entries).toEqual(marker);
    expect(scan.layers[1]?.entries).toEqual(scannedTop.entries);
  });

  it("reads a known layer by its name alone: its bytes are neither scanned nor digested", async () => {
    const [scannedBase, scannedTop] = await layers(ociArchive([base, top]));
    if (scannedBase === undefined || scannedTop === undefined) throw new Error("two layers");
    const swapped = readTar(ociArchive([base, top])).map((entry): TarEntry => {
      const data = entry.path.endsWith(scannedBase.diffId.slice(7)) ? Buffer.from("x") : entry.data;
      return { type: "file", path: entry.path, data };
    });
    const known = {
      diffIds: [scannedBase.diffId, scannedTop.diffId],
      entries: new Map([[scannedBase.diffId, scannedBase.entries]]),
    };
    const scan = await scanImageArchive(chunked(createTar(swapped), 4096), { known });
    expect(scan.layers.map((layer) => layer.diffId)).toEqual(known.diffIds);
    expect(scan.layers[0]?.entries).toEqual(scannedBase.entries);
    // Unknown, the same bytes are read and refused.
    await expect(scanImageArchive(chunked(createTar(swapped), 4096))).rejects.toThrow();
  });

  it("scans a legacy layer directory it cannot place, known or not", async () => {
    // The test archive names layer directories by diff_id, not by moby's v1 id.
    const [scannedBase, scannedTop] = await layers(archive([base, top]));
    if (scannedBase === undefined || scannedTop === undefined) throw new Error("two layers");
    const known = {
      diffIds: [scannedBase.diffId, scannedTop.diffId],
      entries: new Map([[scannedBase.diffId, []]]),
    };
    const scan = await scanImageArchive(chunked(archive([base, top]), 4096), { known });
    expect(scan.layers.map((layer) => layer.known)).toEqual([undefined, undefined]);
    expect(scan.layers[0]?.entries).toEqual(scannedBase.entries);
  });
});

function fail(): never {
  throw new Error("no entry");
}

/** The archive in Docker 25's OCI layout: every part a blob named by its digest. */
function ociArchive(layers: ImageLayer[]): Buffer {
  const legacy = readTar(archive(layers));
  const blob = (path: string): string =>
    `blobs/sha256/${path.replace(/(\/layer\.tar|\.json)$/, "")}`;
  const manifest = JSON.parse(
    legacy.find((e) => e.path === "manifest.json")?.data.toString() ?? "",
  ) as {
    Config: string;
    Layers: string[];
  }[];
  const oci = manifest.map((m) => ({ ...m, Config: blob(m.Config), Layers: m.Layers.map(blob) }));
  const files: TarEntry[] = [
    { type: "file", path: "blobs/sha256/" + "f".repeat(64), data: '{"schemaVersion":2}' },
    { type: "file", path: "index.json", data: '{"schemaVersion":2,"manifests":[]}' },
    { type: "file", path: "manifest.json", data: JSON.stringify(oci) },
    { type: "file", path: "oci-layout", data: '{"imageLayoutVersion":"1.0.0"}' },
    ...legacy
      .filter((e) => e.typeflag === "0" && e.path !== "manifest.json")
      .map((e): TarEntry => ({ type: "file", path: blob(e.path), data: e.data })),
  ];
  return createTar(files);
}
