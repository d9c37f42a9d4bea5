import { execFileSync } from "node:child_process";
import {
  chmod,
  chown,
  link,
  lstat,
  mkdir,
  mkdtemp,
  readFile,
  readlink,
  readdir,
  rm,
  stat,
  symlink,
  utimes,
  writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BindSourceMissingError, UnsafePathError } from "../../src/errors/index.ts";
import { prepareVolumes, type VolumeStep } from "../../src/volumes/index.ts";

const asRoot = process.getuid?.() === 0;
let bundle: string;
let rootfs: string;

/** A rootfs with /var/lib/app (owned 1000:1000, mode 0750) holding every kind of entry. */
beforeEach(async () => {
  bundle = await mkdtemp(join(tmpdir(), "rbc-volumes-"));
  rootfs = join(bundle, ".rootfs/rootfs");
  const app = join(rootfs, "var/lib/app");
  await mkdir(join(app, "conf"), { recursive: true });
  await writeFile(join(app, "conf/app.ini"), "mode=seeded\n");
  await writeFile(join(app, "tool"), "#!/bin/sh\n");
  await chmod(join(app, "tool"), 0o4755);
  await link(join(app, "tool"), join(app, "tool-again"));
  await symlink("conf/app.ini", join(app, "current"));
  execFileSync("mknod", [join(app, "pipe"), "p"]);
  await chmod(join(app, "conf"), 0o555);
  await utimes(join(app, "conf/app.ini"), 1_000_000, 1_000_000);
  await chmod(app, 0o750);
  if (asRoot) await chown(app, 1000, 1000);
  // /srv is a symlink the image has: a volume at /srv/app is filled from /var/lib/app.
  await symlink("/var/lib", join(rootfs, "srv"));
});

afterEach(async () => {
  await chmod(join(rootfs, "var/lib/app/conf"), 0o755).catch(() => undefined);
  await chmod(join(bundle, "volumes/app/conf"), 0o755).catch(() => undefined);
  await rm(bundle, { recursive: true, force: true });
});

const volume = (source: string, destination: string, seed = true): VolumeStep => ({
  kind: "volume",
  source,
  destination,
  seed,
});

describe("prepareVolumes", () => {
  it("creates a volume and fills it from the image's directory, as Docker does", async () => {
    const done = await prepareVolumes(bundle, rootfs, [volume("volumes/app", "/srv/app")]);
    expect(done).toEqual({
      createdBinds: [],
      createdVolumes: [{ source: "volumes/app", seeded: 6 }],
      seededVolumes: [],
    });
    const app = join(bundle, "volumes/app");
    expect((await stat(join(bundle, "volumes"))).mode & 0o7777).toBe(0o700);
    const root = await stat(app);
    expect(root.mode & 0o7777).toBe(0o750);
    if (asRoot) expect([root.uid, root.gid]).toEqual([1000, 1000]);
    expect((await readdir(app)).sort()).toEqual(["conf", "current", "pipe", "tool", "tool-again"]);
    expect(await readFile(join(app, "conf/app.ini"), "utf8")).toBe("mode=seeded\n");
    expect((await stat(join(app, "conf/app.ini"))).mtimeMs).toBe(1_000_000_000);
    expect((await stat(join(app, "conf"))).mode & 0o7777).toBe(0o555);
    expect(await readlink(join(app, "current"))).toBe("conf/app.ini");
    expect((await lstat(join(app, "pipe"))).isFIFO()).toBe(true);
    const tool = await stat(join(app, "tool"));
    expect(tool.mode & 0o7777).toBe(asRoot ? 0o4755 : 0o755);
    expect((await stat(join(app, "tool-again"))).ino).toBe(tool.ino);
  });

  it("leaves a volume that holds anything as it is, and fills an empty one again", async () => {
    await prepareVolumes(bundle, rootfs, [volume("volumes/app", "/var/lib/app")]);
    const ini = join(bundle, "volumes/app/conf/app.ini");
    await chmod(join(bundle, "volumes/app/conf"), 0o755);
    await writeFile(ini, "mode=changed by the container\n");
    const again = await prepareVolumes(bundle, rootfs, [volume("volumes/app", "/var/lib/app")]);
    expect(again).toEqual({ createdBinds: [], createdVolumes: [], seededVolumes: [] });
    expect(await readFile(ini, "utf8")).toBe("mode=changed by the container\n");

    await rm(join(bundle, "volumes/app"), { recursive: true });
    await mkdir(join(bundle, "volumes/app"));
    const emptied = await prepareVolumes(bundle, rootfs, [volume("volumes/app", "/var/lib/app")]);
    expect(emptied.seededVolumes).toEqual([{ source: "volumes/app", seeded: 6 }]);
  });

  it("creates an empty volume with nocopy, or where the image has no directory", async () => {
    const done = await prepareVolumes(bundle, rootfs, [
      volume("volumes/app", "/var/lib/app", false),
      volume("volumes/_anonymous/data/cache", "/data/cache"),
      volume("volumes/ini", "/var/lib/app/conf/app.ini"),
    ]);
    expect(done.createdVolumes).toEqual([
      { source: "volumes/app", seeded: 0 },
      { source: "volumes/_anonymous/data/cache", seeded: 0 },
      { source: "volumes/ini", seeded: 0 },
    ]);
    expect(await readdir(join(bundle, "volumes/app"))).toEqual([]);
    expect((await stat(join(bundle, "volumes/app"))).mode & 0o7777).toBe(0o755);
  });

  it("creates a missing bind source as a directory, and refuses one it may not create", async () => {
    const done = await prepareVolumes(bundle, rootfs, [
      { kind: "bind", source: "state/deep", destination: "/state", create: true },
      { kind: "bind", source: join(bundle, "abs"), destination: "/abs", create: true },
      { kind: "bind", source: ".rootfs", destination: "/exists", create: false },
    ]);
    expect(done.createdBinds).toEqual([join(bundle, "state/deep"), join(bundle, "abs")]);
    expect((await stat(join(bundle, "state/deep"))).isDirectory()).toBe(true);
    const strict = { kind: "bind", source: "missing", destination: "/m", create: false } as const;
    const later = { kind: "bind", source: "not-yet", destination: "/n", create: true } as const;
    const refused = prepareVolumes(bundle, rootfs, [later, volume("volumes/v", "/v"), strict]);
    await expect(refused).rejects.toThrow(BindSourceMissingError);
    await expect(refused).rejects.toThrow(`bind source path does not exist: ${bundle}/missing`);
    // Refused before anything was created.
    expect((await readdir(bundle)).sort()).toEqual([".rootfs", "abs", "state"]);
  });

  it("never follows a symlink planted on the way to a volume", async () => {
    const outside = await mkdtemp(join(tmpdir(), "rbc-volumes-outside-"));
    try {
      await mkdir(join(bundle, "volumes"));
      await symlink(outside, join(bundle, "volumes/app"));
      const planted = prepareVolumes(bundle, rootfs, [volume("volumes/app", "/var/lib/app")]);
      await expect(planted).rejects.toThrow(UnsafePathError);
      expect(await readdir(outside)).toEqual([]);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });
});
