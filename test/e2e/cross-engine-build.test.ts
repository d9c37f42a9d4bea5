import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { gitRepository } from "../helpers/git-repository.ts";
import { runRbc } from "../helpers/run-rbc.ts";
import { engineById, type Engine } from "../support/engines.ts";

/**
 * A bundle is decided by its overlay, its image and its target; the engine that resolves the
 * image only supplies the image's data. So the same overlays with the default target, built
 * through Docker 20.10 and through a Docker 26.1 engine holding the same images (global-setup
 * loads the same archives into every engine), give the same files, byte for byte: config.json,
 * rootfs.mtree, and bundle.lock too (it records the target, not the engine that was asked).
 * Each build is in its own clone-alike of one repository (the same first commit), as two
 * machines' checkouts are, so the bundles' container ids agree too.
 */
const overlays = {
  "bundles/app/bundle.yaml": "image: rbc.local/app:1\n",
  "bundles/web/bundle.yaml": "image: rbc.local/busybox:1\nuser: bob\ngroup_add: [audio]\n",
};

/** `rbc build` of the overlays through the engine: each bundle's files, by bundle and name. */
async function buildThrough(engine: Engine): Promise<Map<string, Buffer>> {
  const root = await gitRepository(overlays, "the same repository");
  const socket = engine.dockerHost ?? "unix:///var/run/docker.sock";
  const built = await runRbc(["build"], { cwd: root, env: { DOCKER_HOST: socket } });
  expect(built.stderr, `rbc build through ${engine.id}`).toContain("2 bundles: 2 built");
  expect(built.exitCode).toBe(0);
  const files = new Map<string, Buffer>();
  for (const bundle of ["app", "web"]) {
    const dir = join(root, "bundles", bundle);
    for (const name of (await readdir(dir)).sort()) {
      files.set(`${bundle}/${name}`, await readFile(join(dir, name)));
    }
  }
  return files;
}

let built2010: Promise<Map<string, Buffer>> | undefined;

describe("the engine that resolves the image does not change the bundle", () => {
  it.each(["26.1-v1", "26.1-v2"])(
    "builds byte-identical config.json, rootfs.mtree and bundle.lock through 20.10-v1 and %s",
    async (id) => {
      const engine = engineById(id);
      // scripts/setup.sh starts every engine; one that is not running fails here, never skips.
      expect(inject("rbcEngines")[engine.id], `engine ${engine.id} is not running`).toBe(true);
      built2010 ??= buildThrough(engineById("20.10-v1"));
      const [host, other] = await Promise.all([built2010, buildThrough(engine)]);
      expect([...other.keys()]).toEqual([...host.keys()]);
      expect([...other.keys()]).toEqual(
        expect.arrayContaining(["app/config.json", "app/rootfs.mtree", "app/bundle.lock"]),
      );
      for (const [file, bytes] of host) {
        expect(other.get(file)?.toString("utf8"), `${file} through ${engine.id}`).toBe(
          bytes.toString("utf8"),
        );
      }
    },
  );
});
