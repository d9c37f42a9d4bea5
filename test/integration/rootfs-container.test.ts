import { afterAll, describe, expect, it } from "vitest";
import {
  diffRootfs,
  readContainerManifest,
  readImageManifest,
  writeMtree,
} from "../../src/rootfs/index.ts";
import { IMAGE_NAMES } from "../../scripts/images/images.ts";
import { createContainer, removeTrackedContainers } from "../support/docker.ts";
import { dockerExport, dockerSave } from "../rootfs/engine-support.ts";

describe("readContainerManifest", () => {
  afterAll(async () => {
    await removeTrackedContainers();
  });

  it("gives a created container of rbc.local/app:1 the image's manifest once init-layer entries are gone", async () => {
    const image = await readImageManifest(dockerSave(IMAGE_NAMES.app));
    const container = await createContainer([IMAGE_NAMES.app]);
    const result = await readContainerManifest(dockerExport(container), {
      imageEntries: image.entries,
    });
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
    expect(diffRootfs(image.entries, result.entries)).toEqual({
      modified: [],
      missing: [],
      extra: [],
    });
    expect(writeMtree(result.entries)).toBe(writeMtree(image.entries));
  });

  it("without the image's entries drops the same paths (app:1 has no empty proc or sys)", async () => {
    const container = await createContainer([IMAGE_NAMES.app]);
    const result = await readContainerManifest(dockerExport(container));
    const image = await readImageManifest(dockerSave(IMAGE_NAMES.app));
    expect(writeMtree(result.entries)).toBe(writeMtree(image.entries));
  });
});
