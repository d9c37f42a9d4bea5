import { describe, expect, it } from "vitest";
import { overlayToRequest, type CreateRequest } from "../../src/resolve/create-request.ts";
import { seccompProfileFiles } from "../../src/resolve/security-opts.ts";
import type { OverlaySettings } from "../../src/overlay/types.ts";

type Settings = Omit<OverlaySettings, "source">;

function request(
  settings: Settings,
  files: ReadonlyMap<string, string> = new Map(),
): CreateRequest {
  const result = overlayToRequest({ source: { kind: "image", ref: "x" }, ...settings }, files);
  if (result.value === undefined) throw new Error(JSON.stringify(result.diagnostics));
  return result.value;
}

function problems(settings: Settings, files: ReadonlyMap<string, string> = new Map()) {
  const result = overlayToRequest({ source: { kind: "image", ref: "x" }, ...settings }, files);
  expect(result.value).toBeUndefined();
  return result.diagnostics.map((d) => [d.code, d.key, d.message]);
}

// What the Docker 20.10 CLI sends for the same flags (cli/command/container/opts.go).
describe("overlayToRequest", () => {
  it("sends nothing for keys the overlay leaves out", () => {
    expect(request({})).toEqual({ config: {}, hostConfig: {} });
  });

  it("maps the simple host settings to their Docker names", () => {
    expect(
      request({
        group_add: ["video", "10"],
        init: true,
        cgroup_parent: "/custom",
        ipc: "shareable",
        pid: "host",
        uts: "host",
        userns_mode: "host",
        cgroup: "private",
        network_mode: "bridge",
      }).hostConfig,
    ).toEqual({
      GroupAdd: ["video", "10"],
      Init: true,
      CgroupParent: "/custom",
      IpcMode: "shareable",
      PidMode: "host",
      UTSMode: "host",
      UsernsMode: "host",
      CgroupnsMode: "private",
      NetworkMode: "bridge",
    });
  });

  it("keeps container:NAME modes with the name", () => {
    expect(
      request({ network_mode: "container:db", ipc: "container:db", pid: "container:db" })
        .hostConfig,
    ).toEqual({ NetworkMode: "container:db", IpcMode: "container:db", PidMode: "container:db" });
  });

  it("reports invalid namespace modes", () => {
    expect(problems({ ipc: "bogus", pid: "private", network_mode: "container:" })).toEqual([
      ["OVL202", "ipc", 'invalid ipc mode "bogus"'],
      ["OVL202", "pid", 'invalid pid mode "private"'],
      [
        "OVL202",
        "network_mode",
        'invalid network_mode "container:" (bridge, none, host, container:NAME or a network name)',
      ],
    ]);
  });

  it("maps memory, CPU and pids settings", () => {
    expect(
      request({
        mem_limit: 67108864,
        mem_reservation: 33554432,
        memswap_limit: -1,
        mem_swappiness: 10,
        oom_kill_disable: true,
        oom_score_adj: -500,
        cpus: 1.5,
        cpu_shares: 512,
        cpu_quota: 50000,
        cpu_period: 100000,
        cpu_rt_runtime: 1000,
        cpu_rt_period: 100000,
        cpuset: "0-2",
        cpuset_mems: "0",
        pids_limit: 100,
        shm_size: 134217728,
      }).hostConfig,
    ).toEqual({
      Memory: 67108864,
      MemoryReservation: 33554432,
      MemorySwap: -1,
      MemorySwappiness: 10,
      OomKillDisable: true,
      OomScoreAdj: -500,
      NanoCpus: 1500000000,
      CpuShares: 512,
      CpuQuota: 50000,
      CpuPeriod: 100000,
      CpuRealtimeRuntime: 1000,
      CpuRealtimePeriod: 100000,
      CpusetCpus: "0-2",
      CpusetMems: "0",
      PidsLimit: 100,
      ShmSize: 134217728,
    });
  });

  it("computes NanoCpus exactly from the decimal form", () => {
    expect(request({ cpus: 1.1 }).hostConfig.NanoCpus).toBe(1100000000);
    expect(request({ cpus: 0.3 }).hostConfig.NanoCpus).toBe(300000000);
    expect(request({ cpus: 1e-9 }).hostConfig.NanoCpus).toBe(1);
    expect(request({ cpus: 2 }).hostConfig.NanoCpus).toBe(2000000000);
    expect(problems({ cpus: 1e-10 })).toEqual([
      ["OVL202", "cpus", "cpus 1e-10 is too precise (at most 9 decimals)"],
    ]);
  });

  it("maps ulimits in overlay order and checks them as go-units does", () => {
    expect(
      request({ ulimits: { nproc: { soft: 100, hard: 100 }, nofile: { soft: 1024, hard: 2048 } } })
        .hostConfig.Ulimits,
    ).toEqual([
      { Name: "nproc", Soft: 100, Hard: 100 },
      { Name: "nofile", Soft: 1024, Hard: 2048 },
    ]);
    expect(
      problems({ ulimits: { bogus: { soft: 1, hard: 1 }, nofile: { soft: 10, hard: 5 } } }),
    ).toEqual([
      ["OVL202", "ulimits.bogus", 'unknown ulimit "bogus"'],
      ["OVL202", "ulimits.nofile", "ulimit nofile: soft limit 10 exceeds hard limit 5"],
    ]);
  });

  it("passes namespaced sysctls and refuses the others as the CLI does", () => {
    expect(
      request({ sysctls: { "net.core.somaxconn": "1024", "kernel.shmmax": "1" } }).hostConfig
        .Sysctls,
    ).toEqual({ "net.core.somaxconn": "1024", "kernel.shmmax": "1" });
    expect(problems({ sysctls: { "vm.swappiness": "1" } })[0]?.slice(0, 2)).toEqual([
      "OVL202",
      "sysctls.vm.swappiness",
    ]);
  });

  it("maps blkio_config to the Blkio fields", () => {
    expect(
      request({
        blkio_config: {
          weight: 300,
          weight_device: [{ path: "/dev/sda", weight: 200 }],
          device_read_bps: [{ path: "/dev/sda", rate: 1048576 }],
          device_write_bps: [{ path: "/dev/sdb", rate: 2097152 }],
          device_read_iops: [{ path: "/dev/sda", rate: 100 }],
          device_write_iops: [{ path: "/dev/sda", rate: 200 }],
        },
      }).hostConfig,
    ).toEqual({
      BlkioWeight: 300,
      BlkioWeightDevice: [{ Path: "/dev/sda", Weight: 200 }],
      BlkioDeviceReadBps: [{ Path: "/dev/sda", Rate: 1048576 }],
      BlkioDeviceWriteBps: [{ Path: "/dev/sdb", Rate: 2097152 }],
      BlkioDeviceReadIOps: [{ Path: "/dev/sda", Rate: 100 }],
      BlkioDeviceWriteIOps: [{ Path: "/dev/sda", Rate: 200 }],
    });
  });

  it("refuses blkio devices outside /dev and weights out of range", () => {
    expect(
      problems({
        blkio_config: {
          weight_device: [{ path: "/dev/sda", weight: 5 }],
          device_read_bps: [{ path: "sda", rate: 1 }],
        },
      }),
    ).toEqual([
      ["OVL202", "blkio_config.weight_device[0]", "device weight 5 is not 10 to 1000"],
      ["SPC505", "blkio_config.device_read_bps[0]", 'block device "sda" is not under /dev/'],
    ]);
  });

  it("sends DNS servers in Go's canonical form, search domains and options as given", () => {
    expect(
      request({
        dns: ["1.1.1.1", "2001:DB8:0:0:0:0:0:1", "::ffff:10.0.0.1"],
        dns_search: ["example.com", "."],
        dns_opt: ["ndots:2", "rotate"],
      }).hostConfig,
    ).toEqual({
      Dns: ["1.1.1.1", "2001:db8::1", "10.0.0.1"],
      DnsSearch: ["example.com", "."],
      DnsOptions: ["ndots:2", "rotate"],
    });
    expect(problems({ dns: ["1.1.1.01"], dns_search: ["-bad-"] })).toEqual([
      ["OVL202", "dns[0]", '"1.1.1.01" is not an IP address'],
      ["OVL202", "dns_search[0]", '"-bad-" is not a domain name'],
    ]);
  });

  it("sends extra hosts as HOST:IP and refuses host-gateway", () => {
    expect(request({ extra_hosts: ["db:10.0.0.2", "v6:::1"] }).hostConfig.ExtraHosts).toEqual([
      "db:10.0.0.2",
      "v6:::1",
    ]);
    expect(problems({ extra_hosts: ["gw:host-gateway", "db:nope"] })).toEqual([
      ["OVL202", "extra_hosts[0]", "host-gateway depends on the Docker host; give the address"],
      ["OVL202", "extra_hosts[1]", '"nope" is not an IP address'],
    ]);
  });

  it("publishes ports as PortBindings and exposes them", () => {
    const sent = request({
      ports: ["8080:80", "127.0.0.1:8443:443/udp", "9000-9001:90-91", "53", "[::1]:5353:53/UDP"],
    });
    expect(sent.hostConfig.PortBindings).toEqual({
      "443/udp": [{ HostIp: "127.0.0.1", HostPort: "8443" }],
      "53/tcp": [{ HostIp: "", HostPort: "" }],
      "53/udp": [{ HostIp: "::1", HostPort: "5353" }],
      "80/tcp": [{ HostIp: "", HostPort: "8080" }],
      "90/tcp": [{ HostIp: "", HostPort: "9000" }],
      "91/tcp": [{ HostIp: "", HostPort: "9001" }],
    });
    expect(Object.keys(sent.config.ExposedPorts ?? {})).toEqual([
      "443/udp",
      "53/tcp",
      "53/udp",
      "80/tcp",
      "90/tcp",
      "91/tcp",
    ]);
  });

  it("binds a host range for a single container port and collects bindings per port", () => {
    expect(request({ ports: ["8000-8010:80", "9090:80"] }).hostConfig.PortBindings).toEqual({
      "80/tcp": [
        { HostIp: "", HostPort: "8000-8010" },
        { HostIp: "", HostPort: "9090" },
      ],
    });
  });

  it("reports malformed ports at their index", () => {
    expect(problems({ ports: ["80:90-91", "70000", "1.2.3:80:80", "80/icmp"] })).toEqual([
      ["OVL202", "ports[0]", "invalid port: the ranges 90-91 and 80 differ in length"],
      ["OVL202", "ports[1]", 'invalid port: invalid container port "70000"'],
      ["OVL202", "ports[2]", 'invalid port: invalid IP address "1.2.3"'],
      ["OVL202", "ports[3]", 'invalid port: invalid protocol "icmp"'],
    ]);
  });

  it("sets the stop signal and the stop timeout in whole seconds, as Compose does", () => {
    expect(request({ stop_signal: "SIGINT", stop_grace_period: 10.5 }).config).toEqual({
      StopSignal: "SIGINT",
      StopTimeout: 10,
    });
  });
});

describe("overlayToRequest: devices", () => {
  it("parses HOST[:CONTAINER[:PERMISSIONS]] as the CLI's parseDevice", () => {
    expect(
      request({
        devices: [
          "/dev/null",
          "/dev/null:/dev/mynull",
          "/dev/zero:r",
          "/dev/null:/dev/x:rw",
          "/dev//fuse/",
          "/dev/sda:/dev/xvda/",
        ],
      }).hostConfig.Devices,
    ).toEqual([
      { PathOnHost: "/dev/null", PathInContainer: "/dev/null", CgroupPermissions: "rwm" },
      { PathOnHost: "/dev/null", PathInContainer: "/dev/mynull", CgroupPermissions: "rwm" },
      { PathOnHost: "/dev/zero", PathInContainer: "/dev/zero", CgroupPermissions: "r" },
      { PathOnHost: "/dev/null", PathInContainer: "/dev/x", CgroupPermissions: "rw" },
      { PathOnHost: "/dev/fuse", PathInContainer: "/dev/fuse", CgroupPermissions: "rwm" },
      { PathOnHost: "/dev/sda", PathInContainer: "/dev/xvda", CgroupPermissions: "rwm" },
    ]);
  });

  it("reports invalid devices and cgroup rules", () => {
    expect(
      problems({
        devices: ["/dev/a:/b:rx", "/dev/a:rel", "a:b:c:d", "dev/null", "/dev/a:rr"],
        device_cgroup_rules: ["c 1:3 rwm", "x 1:3 r"],
      }),
    ).toEqual([
      ["SPC505", "devices[0]", 'invalid device: bad permissions "rx" (use r, w and m)'],
      ["SPC505", "devices[1]", 'invalid device: "rel" is not an absolute path'],
      ["SPC505", "devices[2]", 'invalid device: "a:b:c:d" is not HOST[:CONTAINER[:PERMISSIONS]]'],
      ["SPC505", "devices[3]", 'invalid device: "dev/null" is not an absolute path'],
      ["SPC505", "devices[4]", 'invalid device: "rr" is not an absolute path'],
      [
        "SPC505",
        "device_cgroup_rules[1]",
        'invalid device cgroup rule "x 1:3 r" (expected "TYPE MAJOR:MINOR ACCESS", e.g. "c 1:3 rwm")',
      ],
    ]);
  });

  it("keeps valid device cgroup rules", () => {
    expect(
      request({ device_cgroup_rules: ["c 1:3 rwm", "a *:* rwm"] }).hostConfig.DeviceCgroupRules,
    ).toEqual(["c 1:3 rwm", "a *:* rwm"]);
  });
});

describe("overlayToRequest: security_opt", () => {
  const profile =
    '{\n  "defaultAction": "SCMP_ACT_ALLOW",\n  "syscalls": [ { "names": ["a b"] } ]\n}\n';

  it("inlines a seccomp profile file as compact JSON, as the CLI does", () => {
    const files = new Map([["seccomp/profile.json", profile]]);
    expect(
      request({ security_opt: ["seccomp=seccomp/profile.json", "no-new-privileges"] }, files)
        .hostConfig.SecurityOpt,
    ).toEqual([
      'seccomp={"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["a b"]}]}',
      "no-new-privileges",
    ]);
  });

  it("names the profile files to read, by key", () => {
    expect(
      seccompProfileFiles([
        "apparmor=x",
        "seccomp=unconfined",
        "seccomp:p.json",
        "seccomp=/abs.json",
      ]),
    ).toEqual([
      { key: "security_opt[2]", path: "p.json" },
      { key: "security_opt[3]", path: "/abs.json" },
    ]);
  });

  it("turns systempaths=unconfined into empty masked and read-only path lists", () => {
    expect(
      request({ security_opt: ["systempaths=unconfined", "label=disable"] }).hostConfig,
    ).toEqual({ SecurityOpt: ["label=disable"], MaskedPaths: [], ReadonlyPaths: [] });
  });

  it("keeps the options the daemon knows", () => {
    const opts = [
      "seccomp=unconfined",
      "apparmor=my-profile",
      "label=type:svirt_t",
      "no-new-privileges=false",
      "no-new-privileges:true",
      "disable",
    ];
    expect(request({ security_opt: opts }).hostConfig.SecurityOpt).toEqual(opts);
  });

  it("reports unknown options, bad values and unreadable or malformed profiles", () => {
    expect(
      problems(
        {
          security_opt: [
            "bogus=1",
            "no-new-privileges=maybe",
            "systempaths=strict",
            "seccomp=missing.json",
            "seccomp=broken.json",
            "apparmor",
          ],
        },
        new Map([["broken.json", "{"]]),
      ).map(([code, key]) => [code, key]),
    ).toEqual([
      ["SPC506", "security_opt[0]"],
      ["SPC506", "security_opt[1]"],
      ["SPC506", "security_opt[2]"],
      ["RES403", "security_opt[3]"],
      ["SPC506", "security_opt[4]"],
      ["SPC506", "security_opt[5]"],
    ]);
  });
});

describe("overlayToRequest: long-syntax volumes", () => {
  it("maps binds with propagation, read-only and non-recursive", () => {
    expect(
      request({
        volumes: [
          { type: "bind", source: "./data/../conf", target: "/etc/app", read_only: true },
          {
            type: "bind",
            source: "/srv",
            target: "/srv",
            bind: { propagation: "rslave", recursive: "disabled", create_host_path: true },
          },
        ],
      }).mounts,
    ).toEqual([
      {
        Type: "bind",
        Name: "",
        Source: "conf",
        Destination: "/etc/app",
        RW: false,
        Propagation: "rprivate",
      },
      {
        Type: "bind",
        Name: "",
        Source: "/srv",
        Destination: "/srv",
        RW: true,
        Propagation: "rslave",
        NonRecursive: true,
      },
    ]);
  });

  it("maps recursive: writable and readonly to Docker 25's read-only bind options", () => {
    const bind = (recursive: "writable" | "readonly") =>
      request({
        volumes: [
          { type: "bind", source: "/srv", target: "/s", read_only: true, bind: { recursive } },
        ],
      }).mounts?.[0];
    const base = { Type: "bind", Name: "", Source: "/srv", Destination: "/s", RW: false };
    expect(bind("writable")).toEqual({
      ...base,
      Propagation: "rprivate",
      ReadOnlyNonRecursive: true,
    });
    expect(bind("readonly")).toEqual({
      ...base,
      Propagation: "rprivate",
      ReadOnlyForceRecursive: true,
    });
  });

  it("refuses recursive: writable or readonly on a writable bind, as Docker refuses to start it", () => {
    const volumes = (["writable", "readonly"] as const).map((recursive) => ({
      type: "bind" as const,
      source: "/srv",
      target: `/${recursive}`,
      bind: { recursive },
    }));
    expect(problems({ volumes })).toEqual([
      ["SPC503", "volumes[0]", "invalid volume: bind.recursive: writable needs read_only: true"],
      ["SPC503", "volumes[1]", "invalid volume: bind.recursive: readonly needs read_only: true"],
    ]);
  });

  it("makes binds of Docker's data root or above it rslave, as the daemon does", () => {
    const propagation = (volume: string) => request({ volumes: [volume] }).mounts?.[0]?.Propagation;
    expect(propagation("/var:/host-var:ro")).toBe("rslave");
    expect(propagation("/:/host")).toBe("rslave");
    expect(propagation("/var/lib/docker/volumes:/dv")).toBe("rslave");
    expect(propagation("/var/lib/docker/volumes:/dv:rshared")).toBe("rshared");
    expect(propagation("/srv:/srv")).toBe("rprivate");
    expect(problems({ volumes: ["/var:/v:private"] })).toEqual([
      [
        "SPC503",
        "volumes[0]",
        "invalid volume: a bind of /var (Docker's data root or above it) takes propagation rslave or rshared, not private",
      ],
    ]);
  });

  it("maps named and anonymous volumes under the bundle's volumes directory", () => {
    expect(
      request({
        volumes: [
          { type: "volume", source: "cache", target: "/cache", volume: { nocopy: true } },
          { type: "volume", target: "/anon", read_only: true },
        ],
      }).mounts,
    ).toEqual([
      {
        Type: "volume",
        Name: "cache",
        Source: "volumes/cache",
        Destination: "/cache",
        RW: true,
        Propagation: "",
      },
      {
        Type: "volume",
        Name: "",
        Source: "volumes/_anonymous/anon",
        Destination: "/anon",
        RW: false,
        Propagation: "",
      },
    ]);
  });

  it("derives tmpfs mount data as Docker does for --mount type=tmpfs", () => {
    const tmpfs = (target: string, options: { size?: number; mode?: number }, ro = false) =>
      request({ volumes: [{ type: "tmpfs", target, tmpfs: options, read_only: ro }] }).mounts?.[0];
    expect(tmpfs("/t", { size: 1048576, mode: 0o1700 })).toEqual({
      Type: "tmpfs",
      Name: "",
      Source: "",
      Destination: "/t",
      RW: true,
      Propagation: "",
      TmpfsData: "mode=1700,size=1m",
    });
    expect(tmpfs("/t", { size: 3 * 2 ** 30 }, true)?.TmpfsData).toBe("ro,size=3g");
    expect(tmpfs("/t", { size: 1536 })?.TmpfsData).toBe("size=1536");
    expect(tmpfs("/t", { size: 2048 })?.TmpfsData).toBe("size=2k");
    expect(tmpfs("/t", {})?.TmpfsData).toBe("");
  });

  it("reports options of another mount type, missing sources and duplicates", () => {
    expect(
      problems({
        volumes: [
          { type: "volume", source: "v", target: "/v", bind: { propagation: "rshared" } },
          { type: "bind", target: "/b" },
          { type: "tmpfs", source: "x", target: "/t" },
          { type: "bind", source: "/a", target: "/a", bind: { propagation: "bogus" } },
          "./x:/dup",
          { type: "tmpfs", target: "/dup" },
        ],
      }),
    ).toEqual([
      ["SPC503", "volumes[0]", 'invalid volume: "bind" options do not apply to a volume mount'],
      ["SPC503", "volumes[1]", "invalid volume: a bind mount needs a source"],
      ["SPC503", "volumes[2]", "invalid volume: a tmpfs mount takes no source"],
      ["SPC503", "volumes[3]", 'invalid volume: unknown propagation "bogus"'],
      ["SPC503", "volumes[5]", "duplicate mount point /dup"],
    ]);
  });
});
