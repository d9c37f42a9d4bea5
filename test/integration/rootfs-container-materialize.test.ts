import { readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  isCleanDiff,
  materializeContainerRootfs,
  readContainerManifest,
  readImageManifest,
  verifyRootfs,
  writeMtree,
} from "../../src/rootfs/index.ts";
import type { RootfsEntry } from "../../src/rootfs/index.ts";
import { IMAGE_NAMES } from "../../scripts/images/images.ts";
import { removeContainer, runDockerChecked } from "../support/docker.ts";
import { dockerExport, dockerSave, runMtree, scratchDir } from "../rootfs/engine-support.ts";
import { RootfsMismatchError } from "../../src/errors/index.ts";

const NAME = "rbc-mat-test";

describe("materializeContainerRootfs", () => {
  let work: string;
  let imageEntries: readonly RootfsEntry[];
  const openExport = () => Promise.resolve(dockerExport(NAME));

  beforeAll(async () => {
    work = await scratchDir("rootfs-container");
    await removeContainer(NAME);
    await runDockerChecked(["create", "--name", NAME, IMAGE_NAMES.app]);
    const extra = join(work, "extra.txt");
    await writeFile(extra, "written into the container\n");
    await runDockerChecked(["cp", extra, `${NAME}:/app/extra.txt`]);
    imageEntries = (await readImageManifest(dockerSave(IMAGE_NAMES.app))).entries;
  });

  afterAll(async () => {
    await removeContainer(NAME);
    await rm(work, { recursive: true, force: true });
  });

  it("extracts the container manifest: the copied file, none of Docker's init-layer entries", async () => {
    const bundle = join(work, "bundle");
    const result = await materializeContainerRootfs({
      bundleDir: bundle,
      openExport,
      imageEntries,
    });
    expect(result.rootfsDir).toBe(join(bundle, ".rootfs", "rootfs"));
    expect(result.warnings).toEqual([]);
    expect(result.dropped).toContain(".dockerenv");
    const paths = result.entries.map((entry) => entry.path);
    expect(paths).toContain("app/extra.txt");
    for (const path of [
      ".dockerenv",
      "etc/hostname",
      "etc/hosts",
      "etc/resolv.conf",
      "dev/console",
    ])
      expect(paths).not.toContain(path);
    const manifest = await readContainerManifest(await openExport(), { imageEntries });
    expect(writeMtree(result.entries)).toBe(writeMtree(manifest.entries));
    expect(isCleanDiff(await verifyRootfs(result.entries, result.rootfsDir))).toBe(true);
    expect(await readdir(result.rootfsDir)).not.toContain(".dockerenv");

    const manifestFile = join(work, "container.mtree");
    await writeFile(manifestFile, writeMtree(result.entries));
    const check = await runMtree(["-f", manifestFile, "-p", result.rootfsDir]);
    expect(check).toEqual({ stdout: "", stderr: "", exitCode: 0 });
    expect(await readdir(bundle)).toEqual([".rootfs"]);
    expect(await readdir(join(bundle, ".rootfs"))).toEqual(["rootfs"]);
  });

  it("refuses a container that no longer matches the expected manifest and keeps rootfs/", async () => {
    const bundle = join(work, "bundle-expected");
    const first = await materializeContainerRootfs({ bundleDir: bundle, openExport, imageEntries });
    await materializeContainerRootfs({
      bundleDir: bundle,
      openExport,
      imageEntries,
      expected: first.entries,
    });
    const run = materializeContainerRootfs({
      bundleDir: bundle,
      openExport,
      imageEntries,
      expected: imageEntries,
    });
    await expect(run).rejects.toThrow(RootfsMismatchError);
    expect(isCleanDiff(await verifyRootfs(first.entries, first.rootfsDir))).toBe(true);
    expect(await readdir(bundle)).toEqual([".rootfs"]);
    expect(await readdir(join(bundle, ".rootfs"))).toEqual(["rootfs"]);
  });
});
