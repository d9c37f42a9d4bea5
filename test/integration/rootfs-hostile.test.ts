import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { lstat, mkdir, readFile, readdir, readlink, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { materializeRootfs } from "../../src/rootfs/index.ts";
import type { MaterializeResult } from "../../src/rootfs/index.ts";
import { loadImageArchive, removeImage } from "../support/docker.ts";
import { createImageArchive } from "../support/tar.ts";
import type { ImageArchive, TarEntry } from "../support/tar.ts";
import { bytesStream, dockerSave, scratchDir } from "../rootfs/engine-support.ts";
import { HostileEntryError, type HostileEntryRule } from "../../src/errors/index.ts";

/**
 * Hostile images: none may write outside `<bundle>/rootfs`. Each archive is fed to
 * materializeRootfs as built (a crafted `docker save` stream can hold anything), and, when the
 * engine accepts it, once more after a `docker load` / `docker save` round trip.
 */

const tag = randomBytes(4).toString("hex");
const HOST_ABSOLUTE = `/tmp/rbc-hostile-${tag}`;
const HOST_RELATIVE = join(tmpdir(), `rbc-hostile-up-${tag}`);

let sandbox: string;
let canary: string;

async function snapshot(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  const contents = await Promise.all(
    entries.sort().map(async (name) => {
      const path = join(dir, name);
      // lstat: the materialized trees hold symlinks that lead out of them, never followed here.
      const stats = await lstat(path);
      if (stats.isSymbolicLink()) return `${name}:-> ${await readlink(path)}`;
      return `${name}:${stats.isFile() ? await readFile(path, "utf8") : "dir"}`;
    }),
  );
  return contents;
}

function archiveOf(name: string, entries: TarEntry[]): ImageArchive {
  return createImageArchive({
    repoTags: [`rbc.local/hostile-${name}:1`],
    config: {},
    layers: [{ entries, createdBy: `hostile ${name}` }],
  });
}

async function materialize(name: string, archive: ImageArchive): Promise<MaterializeResult> {
  return materializeRootfs({
    bundleDir: join(sandbox, `bundle-${name}`, "b"),
    openArchive: () => Promise.resolve(bytesStream(archive.bytes)),
  });
}

async function expectRefusal(
  name: string,
  entries: TarEntry[],
  rule: HostileEntryRule,
  path: string,
) {
  const run = materialize(name, archiveOf(name, entries));
  await expect(run).rejects.toBeInstanceOf(HostileEntryError);
  await expect(run).rejects.toMatchObject({ rule, path });
  await expect(run).rejects.toThrow(`refusing image entry ${JSON.stringify(path)}`);
  expect(existsSync(join(sandbox, `bundle-${name}`, "b", ".rootfs"))).toBe(false);
}

describe("materializeRootfs with hostile images", () => {
  let before: string[];

  beforeAll(async () => {
    sandbox = await scratchDir("rootfs-hostile");
    canary = join(sandbox, "canary");
    await mkdir(canary);
    await writeFile(join(canary, "sentinel"), "untouched\n");
    before = await snapshot(sandbox);
  });

  afterAll(async () => {
    // Nothing outside the bundles' rootfs directories changed.
    const bundles = (name: string): boolean => !name.startsWith("bundle-");
    expect((await snapshot(sandbox)).filter(bundles)).toEqual(before);
    expect(existsSync(HOST_ABSOLUTE)).toBe(false);
    expect(existsSync(HOST_RELATIVE)).toBe(false);
    await rm(sandbox, { recursive: true, force: true });
  });

  it("refuses a path that climbs out with ..", async () => {
    await expectRefusal(
      "traversal",
      [{ type: "file", path: "../../etc/x", data: "x" }],
      "parent-traversal",
      "../../etc/x",
    );
    expect(existsSync(join(sandbox, "etc"))).toBe(false);
  });

  it("reads an absolute path as relative to the rootfs", async () => {
    const result = await materialize(
      "absolute",
      archiveOf("absolute", [{ type: "file", path: HOST_ABSOLUTE, data: "inside\n" }]),
    );
    expect(await readFile(join(result.rootfsDir, HOST_ABSOLUTE), "utf8")).toBe("inside\n");
    expect(existsSync(HOST_ABSOLUTE)).toBe(false);
  });

  it("refuses a file below a symlink to a directory outside", async () => {
    const entries: TarEntry[] = [
      { type: "symlink", path: "evil", target: canary },
      { type: "file", path: "evil/pwned", data: "x" },
    ];
    await expectRefusal("symlink", entries, "symlink-parent", "evil/pwned");
    expect(existsSync(join(canary, "pwned"))).toBe(false);
  });

  it("writes a file below a relative symlink that climbs out at the rootfs root, as Docker's chroot does", async () => {
    const name = `rbc-hostile-up-${tag}`;
    const entries: TarEntry[] = [
      { type: "symlink", path: "up", target: "../../.." },
      { type: "file", path: `up/${name}`, data: "x\n" },
      { type: "symlink", path: "abs", target: "/up/../../.." },
      { type: "hardlink", path: "linked", target: `abs/up/${name}` },
    ];
    const result = await materialize("relative", archiveOf("relative", entries));
    expect(await readFile(join(result.rootfsDir, name), "utf8")).toBe("x\n");
    expect((await stat(join(result.rootfsDir, "linked"))).ino).toBe(
      (await stat(join(result.rootfsDir, name))).ino,
    );
    expect(await readdir(join(sandbox, "bundle-relative"))).toEqual(["b"]);
  });

  it("keeps a symlink's text but never writes through it", async () => {
    // Two layers: Docker refuses a layer that names one path twice.
    const archive = createImageArchive({
      repoTags: ["rbc.local/hostile-overwrite:1"],
      config: {},
      layers: [
        {
          entries: [
            { type: "symlink", path: "link", target: join(canary, "sentinel") },
            { type: "symlink", path: "dangling", target: "/etc/shadow" },
          ],
          createdBy: "hostile overwrite 1",
        },
        { entries: [{ type: "file", path: "link", data: "replaced\n" }], createdBy: "hostile 2" },
      ],
    });
    const result = await materialize("overwrite", archive);
    expect(await readFile(join(result.rootfsDir, "link"), "utf8")).toBe("replaced\n");
    expect(await readFile(join(canary, "sentinel"), "utf8")).toBe("untouched\n");
  });

  it("refuses a hard link to a host path the image does not have", async () => {
    const entries: TarEntry[] = [{ type: "hardlink", path: "pw", target: "/etc/passwd" }];
    const links = (await stat("/etc/passwd")).nlink;
    await expectRefusal("hardlink", entries, "hardlink-target", "pw");
    expect((await stat("/etc/passwd")).nlink).toBe(links);
  });

  it("links a hard link to /etc/passwd to the image's own file", async () => {
    const entries: TarEntry[] = [
      { type: "file", path: "etc/passwd", data: "root:x:0:0::/:/bin/sh\n" },
      { type: "hardlink", path: "pw", target: "/etc/passwd" },
    ];
    const links = (await stat("/etc/passwd")).nlink;
    const result = await materialize("hardlink-inside", archiveOf("hardlink-inside", entries));
    const own = await stat(join(result.rootfsDir, "etc/passwd"));
    expect((await stat(join(result.rootfsDir, "pw"))).ino).toBe(own.ino);
    expect((await stat("/etc/passwd")).nlink).toBe(links);
  });

  it("refuses a whiteout outside the tree", async () => {
    const bundle = join(sandbox, "bundle-whiteout", "b");
    await mkdir(bundle, { recursive: true });
    await writeFile(join(bundle, "victim"), "still here\n");
    await expectRefusal(
      "whiteout",
      [{ type: "file", path: "../.wh.victim", data: "" }],
      "parent-traversal",
      "../.wh.victim",
    );
    expect(await readFile(join(bundle, "victim"), "utf8")).toBe("still here\n");
  });

  it("stays inside the rootfs after a docker load / save round trip of every case the engine accepts", async () => {
    const cases: [string, TarEntry[]][] = [
      ["traversal", [{ type: "file", path: "../../etc/x", data: "x" }]],
      [
        "relative",
        [
          { type: "symlink", path: "up", target: "../../.." },
          { type: "file", path: `up/rbc-hostile-up-${tag}`, data: "x" },
        ],
      ],
      ["whiteout", [{ type: "file", path: "../.wh.victim", data: "" }]],
    ];
    for (const [name, entries] of cases) {
      const archive = archiveOf(`${name}-engine`, entries);
      const ref = `rbc.local/hostile-${name}-engine:1`;
      try {
        await loadImageArchive(archive);
      } catch {
        continue; // The engine refused it too.
      }
      try {
        await materializeRootfs({
          bundleDir: join(sandbox, `bundle-engine-${name}`),
          openArchive: () => Promise.resolve(dockerSave(ref)),
        }).catch((error: unknown) => {
          // Docker 20.10 loads `../../etc/x` (clamped inside its chroot) but its own save then
          // fails opening `/var/lib/docker/overlay2/etc/x`: a refusal either way, no writes.
          const refused =
            error instanceof HostileEntryError || /^docker save/.test((error as Error).message);
          expect(refused, String(error)).toBe(true);
        });
      } finally {
        await removeImage(ref);
      }
    }
  });
});
