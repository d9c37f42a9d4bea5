import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readHostDevices } from "../../src/resolve/host-devices.ts";
import type { HostDevice } from "../../src/spec/container-state.ts";

/** What stat says about a node, in HostDevice's terms (the owner and mode vary by host). */
async function ownerAndMode(path: string): Promise<Pick<HostDevice, "fileMode" | "uid" | "gid">> {
  const stats = await stat(path);
  return { fileMode: stats.mode & 0o7777, uid: stats.uid, gid: stats.gid };
}

// Reads the real /dev and a directory of nodes made with mknod (the engine tests run as root).
describe("readHostDevices", () => {
  let dir = "";

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "rbc-host-devices-"));
    const devices = join(dir, "devices");
    await mkdir(join(devices, "a-sub"), { recursive: true });
    execFileSync("mknod", ["-m", "0640", join(devices, "b-null"), "c", "1", "3"]);
    execFileSync("mknod", ["-m", "0600", join(devices, "a-sub", "zero"), "c", "1", "5"]);
    execFileSync("mkfifo", ["-m", "0620", join(devices, "fifo")]);
    await symlink("/dev/null", join(devices, "c-link"));
    await writeFile(join(devices, "d-file"), "not a device\n");
    await symlink(devices, join(dir, "devices-link"));
    await symlink("/dev/zero", join(dir, "zero-link"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("reads /dev/null and /dev/zero as character devices", async () => {
    const table = await readHostDevices(["/dev/null", "/dev/zero"]);
    expect(table.get("/dev/null")).toEqual([
      { path: "/dev/null", type: "c", major: 1, minor: 3, ...(await ownerAndMode("/dev/null")) },
    ]);
    expect(table.get("/dev/zero")).toEqual([
      { path: "/dev/zero", type: "c", major: 1, minor: 5, ...(await ownerAndMode("/dev/zero")) },
    ]);
  });

  it("walks a directory in lexical order, keeping nodes and FIFOs, skipping links and files", async () => {
    const devices = join(dir, "devices");
    const table = await readHostDevices([devices]);
    expect(table.get(devices)).toEqual([
      {
        path: join(devices, "a-sub", "zero"),
        type: "c",
        major: 1,
        minor: 5,
        fileMode: 0o600,
        uid: 0,
        gid: 0,
      },
      {
        path: join(devices, "b-null"),
        type: "c",
        major: 1,
        minor: 3,
        fileMode: 0o640,
        uid: 0,
        gid: 0,
      },
      {
        path: join(devices, "fifo"),
        type: "p",
        major: 0,
        minor: 0,
        fileMode: 0o620,
        uid: 0,
        gid: 0,
      },
    ]);
  });

  it("follows a link named directly and keeps the name it was given", async () => {
    const link = join(dir, "devices-link");
    const table = await readHostDevices([join(dir, "zero-link"), link]);
    expect(table.get(join(dir, "zero-link"))).toMatchObject([
      { path: join(dir, "zero-link"), type: "c", major: 1, minor: 5 },
    ]);
    expect(table.get(link)?.map((d) => d.path)).toEqual([
      join(link, "a-sub", "zero"),
      join(link, "b-null"),
      join(link, "fifo"),
    ]);
  });

  it("maps absent paths and plain files to no devices", async () => {
    const table = await readHostDevices([join(dir, "absent"), join(dir, "devices", "d-file")]);
    expect(table.get(join(dir, "absent"))).toEqual([]);
    expect(table.get(join(dir, "devices", "d-file"))).toEqual([]);
  });
});
