import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileBundle } from "../../src/compile.ts";
import { fakeEngine } from "../helpers/fake-engine.ts";
import { ContainerNotFoundError } from "../../src/errors/index.ts";

/**
 * compileBundle end to end over the recorded engine: the files settings name are read relative to
 * the bundle, host devices are read from this host's /dev, and the network files carry the DNS
 * settings.
 */
describe("compileBundle with docker run settings", () => {
  let root = "";

  const bundle = async (name: string, yaml: string, files: Record<string, string> = {}) => {
    const dir = join(root, name);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, "bundle.yaml"), yaml);
    for (const [file, content] of Object.entries(files)) await writeFile(join(dir, file), content);
    return dir;
  };

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "rbc-compile-settings-"));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("reports an unreadable seccomp profile at its key and writes nothing", async () => {
    const dir = await bundle(
      "missing",
      "image: rbc.local/busybox:1\ncommand: [sh]\nsecurity_opt:\n  - seccomp=profiles/nope.json\n",
    );
    const result = await compileBundle(dir, fakeEngine(), { rootfs: false });
    expect(result.files).toBeUndefined();
    expect(result.diagnostics).toMatchObject([
      {
        code: "RES403",
        key: "security_opt[0]",
        location: { file: join(dir, "bundle.yaml"), line: 4, col: 5 },
      },
    ]);
  });

  it("inlines the profile, maps host devices and writes the DNS settings", async () => {
    const yaml = [
      "image: rbc.local/busybox:1",
      "command: [sh]",
      "security_opt: [seccomp=profile.json]",
      'devices: ["/dev/null:/dev/mynull:r"]',
      "dns: [1.1.1.1]",
      "dns_search: [example.com]",
      'extra_hosts: ["db:10.0.0.2"]',
      "",
    ].join("\n");
    const profile = '{ "defaultAction": "SCMP_ACT_ALLOW", "syscalls": [] }\n';
    const dir = await bundle("settings", yaml, { "profile.json": profile });
    const result = await compileBundle(dir, fakeEngine(), { rootfs: false });
    expect(result.diagnostics).toEqual([]);
    const config = JSON.parse(result.files?.get("config.json") ?? "{}") as {
      linux: { seccomp?: { defaultAction: string }; devices?: unknown[] };
    };
    expect(config.linux.seccomp?.defaultAction).toBe("SCMP_ACT_ALLOW");
    expect(config.linux.devices).toMatchObject([
      { path: "/dev/mynull", type: "c", major: 1, minor: 3 },
    ]);
    expect(result.files?.get("resolv.conf")).toBe("search example.com\nnameserver 1.1.1.1\n");
    expect(result.files?.get("hosts")).toMatch(/\n10\.0\.0\.2\tdb\n$/);
  });

  it("fails like a missing container when a donor is missing", async () => {
    const dir = await bundle(
      "joined",
      "image: rbc.local/busybox:1\ncommand: [sh]\nnetwork_mode: container:nope\n",
    );
    await expect(compileBundle(dir, fakeEngine(), { rootfs: false })).rejects.toBeInstanceOf(
      ContainerNotFoundError,
    );
  });
});
