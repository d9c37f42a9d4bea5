import { createHash, randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  diffRootfs,
  materializeRootfs,
  readContainerManifest,
  readImageManifest,
} from "../../src/rootfs/index.ts";
import type { RootfsEntry } from "../../src/rootfs/index.ts";
import { RbcError } from "../../src/errors/index.ts";
import {
  removeImage,
  removeTrackedContainers,
  runDocker,
  trackContainer,
} from "../support/docker.ts";
import { rawImageArchive } from "../support/raw-tar.ts";
import { bytesStream, dockerExport, dockerSave, scratchDir } from "../rootfs/engine-support.ts";
import { REAL, SCRIPT, TAR_CASES, type TarCase } from "./tar-cases.ts";
import { ESCAPED } from "./tar-case-parts.ts";
import { ROOTFS_PATH } from "../../src/contract/index.ts";

/**
 * rbc reads layers as Docker does. Each case is a layer written byte by byte, wrapped in an
 * image, `docker load`ed and a container created (not started) from it; the container's
 * `docker export` is what Docker made of the layer. Where Docker accepts the image, rbc's
 * manifest of it (from `docker save`) must equal the export's; where Docker refuses it, rbc
 * must refuse the crafted archive too.
 */

const run = randomBytes(3).toString("hex");

type DockerView =
  | { readonly accepted: true; readonly entries: readonly RootfsEntry[] }
  | { readonly accepted: false; readonly reason: string };

async function dockerView(tarCase: TarCase, ref: string, bytes: Buffer): Promise<DockerView> {
  const load = await runDocker(["load", "--quiet"], { input: bytes });
  if (load.exitCode !== 0) return { accepted: false, reason: load.stderr.trim() };
  const name = `rbc-h-tar-${tarCase.name}-${run}`;
  const create = await runDocker(["create", "--name", name, ref, "/x"]);
  if (create.exitCode !== 0) return { accepted: false, reason: create.stderr.trim() };
  trackContainer(name);
  // What rbc refuses to read in a layer it cannot read in an export either.
  if (tarCase.rbcRefuses !== undefined) return { accepted: true, entries: [] };
  const exported = await readContainerManifest(dockerExport(name));
  return { accepted: true, entries: exported.entries };
}

const CAPABILITY = "security.capability";

/**
 * The file capabilities of a tree, the only xattrs `docker export` shows; a revision 3 value as
 * Docker exports it, revision 2 (moby pkg/archive ReadSecurityXattrToTarHeader).
 */
function capabilities(entries: readonly RootfsEntry[]): Record<string, string> {
  const found: Record<string, string> = {};
  for (const entry of entries) {
    const value = entry.xattrs?.[CAPABILITY];
    if (value === undefined) continue;
    found[entry.path] =
      value.charCodeAt(3) === 3 ? `${value.slice(0, 3)}\x02${value.slice(4, 20)}` : value;
  }
  return found;
}

async function rbcView(
  open: () => AsyncIterable<Uint8Array>,
): Promise<{ entries: readonly RootfsEntry[] } | { error: unknown }> {
  try {
    return { entries: (await readImageManifest(open())).entries };
  } catch (error) {
    return { error };
  }
}

const sha256 = (text: string): string => createHash("sha256").update(text).digest("hex");

/** Facts about some cases, known from how their bytes were written. */
const FACTS: Readonly<Record<string, (entries: readonly RootfsEntry[]) => void>> = {
  "pax-global-path": (entries) => {
    expect(entries.find((e) => e.path === "bin/busybox")?.sha256).toBe(sha256(REAL));
    expect(entries.find((e) => e.path === "script")?.sha256).toBe(sha256(SCRIPT));
  },
  "pax-global-size": (entries) => {
    expect(entries.filter((e) => e.type === "file").map((e) => [e.path, e.size])).toEqual([
      ["a", 6],
      ["b", 6],
    ]);
  },
  "pax-local-before-global-is-dropped": (entries) => {
    expect(entries.map((e) => e.path)).toContain("kept");
  },
  "pax-size-on-empty-file-swallows-next-header": (entries) => {
    expect(entries.map((e) => e.path)).not.toContain("hidden");
  },
  "directory-with-size-has-no-data": (entries) => {
    expect(entries.map((e) => e.path)).toContain("hidden");
  },
  "gnu-long-name-over-pax-path": (entries) => {
    expect(entries.map((e) => e.path)).toContain("gnu-name");
  },
  "symlink-absolute-escape-written-through": (entries) => {
    expect(pick(entries, ESCAPED, "link")).toEqual([
      { path: "link", type: "symlink" },
      { path: ESCAPED, type: "file" },
    ]);
  },
  "symlink-relative-escape-written-through": (entries) => {
    expect(pick(entries, ESCAPED, "d/up")).toEqual([
      { path: "d/up", type: "symlink" },
      { path: ESCAPED, type: "file" },
    ]);
  },
  "symlink-to-root-in-lower-layer-written-through": (entries) => {
    expect(pick(entries, "link", `link/${ESCAPED}`)).toEqual([
      { path: "link", type: "dir" },
      { path: `link/${ESCAPED}`, type: "file" },
    ]);
  },
  "hardlink-to-symlink": (entries) => {
    expect(entries.filter((e) => e.uid === 5).map((e) => [e.path, e.type, e.gid])).toEqual([
      ["s", "symlink", 6],
      ["t", "symlink", 6],
    ]);
  },
  "whiteout-before-directory-of-same-name": (entries) => {
    expect(pick(entries, "d", "d/new", "d/old").map((e) => e.path)).toEqual([
      "d",
      "d/new",
      "d/old",
    ]);
  },
  "overlay-opaque-xattr-on-directory": (entries) => {
    expect(entries.map((e) => e.path)).not.toContain("d/old");
  },
  "security-capability-v2": (entries) => {
    expect(Object.keys(capabilities(entries))).toEqual(["ping"]);
  },
  "root-entry-slash": (entries) => {
    expect(entries[0]).toMatchObject({ path: ".", mode: 0o755, uid: 0, gid: 0 });
  },
};

function pick(
  entries: readonly RootfsEntry[],
  ...paths: string[]
): { path: string; type: string }[] {
  return entries
    .filter((entry) => paths.includes(entry.path))
    .map(({ path, type }) => ({ path, type }));
}

describe("rbc's tar reader against Docker's layer applier", () => {
  afterAll(async () => {
    await removeTrackedContainers();
  });

  it.each(TAR_CASES.map((tarCase) => [tarCase.name, tarCase] as const))(
    "%s",
    async (_name, tarCase) => {
      const ref = `rbc.local/h-tar-${tarCase.name}:${run}`;
      const archive = rawImageArchive(ref, tarCase.layers);
      try {
        const docker = await dockerView(tarCase, ref, archive.bytes);
        expect(docker.accepted ? "accepts" : `refuses: ${docker.reason}`).toMatch(
          new RegExp(`^${tarCase.docker}`),
        );
        const rbc = await rbcView(() => bytesStream(archive.bytes));
        if (!docker.accepted || tarCase.rbcRefuses !== undefined) {
          expect("error" in rbc ? rbc.error : rbc.entries).toBeInstanceOf(RbcError);
          return;
        }
        if ("error" in rbc) throw rbc.error;
        if (tarCase.saveFails !== true) {
          // What rbc reads in practice: the engine's `docker save`, the same layer bytes.
          const saved = await rbcView(() => dockerSave(ref));
          expect("error" in saved ? saved.error : saved.entries).toEqual(rbc.entries);
        }
        expect(diffRootfs(rbc.entries, docker.entries)).toEqual({
          modified: [],
          missing: [],
          extra: [],
        });
        expect(capabilities(rbc.entries)).toEqual(capabilities(docker.entries));
        FACTS[tarCase.name]?.(rbc.entries);
      } finally {
        await removeTrackedContainers();
        await removeImage(ref);
      }
    },
  );

  it("materializes every layer Docker accepts into a rootfs that verifies against its manifest, and writes nothing outside it", async () => {
    const dir = await scratchDir("tar-differential");
    const accepted = TAR_CASES.filter((c) => c.docker === "accepts" && c.rbcRefuses === undefined);
    try {
      for (const tarCase of accepted) {
        const archive = rawImageArchive(`rbc.local/h-tar-${tarCase.name}:${run}`, tarCase.layers);
        // materializeRootfs verifies the tree it wrote against the manifest, or throws.
        const result = await materializeRootfs({
          bundleDir: join(dir, tarCase.name),
          openArchive: () => Promise.resolve(bytesStream(archive.bytes)),
        });
        expect(result.rootfsDir, tarCase.name).toBe(join(dir, tarCase.name, ROOTFS_PATH));
      }
      // The files written through symlinks to `/` or above landed at each rootfs's root.
      const escaping = accepted.filter(
        (c) => c.name.startsWith("symlink-") && c.name.includes("escape"),
      );
      expect(escaping.length).toBe(2);
      for (const tarCase of escaping) {
        expect(existsSync(join(dir, tarCase.name, ROOTFS_PATH, ESCAPED)), tarCase.name).toBe(true);
      }
      expect((await readdir(dir)).sort()).toEqual(accepted.map((c) => c.name).sort());
      for (const bundle of accepted.map((c) => join(dir, c.name))) {
        expect((await readdir(bundle)).join(), bundle).toBe(".rootfs");
        expect((await readdir(join(bundle, ".rootfs"))).join(), bundle).toBe("rootfs");
      }
      for (const outside of ["/", tmpdir(), "/tmp", "/etc"]) {
        expect(existsSync(join(outside, ESCAPED)), outside).toBe(false);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
