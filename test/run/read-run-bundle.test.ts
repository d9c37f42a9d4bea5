import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readRunBundle } from "../../src/run/index.ts";

async function bundleWith(config: object): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), "rbc-run-")), "web");
  await mkdir(join(dir, "rootfs"), { recursive: true });
  await writeFile(join(dir, "config.json"), JSON.stringify(config));
  return dir;
}

describe("readRunBundle", () => {
  it("reads id, rootfs, stop signal and timeout, network hook and shm bind", async () => {
    const dir = await bundleWith({
      root: { path: "rootfs" },
      process: { terminal: false },
      annotations: { "org.opencontainers.image.stopSignal": "SIGQUIT", "rbc.stop-timeout": "3" },
      hooks: {
        createRuntime: [
          {
            path: "/usr/bin/env",
            args: [
              "env",
              "rbc",
              "hook",
              "create-runtime",
              "web",
              "--network",
              "bridge",
              "--publish",
              "8080:80/tcp",
            ],
          },
        ],
      },
      mounts: [{ destination: "/dev/shm", type: "bind", source: "shm", options: ["rbind"] }],
    });
    expect(await readRunBundle(dir)).toEqual({
      dir,
      id: "rbc-web",
      rootfs: join(dir, "rootfs"),
      rootfsPresent: true,
      terminal: false,
      stopSignal: "QUIT",
      stopTimeout: 3,
      networkHook: { name: "web", network: "bridge", publish: ["8080:80/tcp"] },
      bindDirs: [join(dir, "shm")],
      joins: [],
    });
  });

  it("names the bundles whose pinned namespaces it joins", async () => {
    const namespaces = [
      { type: "network", path: "/run/rbc/db/ns/net" },
      { type: "ipc", path: "/run/rbc/db/ns/ipc" },
      { type: "pid", path: "/proc/1/ns/pid" },
    ];
    expect((await readRunBundle(await bundleWith({ linux: { namespaces } })))?.joins).toEqual([
      "db",
    ]);
  });

  it("defaults to SIGTERM and Docker's 10 s, with no hook", async () => {
    const bundle = await readRunBundle(
      await bundleWith({ annotations: { "rbc.stop-timeout": "soon" } }),
    );
    expect(bundle).toMatchObject({ stopSignal: "TERM", stopTimeout: 10, networkHook: undefined });
  });

  it("is undefined for a directory without config.json", async () => {
    expect(await readRunBundle(await mkdtemp(join(tmpdir(), "rbc-run-")))).toBeUndefined();
  });
});
