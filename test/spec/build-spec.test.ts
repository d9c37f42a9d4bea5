import { describe, expect, it } from "vitest";
import { buildSpec } from "../../src/spec/build-spec.ts";
import type { HostConfig } from "../../src/spec/container-state.ts";
import { validateSpec } from "../../src/spec/validate-spec.ts";
import type { EngineTarget } from "../../src/overlay/index.ts";
import { containerState } from "../helpers/container-state.ts";
import { docker2010v1, docker261v1, docker261v2 } from "../helpers/targets.ts";
import docker261v1Default from "./fixtures/docker-26.1-v1-default-config.json" with { type: "json" };
import docker261v2Default from "./fixtures/docker-26.1-v2-default-config.json" with { type: "json" };
import { specInput } from "./spec-input.ts";

// Docker 20.10.24 captures (`docker run --runtime rbc-capture`) for the flags each test names;
// the kitchen-sink state matches a capture of all its flags together, host-specific parts aside.
const build = (hostConfig: Partial<HostConfig>, state = containerState({ hostConfig })) =>
  buildSpec(specInput(state));

describe("buildSpec", () => {
  it("runs the command under docker-init with --init", () => {
    const state = containerState({ hostConfig: { Init: true } });
    const spec = buildSpec(specInput({ ...state, Path: "echo", Args: ["hi"] })).value;
    expect(spec?.process.args).toEqual(["/sbin/docker-init", "--", "echo", "hi"]);
  });

  it("ignores --init with --pid container:", () => {
    const state = containerState({ hostConfig: { Init: true, PidMode: "container:db" } });
    expect(buildSpec(specInput(state)).value?.process.args).toEqual(["sh"]);
  });

  it("omits the hostname with --uts host but keeps HOSTNAME", () => {
    const spec = build({ UTSMode: "host" }).value;
    expect(spec).not.toHaveProperty("hostname");
    expect(spec?.process.env).toContain("HOSTNAME=web");
  });

  it("takes hostname and HOSTNAME from the donor with --network container:", () => {
    const state = containerState({ hostConfig: { NetworkMode: "container:donor" } });
    const donors = { donor: { Name: "db", Hostname: "donorhost", Domainname: "donor.example" } };
    const spec = buildSpec(specInput({ ...state, Donors: donors })).value;
    expect(spec?.hostname).toBe("donorhost");
    expect(spec?.process.env).toContain("HOSTNAME=donorhost");
    expect(spec?.linux.sysctl).toEqual({ "kernel.domainname": "donor.example" });
  });

  it("writes rlimits and noNewPrivileges in the process field order", () => {
    const spec = build({
      Ulimits: [{ Name: "nofile", Soft: 1024, Hard: 2048 }],
      SecurityOpt: ["no-new-privileges"],
    }).value;
    expect(Object.keys(spec?.process ?? {})).toEqual([
      "user",
      "args",
      "env",
      "cwd",
      "capabilities",
      "rlimits",
      "noNewPrivileges",
      "oomScoreAdj",
    ]);
  });

  it("writes the AppArmor profile the overlay names", () => {
    // Docker writes it only on hosts with AppArmor enabled; the capture host has none.
    expect(build({ SecurityOpt: ["apparmor=myprof"] }).value?.process.apparmorProfile).toBe(
      "myprof",
    );
  });

  it("puts the cgroup under the cgroup parent", () => {
    expect(build({ CgroupParent: "/custom" }).value?.linux.cgroupsPath).toBe(
      "/custom/rbc-web-0123abcd",
    );
  });

  it("lists only renamed devices for a privileged container", () => {
    const spec = build({
      Privileged: true,
      Devices: [
        { PathOnHost: "/dev/null", PathInContainer: "/dev/mynull", CgroupPermissions: "r" },
      ],
    }).value;
    expect(spec?.linux.devices?.map((d) => d.path)).toEqual(["/dev/mynull"]);
    expect(spec?.linux).not.toHaveProperty("seccomp");
  });

  it("builds a valid spec for many settings together", () => {
    const spec = build({
      Init: true,
      ReadonlyRootfs: true,
      IpcMode: "shareable",
      CapDrop: ["ALL"],
      CapAdd: ["CHOWN"],
      Ulimits: [{ Name: "nofile", Soft: 10, Hard: 20 }],
      Memory: 33554432,
      MemorySwap: 67108864,
      NanoCpus: 500000000,
      PidsLimit: 7,
      Devices: [{ PathOnHost: "/dev/zero", PathInContainer: "/dev/z", CgroupPermissions: "rw" }],
      DeviceCgroupRules: ["b 7:* r"],
      CgroupnsMode: "private",
      CgroupParent: "p",
      SecurityOpt: ["no-new-privileges"],
      Tmpfs: { "/run": "" },
    }).value;
    expect(spec?.linux.resources).toEqual({
      devices: expect.arrayContaining([
        { allow: true, type: "c", major: 1, minor: 5, access: "rw" },
        { allow: true, type: "b", major: 7, minor: -1, access: "r" },
      ]) as unknown,
      memory: { limit: 33554432, swap: 67108864, disableOOMKiller: false },
      cpu: { shares: 0, quota: 50000, period: 100000 },
      pids: { limit: 7 },
      blockIO: { weight: 0 },
    });
    expect(spec?.linux.cgroupsPath).toBe("p/rbc-web-0123abcd");
    expect(validateSpec(spec)).toEqual([]);
  });

  it("returns every device and security problem and no spec", () => {
    const result = build({
      Devices: [{ PathOnHost: "/dev/xyz", PathInContainer: "/dev/xyz", CgroupPermissions: "rwm" }],
      BlkioDeviceWriteBps: [{ Path: "/dev/nope", Rate: 1 }],
      SecurityOpt: ["seccomp=[", "bogus=1"],
    });
    expect(result.value).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.code, d.key])).toEqual([
      ["SPC506", "security_opt[1]"],
      ["SPC505", "devices[0]"],
      ["SPC505", "blkio_config.device_write_bps[0]"],
      ["SPC506", "security_opt[0]"],
    ]);
  });

  it("reports device problems along with an unknown capability", () => {
    const result = build({
      CapAdd: ["NOPE"],
      DeviceCgroupRules: ["c 1:3"],
    });
    expect(result.diagnostics.map((d) => [d.code, d.key])).toEqual([
      ["SPC502", "cap_add[0]"],
      ["SPC505", "device_cgroup_rules[0]"],
    ]);
  });
});

/**
 * A spec with what names the host or the container left out: root.path, the hostname (Docker's
 * is the container id), the network files' sources, the hooks and the cgroup path; and rbc's
 * image-spec annotations, which Docker does not write.
 */
function withoutHostNames(spec: unknown): unknown {
  const s = structuredClone(spec) as {
    root: { path?: string };
    hostname?: string;
    hooks?: unknown;
    annotations?: unknown;
    process: { env: string[] };
    mounts: { destination: string; source: string }[];
    linux: { cgroupsPath?: string };
  };
  delete s.root.path;
  delete s.hostname;
  delete s.hooks;
  delete s.annotations;
  delete s.linux.cgroupsPath;
  s.process.env = s.process.env.filter((e) => !e.startsWith("HOSTNAME="));
  for (const m of s.mounts) if (m.destination.startsWith("/etc/")) m.source = "";
  return s;
}

// The config.json Docker 26.1.5 wrote for `docker run rbc.local/busybox:1 echo hi` on the 26.1-v1
// and 26.1-v2 engines (test/differential captures), compared whole but for what names the host.
describe("buildSpec for Docker 26.1", () => {
  const echo = (target: EngineTarget) => {
    // As create leaves it (adaptContainerSettings stores OomKillDisable false).
    const state = containerState({ target, hostConfig: { OomKillDisable: false } });
    return buildSpec(specInput({ ...state, Path: "echo", Args: ["hi"] }, target));
  };

  it.each([
    ["cgroup v1", docker261v1, docker261v1Default],
    ["cgroup v2", docker261v2, docker261v2Default],
  ] as const)("writes what Docker 26.1 wrote for busybox on %s", (_name, target, docker) => {
    const spec = echo(target).value;
    expect(withoutHostNames(spec)).toEqual(withoutHostNames(docker));
    expect(validateSpec(spec)).toEqual([]);
  });

  it("writes the runtime-spec version of each release", () => {
    expect(echo(docker261v2).value?.ociVersion).toBe("1.2.0");
    expect(echo(docker2010v1).value?.ociVersion).toBe("1.0.2-dev");
  });

  it("gives a non-root user effective and permitted capabilities", () => {
    const state = containerState({ target: docker261v1, config: { User: "1000" } });
    const caps = buildSpec(specInput(state, docker261v1)).value?.process.capabilities;
    expect(caps?.effective).toEqual(caps?.bounding);
    expect(caps?.permitted).toEqual(caps?.bounding);
    const old = buildSpec(specInput(containerState({ config: { User: "1000" } }))).value;
    expect(Object.keys(old?.process.capabilities ?? {})).toEqual(["bounding"]);
  });

  it("accepts cap_add PERFMON on 26.1 and names the release that does not know it", () => {
    const state = containerState({ hostConfig: { CapAdd: ["PERFMON"] } });
    expect(
      buildSpec(specInput(state, docker261v1)).value?.process.capabilities?.bounding,
    ).toContain("CAP_PERFMON");
    expect(buildSpec(specInput(state, docker2010v1)).diagnostics).toEqual([
      expect.objectContaining({
        code: "SPC502",
        key: "cap_add[0]",
        message:
          'unknown capability "PERFMON" (Docker 20.10 does not know it; target docker 26.1 does)',
      }),
    ]);
  });

  it("writes a container's console size after terminal, for a tty only", () => {
    const state = containerState({
      target: docker261v1,
      config: { Tty: true },
      hostConfig: { ConsoleSize: [50, 200] },
    });
    const process = buildSpec(specInput(state, docker261v1)).value?.process;
    expect(process?.consoleSize).toEqual({ height: 50, width: 200 });
    expect(Object.keys(process ?? {}).slice(0, 3)).toEqual(["terminal", "consoleSize", "user"]);
    const noTty = { ...state, Config: { ...state.Config, Tty: false } };
    expect(buildSpec(specInput(noTty, docker261v1)).value?.process).not.toHaveProperty(
      "consoleSize",
    );
    expect(buildSpec(specInput(state, docker2010v1)).value?.process).not.toHaveProperty(
      "consoleSize",
    );
  });

  it("writes a container's own annotations under the overlay's", () => {
    const state = containerState({
      target: docker261v1,
      hostConfig: { Annotations: { "org.example/a": "container", "org.example/b": "container" } },
    });
    const input = { ...specInput(state, docker261v1), annotations: { "org.example/b": "overlay" } };
    const annotations = buildSpec(input).value?.annotations;
    expect(annotations?.["org.example/a"]).toBe("container");
    expect(annotations?.["org.example/b"]).toBe("overlay");
  });
});
