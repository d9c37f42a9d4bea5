import { createHash } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildLock, driftReasons, sha256Hex, type BundleLock } from "../src/bundle/index.ts";
import { stringifyJson } from "../src/json/index.ts";
import { reusableRootfs } from "../src/reusable-rootfs.ts";
import { MANIFEST_FORMAT } from "../src/rootfs/index.ts";
import type { ImageInfo } from "../src/spec/index.ts";

const digest = (digit: string): string => `sha256:${digit.repeat(64)}`;
const mtree = "#mtree v2.0\n. type=dir mode=0755 uid=0 gid=0\n";
const image: ImageInfo = {
  Id: digest("1"),
  RepoTags: [],
  RepoDigests: [],
  Os: "linux",
  Architecture: "amd64",
  Config: { User: "", Env: null, Cmd: null, Entrypoint: null, WorkingDir: "", Labels: null },
  RootFS: { Layers: [digest("a"), digest("b")] },
};

function lock(overrides: { format?: number; container?: boolean } = {}): BundleLock {
  return buildLock({
    source: { kind: "image", ref: "rbc.local/x:1" },
    target: { docker: "26.1", cgroup: "v2" },
    identity: { containerId: "rbc-x-00000000" },
    image,
    configDigest: digest("1"),
    diffIds: [digest("a"), digest("b")],
    ...(overrides.container === true ? { container: { id: "c", name: "c" } } : {}),
    manifestSha256: sha256Hex(mtree),
    manifestFormat: overrides.format ?? MANIFEST_FORMAT,
    recording: { images: {}, containers: {}, users: {} },
    hostDevices: new Map(),
  });
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "rbc-reusable-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function commit(lockValue: unknown, manifest = mtree): Promise<void> {
  await writeFile(join(dir, "bundle.lock"), stringifyJson(lockValue));
  await writeFile(join(dir, "rootfs.mtree"), manifest);
}

describe("reusableRootfs", () => {
  it("takes the committed manifest with its checked digest, the lock's config digest and the engine's layers", async () => {
    await commit(lock());
    expect(await reusableRootfs(dir, { image })).toEqual({
      mtree,
      mtreeSha256: createHash("sha256").update(mtree).digest("hex"),
      configDigest: digest("1"),
      diffIds: [digest("a"), digest("b")],
    });
  });

  it("reads the image for another id, platform, layers, format, source, or an edited manifest", async () => {
    const cases: [string, unknown, ImageInfo, string?][] = [
      ["another id", lock(), { ...image, Id: digest("2") }],
      ["another platform", lock(), { ...image, Architecture: "arm64" }],
      ["other layers", lock(), { ...image, RootFS: { Layers: [digest("a")] } }],
      [
        "no layers from the engine",
        lock(),
        { ...image, RootFS: undefined } as unknown as ImageInfo,
      ],
      ["another manifest format", lock({ format: MANIFEST_FORMAT + 1 }), image],
      [
        "a lock from before formats",
        { ...lock(), rootfs: { ...lock().rootfs, format: undefined } },
        image,
      ],
      ["a container's lock", lock({ container: true }), image],
      ["an edited manifest", lock(), image, `${mtree}./x type=dir mode=0755 uid=0 gid=0\n`],
      ["an invalid lock", { lockVersion: 2 }, image],
    ];
    for (const [what, lockValue, engineImage, manifest] of cases) {
      await commit(lockValue, manifest);
      expect(await reusableRootfs(dir, { image: engineImage }), what).toBeUndefined();
    }
    await commit(lock());
    expect(await reusableRootfs(dir, { image, container: { id: "c", name: "c" } })).toBeUndefined();
  });
});

describe("driftReasons of a lock from another manifest format", () => {
  it("says the manifest format changed", () => {
    const committedLock = { ...lock(), rootfs: { manifest: "rootfs.mtree", sha256: "0" } } as const;
    const committed = new Map([
      ["config.json", "{}"],
      ["bundle.lock", "old"],
    ]);
    const fresh = new Map([
      ["config.json", "{}"],
      ["bundle.lock", "new"],
    ]);
    const reasons = driftReasons({
      committed,
      committedLock,
      fresh,
      freshLock: lock(),
      fromLock: committed,
    });
    expect(reasons.map((reason) => reason.message)).toEqual([
      `rootfs.mtree was written by an rbc that did not record its manifest format, this rbc writes format ${MANIFEST_FORMAT}: rebuild to record it`,
    ]);
  });
});
