import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, chown, copyFile, mkdir, mkdtemp, readFile, readdir } from "node:fs/promises";
import { rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createImageArchive, sortEntries } from "../../scripts/images/image-archive.ts";
import { BUSYBOX_BINARY } from "../../scripts/images/images.ts";
import type { TarEntry } from "../../scripts/images/tar-writer.ts";
import { forceDeleteContainer, repoRoot, runRbc, scratchProject } from "../helpers/run-rbc.ts";
import { loadImageArchive, removeImage } from "../support/docker.ts";

/**
 * A materialized rootfs is private to root: the image's set-uid programs, device nodes and
 * world-writable directories are reproduced for the container, yet no other host user reaches
 * them. The image has what an adversarial review found reachable in a checkout: a set-uid-root
 * copy of the host's `cat` (coreutils; busybox drops set-uid privileges by itself), a 0777
 * directory, a 0666 device node, and a root directory entry owned by uid 1000 with mode 0777,
 * which Docker ignores as rbc does (a container's root is its own 0755 root-owned directory).
 */

const run = promisify(execFile);
const IMAGE = "rbc.local/h-private-setid:1";
const NOBODY = 65534;
const IMAGE_ROOT_UID = 1000;

async function setidImage(): Promise<ReturnType<typeof createImageArchive>> {
  const busybox = await readFile(BUSYBOX_BINARY);
  const cat = await readFile("/bin/cat");
  const applets = ["sh", "stat", "cat", "touch"];
  const entries: TarEntry[] = [
    { type: "dir", path: "./", mode: 0o777, uid: IMAGE_ROOT_UID, gid: IMAGE_ROOT_UID },
    { type: "dir", path: "bin" },
    { type: "file", path: "bin/busybox", data: busybox, mode: 0o755 },
    ...applets.map((name): TarEntry => ({
      type: "symlink",
      path: `bin/${name}`,
      target: "busybox",
    })),
    { type: "file", path: "bin/cat-suid", data: cat, mode: 0o4755 },
    { type: "char", path: "devnode", devmajor: 1, devminor: 3, mode: 0o666 },
    { type: "dir", path: "etc" },
    { type: "file", path: "etc/group", data: "root:x:0:\nnogroup:x:65534:\n" },
    { type: "file", path: "etc/passwd", data: "root:x:0:0::/root:/bin/sh\n" },
    { type: "dir", path: "open", mode: 0o777 },
    { type: "file", path: "secret", data: "image secret\n", mode: 0o600 },
  ];
  return createImageArchive({
    repoTags: [IMAGE],
    config: { Env: ["PATH=/bin"], Cmd: ["sh"] },
    layers: [{ entries: sortEntries(entries), createdBy: "rbc test: set-id image" }],
  });
}

/**
 * Runs a command as `uid` (group the same, no supplementary groups), as a local user would. setpriv
 * keeps root's capabilities until its own execve, so the path of a program it runs directly is
 * looked up with CAP_DAC_OVERRIDE; a shell started by setpriv runs with none and execs the command.
 */
async function runAs(
  uid: number,
  command: readonly string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  const user = [`--reuid=${uid}`, `--regid=${uid}`, "--clear-groups"];
  const args = [...user, "/bin/sh", "-c", 'exec "$@"', "sh", ...command];
  try {
    const { stdout, stderr } = await run("setpriv", args);
    return { code: 0, stdout, stderr };
  } catch (failure) {
    const f = failure as { code: number; stdout: string; stderr: string };
    return { code: f.code, stdout: f.stdout, stderr: f.stderr };
  }
}

function mode(stats: { mode: number }): number {
  return stats.mode & 0o7777;
}

beforeAll(async () => {
  await loadImageArchive(await setidImage());
});

afterAll(async () => {
  await removeImage(IMAGE);
});

describe("a materialized rootfs", () => {
  let root: string;
  let bundle: string;
  /** A file only root may read, outside any bundle: what a set-uid program must not open. */
  let hostSecret: string;
  let reachable: string;

  beforeAll(async () => {
    root = await scratchProject({
      "bundles/setid/bundle.yaml": [
        `image: ${IMAGE}`,
        "network_mode: none",
        "user: 65534:65534",
        "command:",
        "  - sh",
        "  - -c",
        "  - stat -c '%a %u:%g %n' / /bin/cat-suid /open /devnode /secret",
        "",
      ].join("\n"),
    });
    // mkdtemp makes 0700 directories: open the project to every user, as a checkout is.
    await chmod(root, 0o755);
    bundle = join(root, "bundles/setid");
    reachable = await mkdtemp(join(tmpdir(), "rbc-e2e-reachable-"));
    await chmod(reachable, 0o755);
    hostSecret = join(reachable, "host-secret");
    await writeFile(hostSecret, "host secret\n", { mode: 0o600 });
    expect((await runRbc(["build"], { cwd: root })).exitCode).toBe(0);
  });

  afterAll(async () => {
    await rm(reachable, { recursive: true, force: true });
    await rm(root, { recursive: true, force: true });
  });

  it("is reachable by no other host user: no set-uid run, no write, no device", async () => {
    const before = await stat(bundle);
    const built = await runRbc(["rootfs"], { cwd: root });
    expect(built.stderr).toContain("bundles/setid: rootfs/ materialized and verified");
    expect(built.exitCode).toBe(0);

    const parent = await stat(join(bundle, ".rootfs"));
    expect({ uid: parent.uid, gid: parent.gid, mode: mode(parent) }).toEqual({
      uid: 0,
      gid: 0,
      mode: 0o700,
    });
    // The bundle directory keeps its owner and mode; the image's root entry went nowhere.
    const after = await stat(bundle);
    expect({ uid: after.uid, mode: mode(after) }).toEqual({ uid: before.uid, mode: mode(before) });
    const tree = join(bundle, ".rootfs/rootfs");
    const treeRoot = await stat(tree);
    expect({ uid: treeRoot.uid, mode: mode(treeRoot) }).toEqual({ uid: 0, mode: 0o755 });
    expect(mode(await stat(join(tree, "bin/cat-suid")))).toBe(0o4755);

    const setuid = await runAs(NOBODY, [join(tree, "bin/cat-suid"), hostSecret]);
    expect(setuid.code).not.toBe(0);
    expect(setuid.stderr).toContain("Permission denied");
    expect(setuid.stdout).not.toContain("host secret");
    const write = await runAs(NOBODY, ["/bin/sh", "-c", `: > ${join(tree, "open/planted")}`]);
    expect(write.code).not.toBe(0);
    expect(existsSync(join(tree, "open/planted"))).toBe(false);
    const device = await runAs(NOBODY, ["/bin/sh", "-c", `: > ${join(tree, "devnode")}`]);
    expect(device.code).not.toBe(0);
    // The uid that owns the image's root directory cannot write into it either.
    const owner = await runAs(IMAGE_ROOT_UID, ["/bin/sh", "-c", `: > ${join(tree, "planted")}`]);
    expect(owner.code).not.toBe(0);
    expect(existsSync(join(tree, "planted"))).toBe(false);
  });

  it("would be exploitable where others can reach it (the check above is not vacuous)", async () => {
    // The same set-uid file copied, by root with its mode and owner, into a reachable directory.
    const exposed = join(reachable, "cat-suid");
    await copyFile(join(bundle, ".rootfs/rootfs/bin/cat-suid"), exposed);
    await chown(exposed, 0, 0);
    await chmod(exposed, 0o4755);
    const setuid = await runAs(NOBODY, [exposed, hostSecret]);
    expect(setuid).toMatchObject({ code: 0, stdout: "host secret\n" });
    await rm(exposed);
  });

  it("is what rbc verify and NetBSD mtree -f check", async () => {
    expect((await runRbc(["verify"], { cwd: root })).exitCode).toBe(0);
    const { stdout, stderr } = await run("mtree", [
      "-f",
      join(bundle, "rootfs.mtree"),
      "-p",
      join(bundle, ".rootfs/rootfs"),
    ]);
    expect(stdout + stderr).toBe("");
  });

  it("runs under runc with the image's modes: set-uid bit, 0777 directory; / as in Docker", async () => {
    const config = JSON.parse(await readFile(join(bundle, "config.json"), "utf8")) as {
      root: { path: string };
    };
    expect(config.root.path).toBe(".rootfs/rootfs");
    // Plain runc runs the bundle's hooks through `/usr/bin/env rbc`: put rbc on its PATH.
    const binDir = await mkdtemp(join(tmpdir(), "rbc-bin-"));
    await symlink(join(repoRoot, "bin/rbc.js"), join(binDir, "rbc"));
    const env = { ...process.env, PATH: `${binDir}:${process.env.PATH ?? ""}` };
    const id = `rbc-h-private-${process.pid}`;
    try {
      const { stdout } = await run("runc", ["run", "--bundle", bundle, id], { env });
      // The image's modes and owners, as setidImage defines them (the host's cat cannot run in
      // the image: it has no dynamic loader), and the root as `docker run` shows it.
      expect(stdout).toBe(
        [
          "755 0:0 /",
          "4755 0:0 /bin/cat-suid",
          "777 0:0 /open",
          "666 0:0 /devnode",
          "600 0:0 /secret",
          "",
        ].join("\n"),
      );
    } finally {
      await forceDeleteContainer(id);
      await rm(binDir, { recursive: true, force: true });
    }
  });
});

describe("the private parent <bundle>/.rootfs", () => {
  let root: string;
  let bundle: string;

  beforeAll(async () => {
    root = await scratchProject({ "bundles/setid/bundle.yaml": `image: ${IMAGE}\n` });
    bundle = join(root, "bundles/setid");
    expect((await runRbc(["build"], { cwd: root })).exitCode).toBe(0);
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("is closed to 0700 when its mode is wider", async () => {
    await mkdir(join(bundle, ".rootfs"), { mode: 0o755 });
    await chmod(join(bundle, ".rootfs"), 0o2777);
    expect((await runRbc(["rootfs"], { cwd: root })).exitCode).toBe(0);
    expect(mode(await stat(join(bundle, ".rootfs")))).toBe(0o700);
    await rm(join(bundle, ".rootfs"), { recursive: true });
  });

  it("is refused (exit 3) when it is a symlink, and nothing is written where it points", async () => {
    const elsewhere = await mkdtemp(join(tmpdir(), "rbc-e2e-elsewhere-"));
    await symlink(elsewhere, join(bundle, ".rootfs"));
    const result = await runRbc(["rootfs"], { cwd: root });
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toContain("it is a symbolic link");
    expect(await readdir(elsewhere)).toEqual([]);
    await rm(join(bundle, ".rootfs"));
    await rm(elsewhere, { recursive: true });
  });

  it("is refused (exit 3) when another user owns it", async () => {
    await mkdir(join(bundle, ".rootfs"), { mode: 0o700 });
    await chown(join(bundle, ".rootfs"), IMAGE_ROOT_UID, IMAGE_ROOT_UID);
    const result = await runRbc(["rootfs"], { cwd: root });
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toContain("it is owned by uid 1000, not 0");
    expect(await readdir(join(bundle, ".rootfs"))).toEqual([]);
    await rm(join(bundle, ".rootfs"), { recursive: true });
  });
});
