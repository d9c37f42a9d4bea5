import { describe, expect, it } from "vitest";
import donorJson from "../fixtures/docker/containers/rbc-fixture-donor.json" with { type: "json" };
import fullJson from "../fixtures/docker/containers/rbc-fixture-full.json" with { type: "json" };
import joinedJson from "../fixtures/docker/containers/rbc-fixture-joined.json" with { type: "json" };
import { containerFromInspect } from "../../src/resolve/container-from-inspect.ts";
import { createFromContainer } from "../../src/resolve/create-container.ts";
import { overlayToRequest } from "../../src/resolve/create-request.ts";
import { donorFromInspect } from "../../src/resolve/donors.ts";
import { toContainerInspect } from "../../src/resolve/inspect-json.ts";
import { docker2010v1 } from "../helpers/targets.ts";

// Real `docker container inspect` answers of Docker 20.10.24 (see test/integration/container-fixtures.ts
// for the flags; test/integration/container-source.test.ts checks them against the engine).
const full = toContainerInspect(fullJson);
const joined = toContainerInspect(joinedJson);
const donor = toContainerInspect(donorJson);

describe("toContainerInspect", () => {
  it("reads every HostConfig field docker run sets", () => {
    expect(full.HostConfig).toMatchObject({
      GroupAdd: ["10", "video"],
      SecurityOpt: [
        'seccomp={"defaultAction":"SCMP_ACT_ERRNO","architectures":["SCMP_ARCH_X86_64"],"syscalls":[{"names":["read","write","exit_group"],"action":"SCMP_ACT_ALLOW"}]}',
        "no-new-privileges",
        "label=disable",
      ],
      MaskedPaths: [],
      ReadonlyPaths: [],
      Tmpfs: { "/run": "size=64m" },
      Devices: [
        { PathOnHost: "/dev/null", PathInContainer: "/dev/mynull", CgroupPermissions: "r" },
        { PathOnHost: "/dev/zero", PathInContainer: "/dev/zero", CgroupPermissions: "rwm" },
      ],
      DeviceCgroupRules: ["c 1:3 rwm"],
      Ulimits: [
        { Name: "nofile", Soft: 1024, Hard: 2048 },
        { Name: "nproc", Soft: 100, Hard: 100 },
      ],
      Sysctls: { "net.core.somaxconn": "1024" },
      Memory: 67108864,
      MemoryReservation: 33554432,
      MemorySwap: 134217728,
      MemorySwappiness: 10,
      OomKillDisable: true,
      OomScoreAdj: 100,
      NanoCpus: 1500000000,
      CpuShares: 512,
      CpuQuota: 0,
      CpuPeriod: 0,
      CpusetCpus: "0",
      CpusetMems: "0",
      PidsLimit: 100,
      ShmSize: 134217728,
      // This engine's kernel lacks blkio.weight, so verifyContainerSettings zeroed both.
      BlkioWeight: 0,
      BlkioWeightDevice: [],
      BlkioDeviceReadBps: [{ Path: "/dev/sda", Rate: 1048576 }],
      BlkioDeviceWriteBps: [{ Path: "/dev/sda", Rate: 2097152 }],
      BlkioDeviceReadIOps: [{ Path: "/dev/sda", Rate: 100 }],
      BlkioDeviceWriteIOps: [{ Path: "/dev/sda", Rate: 200 }],
      Init: true,
      IpcMode: "shareable",
      PidMode: "host",
      UTSMode: "host",
      UsernsMode: "host",
      CgroupnsMode: "private",
      CgroupParent: "/custom",
      NetworkMode: "default",
      Dns: ["1.1.1.1"],
      DnsSearch: ["example.com"],
      DnsOptions: ["ndots:2"],
      ExtraHosts: ["db:10.0.0.2"],
      PortBindings: {
        "443/udp": [{ HostIp: "127.0.0.1", HostPort: "8443" }],
        "80/tcp": [{ HostIp: "", HostPort: "8080" }],
      },
    });
  });

  it("reads nulls as the engine sends them for unset settings", () => {
    expect(joined.HostConfig).toMatchObject({
      MemorySwappiness: null,
      PidsLimit: null,
      Init: null,
      Ulimits: null,
      ExtraHosts: null,
      OomKillDisable: false,
    });
  });

  it("reads a 26.1 container's console size and annotations, and leaves out 20.10's zeros", () => {
    // Docker 26.1.5 inspect of a container created through API 1.45 with ConsoleSize [40, 120]
    // and two annotations (the engine wrote consoleSize and annotations into its config.json).
    const created261 = {
      ...fullJson,
      HostConfig: {
        ...fullJson.HostConfig,
        ConsoleSize: [40, 120],
        Annotations: { "org.example/a": "1", "org.example/b": "2" },
      },
    };
    expect(toContainerInspect(created261).HostConfig).toMatchObject({
      ConsoleSize: [40, 120],
      Annotations: { "org.example/a": "1", "org.example/b": "2" },
    });
    const zeros = { ...fullJson, HostConfig: { ...fullJson.HostConfig, ConsoleSize: [0, 0] } };
    expect(toContainerInspect(zeros).HostConfig).not.toHaveProperty("ConsoleSize");
    expect(full.HostConfig).not.toHaveProperty("ConsoleSize");
    expect(full.HostConfig).not.toHaveProperty("Annotations");
  });

  it("reads the stop settings, exposed ports and mount requests", () => {
    expect(full.Config).toMatchObject({
      StopSignal: "SIGTERM",
      StopTimeout: 30,
      ExposedPorts: { "443/udp": {}, "80/tcp": {} },
    });
    expect(full.Binds).toEqual(["/etc:/short:ro"]);
    expect(full.MountRequests.slice(0, 3)).toEqual([
      {
        Type: "bind",
        Target: "/bdata",
        ReadOnly: true,
        NonRecursive: true,
        TmpfsSizeBytes: 0,
        TmpfsMode: 0,
      },
      {
        Type: "tmpfs",
        Target: "/t1",
        ReadOnly: false,
        NonRecursive: false,
        TmpfsSizeBytes: 1048576,
        TmpfsMode: 0o1700,
      },
      {
        Type: "tmpfs",
        Target: "/t2",
        ReadOnly: true,
        NonRecursive: false,
        TmpfsSizeBytes: 0,
        TmpfsMode: 0,
      },
    ]);
    expect(donor.Name).toBe("rbc-fixture-donor");
  });
});

describe("containerFromInspect", () => {
  it("lists mounts in request order with Docker's tmpfs data and non-recursive binds", () => {
    expect(containerFromInspect(full, "web").Mounts).toEqual([
      {
        Type: "bind",
        Name: "",
        Source: "/etc",
        Destination: "/short",
        RW: false,
        Propagation: "rprivate",
      },
      {
        Type: "bind",
        Name: "",
        Source: "/usr/share",
        Destination: "/bdata",
        RW: false,
        Propagation: "rslave",
        NonRecursive: true,
      },
      {
        Type: "tmpfs",
        Name: "",
        Source: "",
        Destination: "/t1",
        RW: true,
        Propagation: "",
        TmpfsData: "mode=1700,size=1m",
      },
      {
        Type: "tmpfs",
        Name: "",
        Source: "",
        Destination: "/t2",
        RW: false,
        Propagation: "",
        TmpfsData: "ro",
      },
      {
        Type: "volume",
        Name: "rbc-fixture-vol",
        Source: "volumes/rbc-fixture-vol",
        Destination: "/vol",
        RW: true,
        Propagation: "",
      },
      {
        Type: "volume",
        Name: "",
        Source: "volumes/_anonymous/anon",
        Destination: "/anon",
        RW: true,
        Propagation: "",
      },
    ]);
  });

  it("keeps Docker 25's read-only bind options (a 26.1 engine's --mount bind-recursive)", () => {
    // `docker create --mount type=bind,src=/tmp,dst=/w,readonly,bind-recursive=writable --mount
    // type=bind,src=/tmp,dst=/f,readonly,bind-recursive=readonly,bind-propagation=rprivate` on 26.1.5.
    const inspect = toContainerInspect({
      HostConfig: {
        Mounts: [
          {
            Type: "bind",
            Source: "/tmp",
            Target: "/w",
            ReadOnly: true,
            BindOptions: { ReadOnlyNonRecursive: true },
          },
          {
            Type: "bind",
            Source: "/tmp",
            Target: "/f",
            ReadOnly: true,
            BindOptions: { Propagation: "rprivate", ReadOnlyForceRecursive: true },
          },
        ],
      },
      Mounts: [
        {
          Type: "bind",
          Source: "/tmp",
          Destination: "/w",
          Mode: "",
          RW: false,
          Propagation: "rprivate",
        },
        {
          Type: "bind",
          Source: "/tmp",
          Destination: "/f",
          Mode: "",
          RW: false,
          Propagation: "rprivate",
        },
      ],
    });
    const bind = { Type: "bind", Name: "", Source: "/tmp", RW: false, Propagation: "rprivate" };
    expect(containerFromInspect(inspect, "web").Mounts).toEqual([
      { ...bind, Destination: "/w", ReadOnlyNonRecursive: true },
      { ...bind, Destination: "/f", ReadOnlyForceRecursive: true },
    ]);
    expect(full.MountRequests[0]).not.toHaveProperty("ReadOnlyNonRecursive");
  });

  it("names a defaulted hostname after the bundle", () => {
    expect(containerFromInspect(full, "web").Config.Hostname).toBe("web");
    expect(containerFromInspect(donor, "web").Config.Hostname).toBe("donorhost");
  });

  it("names the donors of container:<id> modes and takes the network donor's hostname", () => {
    const donors = new Map([[donor.Id, donorFromInspect(donor)]]);
    const state = containerFromInspect(joined, "web", donors);
    expect(state.HostConfig).toMatchObject({
      NetworkMode: "container:rbc-fixture-donor",
      IpcMode: "container:rbc-fixture-donor",
      PidMode: "container:rbc-fixture-donor",
    });
    expect(state.Donors).toEqual({
      "rbc-fixture-donor": {
        Name: "rbc-fixture-donor",
        Hostname: "donorhost",
        Domainname: "example.org",
      },
    });
    expect(state.Config).toMatchObject({ Hostname: "donorhost", Domainname: "example.org" });
  });

  it("takes the overlay's keys on top, key by key", () => {
    const request = overlayToRequest({
      source: { kind: "container", ref: "rbc-fixture-full" },
      mem_limit: 134217728,
      ulimits: { nofile: { soft: 10, hard: 10 } },
      volumes: [{ type: "tmpfs", target: "/t1", tmpfs: { size: 2048 } }],
    });
    if (request.value === undefined) throw new Error(JSON.stringify(request.diagnostics));
    const state = createFromContainer(
      request.value,
      containerFromInspect(full, "web"),
      docker2010v1,
    ).value;
    expect(state?.HostConfig).toMatchObject({
      Memory: 134217728,
      MemorySwap: 268435456,
      Ulimits: [{ Name: "nofile", Soft: 10, Hard: 10 }],
      NanoCpus: 1500000000,
    });
    expect(state?.Mounts.find((m) => m.Destination === "/t1")?.TmpfsData).toBe("size=2k");
  });
});
