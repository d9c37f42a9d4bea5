import { describe, expect, it } from "vitest";
import { runtimeMountpoints } from "../../src/rootfs/index.ts";
import type { RootfsEntry } from "../../src/rootfs/index.ts";
import { rootDir } from "./entry-builders.ts";

const link = (path: string, target: string): RootfsEntry => ({
  path,
  type: "symlink",
  mode: 0o777,
  uid: 0,
  gid: 0,
  mtime: 0,
  link: target,
});

const manifest: RootfsEntry[] = [
  rootDir("."),
  rootDir("etc"),
  rootDir("run"),
  rootDir("var"),
  link("var/run", "../run"),
  link("srv", "/var/lib/srv"),
  link("loop", "loop"),
];

describe("runtimeMountpoints", () => {
  it("lists a destination the image lacks with the directories leading to it", () => {
    expect([...runtimeMountpoints(manifest, ["/data/cache", "/etc/hosts", "/etc"])]).toEqual([
      "data",
      "data/cache",
      "etc/hosts",
    ]);
  });

  it("follows the image's symlinks as runc does, never above the root", () => {
    expect([...runtimeMountpoints(manifest, ["/var/run/app.sock"])]).toEqual(["run/app.sock"]);
    expect([...runtimeMountpoints(manifest, ["/srv/www"])]).toEqual([
      "var/lib",
      "var/lib/srv",
      "var/lib/srv/www",
    ]);
    expect([...runtimeMountpoints(manifest, ["/../../x/./y/.."])]).toEqual(["x"]);
  });

  it("stops following a symlink loop after Linux's limit", () => {
    expect([...runtimeMountpoints(manifest, ["/loop/x"])]).toEqual(["loop/x"]);
  });
});
