import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeBundleFiles } from "../../src/bundle/index.ts";
import { openLayerCache } from "../../src/cache/index.ts";
import { compileBundle } from "../../src/compile.ts";
import { answeringImageUsers, readImage, type Engine } from "../../src/resolve/index.ts";
import { userFileReader } from "../../src/resolve/image-user-files.ts";
import type { UserQuery } from "../../src/spec/index.ts";
import { loadImageArchive, removeImage } from "../support/docker.ts";
import { engineById, rbcEngineFor } from "../support/engines.ts";
import { createImageArchive, type TarEntry } from "../support/tar.ts";

/**
 * The user lookup of an image answered from the image's read (the stream rbc reads for
 * rootfs.mtree, or the layer cache) gives exactly what the probe container gives: the same
 * entries, the same errors, the same diagnostics and lock. The images are built as `docker save`
 * archives and loaded, so their layers are exactly these.
 */

const suffix = randomBytes(4).toString("hex");
const PASSWD =
  "root:x:0:0:root:/root:/bin/sh\nalice:x:1000:1000::/home/alice:/bin/sh\nbob:x:1001:1001::/:/bin/sh\n";
const GROUP = "root:x:0:\nstaff:x:50:alice\naudio:x:29:alice,bob\ndev:x:2000:\nalice:x:1000:\n";
const base: TarEntry[] = [
  { type: "dir", path: "bin/" },
  { type: "file", path: "bin/sh", data: "#!/fake/sh\n", mode: 0o755 },
  { type: "dir", path: "etc/" },
  { type: "file", path: "etc/passwd", data: PASSWD },
  { type: "file", path: "etc/group", data: GROUP },
];

/** Layers over `base`, by image; `settled`: the read alone answers (no probe). */
const definitions: Record<string, { layers: TarEntry[][]; settled: boolean }> = {
  users: { layers: [base], settled: true },
  // The upper layer's /etc/passwd wins; it has no final newline.
  override: {
    layers: [
      base,
      [
        { type: "dir", path: "etc/" },
        { type: "file", path: "etc/passwd", data: "carol:x:1000:50\nalice:x:1500:2000::/:/bin/sh" },
      ],
    ],
    settled: true,
  },
  whiteout: {
    layers: [base, [{ type: "file", path: "etc/.wh.passwd", data: "" }]],
    settled: true,
  },
  opaque: {
    layers: [
      base,
      [
        { type: "dir", path: "etc/" },
        { type: "file", path: "etc/.wh..wh..opq", data: "" },
        { type: "file", path: "etc/group", data: "staff:x:51:bob\n" },
      ],
    ],
    settled: true,
  },
  // A copy the engine keeps as a hard link of the kept /etc/passwd is found by its digest.
  backup: {
    layers: [[...base, { type: "hardlink", path: "etc/passwd-", target: "etc/passwd" }]],
    settled: true,
  },
  // Docker follows a symlinked /etc/passwd inside the container: the probe reads it.
  symlink: {
    layers: [
      [
        ...base.filter((entry) => entry.path !== "etc/passwd"),
        { type: "dir", path: "usr/" },
        { type: "file", path: "usr/passwd", data: PASSWD.replace("alice:x:1000", "alice:x:1234") },
        { type: "symlink", path: "etc/passwd", target: "../usr/passwd" },
      ],
    ],
    settled: false,
  },
  // /etc/passwd a hard link of a file the read did not keep: the probe reads it.
  hardlink: {
    layers: [
      [
        ...base.filter((entry) => entry.path !== "etc/passwd"),
        { type: "file", path: "etc/passwd.orig", data: PASSWD.replace("bob", "robert") },
        { type: "hardlink", path: "etc/passwd", target: "etc/passwd.orig" },
      ],
    ],
    settled: false,
  },
};

const queries: UserQuery[] = [
  { user: "", groupAdd: [] },
  { user: "alice", groupAdd: [] },
  { user: "1000", groupAdd: [] },
  { user: "1000:50", groupAdd: [] },
  { user: "bob:staff", groupAdd: ["audio", "2000", "nosuchgroup"] },
  { user: "nobody", groupAdd: [] },
];

/** The engine, failing every user lookup it is asked: none may reach the probe. */
function withoutProbes(engine: Engine): Engine {
  return {
    ...engine,
    lookUpUsers: (source) => Promise.reject(new Error(`probe used for ${source.id}`)),
  };
}

/** A promise's outcome as data, so that answers and failures compare alike. */
async function settle<T>(work: Promise<T>): Promise<{ value: T } | { error: string }> {
  try {
    return { value: await work };
  } catch (cause) {
    return { error: String(cause) };
  }
}

describe("image user lookup from the image's read (host engine)", () => {
  const live = rbcEngineFor(engineById("20.10-v1"));
  const refs = new Map<string, string>();
  let work: string;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "rbc-user-lookup-"));
    for (const [name, { layers }] of Object.entries(definitions)) {
      const ref = `rbc.test/users-${name}-${suffix}:1`;
      const archive = createImageArchive({
        repoTags: [ref],
        config: { Cmd: ["/bin/sh"] },
        layers: layers.map((entries, index) => ({ entries, createdBy: `layer ${index}` })),
      });
      await loadImageArchive(archive);
      refs.set(name, ref);
    }
    refs.set("nousers", "rbc.local/nousers:1");
    refs.set("app", "rbc.local/app:1");
  });
  afterAll(async () => {
    for (const [name, ref] of refs) if (name in definitions) await removeImage(ref);
    await rm(work, { recursive: true, force: true });
  });

  const settledNames = [...Object.keys(definitions), "nousers", "app"];
  it.each(settledNames)("answers every query in %s as the probe container does", async (name) => {
    const ref = refs.get(name) ?? "";
    const settled = definitions[name]?.settled ?? true;
    const image = await live.inspectImage(ref);
    const read = await readImage(image, live, {});
    expect(userFileReader(read) !== undefined).toBe(settled);
    const answering = answeringImageUsers(settled ? withoutProbes(live) : live, {
      imageRead: () => Promise.resolve(read),
    });
    await answering.inspectImage(ref);
    for (const query of queries) {
      const source = { kind: "image", id: image.Id } as const;
      const probe = await settle(live.lookUpUsers(source, query));
      expect(await settle(answering.lookUpUsers(source, query)), query.user).toEqual(probe);
    }
  });

  it("answers from the layer cache as from the archive", async () => {
    const cache = openLayerCache({ dir: join(work, "cache"), maxBytes: 1 << 30 });
    for (const name of ["override", "whiteout", "opaque"]) {
      const image = await live.inspectImage(refs.get(name) ?? "");
      const fromArchive = await readImage(image, live, { cache });
      let saves = 0;
      const counting: Engine = {
        ...live,
        saveImage: (id) => {
          saves += 1;
          return live.saveImage(id);
        },
      };
      const fromCache = await readImage(image, counting, { cache });
      expect(saves).toBe(0);
      for (const query of queries) {
        const answer = async (read: typeof fromArchive) => {
          const engine = answeringImageUsers(withoutProbes(live), {
            imageRead: () => Promise.resolve(read),
          });
          await engine.inspectImage(image.Id);
          return settle(engine.lookUpUsers({ kind: "image", id: image.Id }, query));
        };
        expect(await answer(fromCache)).toEqual(await answer(fromArchive));
      }
    }
  });

  describe("compileBundle", () => {
    /** A bundle on image `name` with `settings` (YAML lines), in a directory of its own. */
    async function bundle(name: string, settings: string): Promise<string> {
      const dir = join(work, `${name}-${randomBytes(3).toString("hex")}`, "bundles", "app");
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, "bundle.yaml"), `image: ${refs.get(name) ?? ""}\n${settings}`);
      return dir;
    }
    /** The live engine, counting the user lookups that reach it (probe containers). */
    function countingProbes(): { engine: Engine; probes: () => number; saves: () => number } {
      let probes = 0;
      let saves = 0;
      return {
        engine: {
          ...live,
          lookUpUsers: (source, query) => {
            probes += 1;
            return live.lookUpUsers(source, query);
          },
          saveImage: (id) => {
            saves += 1;
            return live.saveImage(id);
          },
        },
        probes: () => probes,
        saves: () => saves,
      };
    }

    it("gives the probe's diagnostic for a missing user, without a probe", async () => {
      const dir = await bundle("override", "user: bob\n");
      const counted = countingProbes();
      const streamed = await compileBundle(dir, counted.engine);
      const probed = await compileBundle(dir, live, { rootfs: false });
      expect(counted.probes()).toBe(0);
      expect(streamed.diagnostics.length).toBeGreaterThan(0);
      expect(streamed.diagnostics).toEqual(probed.diagnostics);
      expect(streamed.files).toBeUndefined();
    });

    it("writes the probe's config.json and lock entries, and takes them from the lock after", async () => {
      const dir = await bundle("users", 'user: "alice:staff"\ngroup_add: [audio, "2000"]\n');
      const counted = countingProbes();
      const built = await compileBundle(dir, counted.engine, {
        rootfsReads: { reuseCommitted: true },
      });
      expect(counted.probes()).toBe(0);
      expect(counted.saves()).toBe(1);
      const probed = await compileBundle(dir, live, { rootfs: false });
      expect(built.files?.get("config.json")).toBe(probed.files?.get("config.json"));
      const image = await live.inspectImage(refs.get("users") ?? "");
      const query = { user: "alice:staff", groupAdd: ["audio", "2000"] };
      const probe = await live.lookUpUsers({ kind: "image", id: image.Id }, query);
      expect(built.lock?.inputs.engine.users).toEqual({
        [`image:${image.Id}`]: { ...query, ...probe },
      });
      await writeBundleFiles(dir, built.files ?? new Map());

      // The committed lock answers the same query, the committed manifest stands: no save, no probe.
      const again = await compileBundle(dir, counted.engine, {
        rootfsReads: { reuseCommitted: true },
      });
      expect([counted.probes(), counted.saves()]).toEqual([0, 1]);
      expect(again.files).toEqual(built.files);

      // Another query: the manifest is still reused, so a probe answers rather than a save.
      await writeFile(join(dir, "bundle.yaml"), `image: ${refs.get("users") ?? ""}\nuser: bob\n`);
      const changed = await compileBundle(dir, counted.engine, {
        rootfsReads: { reuseCommitted: true },
      });
      expect([counted.probes(), counted.saves()]).toEqual([1, 1]);
      expect(changed.lock?.inputs.engine.users[`image:${image.Id}`]?.passwd).toBe(
        "bob:x:1001:1001\n",
      );
    });
  });
});
