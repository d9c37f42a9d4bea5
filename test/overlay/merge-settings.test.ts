import { describe, expect, it } from "vitest";
import { mergeOverlays } from "../../src/overlay/merge.ts";
import { formatAll, layerOf } from "./overlay-builders.ts";

const baseFile = "bundles/_base/common.yaml";
const file = "bundles/web/bundle.yaml";

function merge(base: string, overlay: string) {
  const result = mergeOverlays([layerOf(`image: a\n${base}`, baseFile), layerOf(overlay, file)]);
  if (result.value === undefined) throw new Error(formatAll(result.diagnostics));
  return result.value;
}

describe("mergeOverlays: issue 3 settings", () => {
  it("replaces scalars whole, keeping the base's where the overlay is silent", () => {
    const merged = merge(
      "mem_limit: 1g\ncpus: 2\nnetwork_mode: host\nstop_grace_period: 30s\n",
      "mem_limit: 512m\nstop_grace_period: 5\n",
    );
    expect(merged.settings).toMatchObject({
      mem_limit: 536870912,
      cpus: 2,
      network_mode: "host",
      stop_grace_period: 5,
    });
    expect(merged.origins).toMatchObject({
      mem_limit: { file, line: 1, col: 12 },
      cpus: { file: baseFile, line: 3, col: 7 },
    });
  });

  it("lets an empty pid undo a base's pid: host", () => {
    const merged = merge("pid: host\n", "pid: ''\n");
    expect(merged.settings).not.toHaveProperty("pid");
    expect(merged.origins).not.toHaveProperty("pid");
  });

  it("merges sysctls, annotations and ulimits by name, in place", () => {
    const merged = merge(
      [
        "sysctls: { net.core.somaxconn: 1024, net.ipv4.ip_forward: 1 }",
        "annotations: [org.example/a=1, org.example/b=2]",
        "ulimits: { nofile: { soft: 1024, hard: 2048 }, nproc: 100 }",
        "",
      ].join("\n"),
      [
        "sysctls: [net.core.somaxconn=4096, kernel.msgmax=65536]",
        "annotations: { org.example/b: two }",
        "ulimits: { nofile: 4096, core: 0 }",
        "",
      ].join("\n"),
    );
    expect(merged.settings.sysctls).toEqual({
      "net.core.somaxconn": "4096",
      "net.ipv4.ip_forward": "1",
      "kernel.msgmax": "65536",
    });
    expect(Object.keys(merged.settings.sysctls ?? {})).toEqual([
      "net.core.somaxconn",
      "net.ipv4.ip_forward",
      "kernel.msgmax",
    ]);
    expect(merged.settings.annotations).toEqual({ "org.example/a": "1", "org.example/b": "two" });
    expect(merged.settings.ulimits).toEqual({
      nofile: { soft: 4096, hard: 4096 },
      nproc: { soft: 100, hard: 100 },
      core: { soft: 0, hard: 0 },
    });
    expect(merged.origins).toMatchObject({
      sysctls: { file, line: 1, col: 1 },
      "sysctls.net.core.somaxconn": { file, line: 1, col: 11 },
      "sysctls.net.ipv4.ip_forward": { file: baseFile, line: 2, col: 59 },
      "sysctls.kernel.msgmax": { file, line: 1, col: 36 },
      "annotations.org.example/a": { file: baseFile, line: 3, col: 15 },
      "annotations.org.example/b": { file, line: 2, col: 31 },
      "ulimits.nofile": { file, line: 3, col: 20 },
      "ulimits.nproc": { file: baseFile, line: 4, col: 55 },
    });
  });

  it("merges extra_hosts by host name, whichever form each file uses", () => {
    const merged = merge(
      "extra_hosts: [db=10.0.0.1, 'cache:10.0.0.3']\n",
      "extra_hosts: { db: '10.0.0.2', v6: '::1' }\n",
    );
    expect(merged.settings.extra_hosts).toEqual(["db:10.0.0.2", "cache:10.0.0.3", "v6:::1"]);
    expect(merged.origins).toMatchObject({
      "extra_hosts[0]": { file, line: 1, col: 20 },
      "extra_hosts[1]": { file: baseFile, line: 2, col: 28 },
      "extra_hosts[2]": { file, line: 1, col: 36 },
    });
  });

  it("unions the string lists in order, keeping the first occurrence", () => {
    const merged = merge(
      [
        "group_add: [audio, 1000]",
        "security_opt: [no-new-privileges]",
        "dns: 1.1.1.1",
        "dns_search: [a.example.org]",
        "dns_opt: [ndots:2]",
        "device_cgroup_rules: ['c 1:3 mr']",
        "ports: [80, '8080:80']",
        "",
      ].join("\n"),
      [
        "group_add: ['1000', video]",
        "security_opt: [seccomp=unconfined, no-new-privileges]",
        "dns: [8.8.8.8, 1.1.1.1]",
        "dns_search: b.example.org",
        "dns_opt: [ndots:2, use-vc]",
        "device_cgroup_rules: ['c 1:3 mr', 'a *:* rwm']",
        "ports: ['8080:80', '443']",
        "",
      ].join("\n"),
    );
    expect(merged.settings).toMatchObject({
      group_add: ["audio", "1000", "video"],
      security_opt: ["no-new-privileges", "seccomp=unconfined"],
      dns: ["1.1.1.1", "8.8.8.8"],
      dns_search: ["a.example.org", "b.example.org"],
      dns_opt: ["ndots:2", "use-vc"],
      device_cgroup_rules: ["c 1:3 mr", "a *:* rwm"],
      ports: ["80", "8080:80", "443"],
    });
    expect(merged.origins).toMatchObject({
      dns: { file, line: 3, col: 1 },
      "dns[0]": { file: baseFile, line: 4, col: 6 },
      "dns[1]": { file, line: 3, col: 7 },
      "ports[2]": { file, line: 7, col: 20 },
    });
  });

  it("merges devices by container path", () => {
    const merged = merge(
      "devices: [/dev/fuse, '/dev/sda:/dev/xvda:r', '/dev/kvm:rw']\n",
      "devices: ['/dev/sdb:/dev/xvda', '/dev/kvm', /dev/net/tun]\n",
    );
    expect(merged.settings.devices).toEqual([
      "/dev/fuse",
      "/dev/sdb:/dev/xvda",
      "/dev/kvm",
      "/dev/net/tun",
    ]);
    expect(merged.origins).toMatchObject({
      "devices[0]": { file: baseFile, line: 2, col: 11 },
      "devices[1]": { file, line: 1, col: 11 },
    });
  });

  it("merges short and long volumes together by target", () => {
    const merged = merge(
      "volumes:\n  - /data\n  - { type: volume, source: cache, target: /cache }\n  - ./conf:/etc/app:ro\n",
      [
        "volumes:",
        "  - type: bind",
        "    source: /srv/data",
        "    target: /data",
        "  - other:/cache",
        "  - { type: tmpfs, target: /run }",
        "",
      ].join("\n"),
    );
    expect(merged.settings.volumes).toEqual([
      { type: "bind", source: "/srv/data", target: "/data" },
      "other:/cache",
      "./conf:/etc/app:ro",
      { type: "tmpfs", target: "/run" },
    ]);
    expect(merged.origins).toMatchObject({
      volumes: { file, line: 1, col: 1 },
      "volumes[0]": { file, line: 2, col: 5 },
      "volumes[1]": { file, line: 5, col: 5 },
      "volumes[2]": { file: baseFile, line: 5, col: 5 },
      "volumes[3]": { file, line: 6, col: 5 },
    });
  });

  it("merges blkio_config field by field, and its device lists by path", () => {
    const merged = merge(
      [
        "blkio_config:",
        "  weight: 300",
        "  weight_device: [{ path: /dev/sda, weight: 200 }]",
        "  device_read_bps: [{ path: /dev/sda, rate: 1mb }, { path: /dev/sdb, rate: 2mb }]",
        "",
      ].join("\n"),
      [
        "blkio_config:",
        "  device_read_bps: [{ path: /dev/sdb, rate: 4mb }, { path: /dev/sdc, rate: 1024 }]",
        "  device_write_iops: [{ path: /dev/sda, rate: 100 }]",
        "",
      ].join("\n"),
    );
    expect(merged.settings.blkio_config).toEqual({
      weight: 300,
      weight_device: [{ path: "/dev/sda", weight: 200 }],
      device_read_bps: [
        { path: "/dev/sda", rate: 1048576 },
        { path: "/dev/sdb", rate: 4194304 },
        { path: "/dev/sdc", rate: 1024 },
      ],
      device_write_iops: [{ path: "/dev/sda", rate: 100 }],
    });
    expect(merged.origins).toMatchObject({
      blkio_config: { file, line: 1, col: 1 },
      "blkio_config.weight": { file: baseFile, line: 3, col: 11 },
      "blkio_config.weight_device[0]": { file: baseFile, line: 4, col: 19 },
      "blkio_config.device_read_bps[0]": { file: baseFile, line: 5, col: 21 },
      "blkio_config.device_read_bps[1]": { file, line: 2, col: 21 },
      "blkio_config.device_read_bps[2]": { file, line: 2, col: 52 },
      "blkio_config.device_write_iops[0]": { file, line: 3, col: 23 },
    });
  });

  it("lets a later blkio weight replace the earlier one", () => {
    const merged = merge("blkio_config: { weight: 300 }\n", "blkio_config: { weight: 500 }\n");
    expect(merged.settings.blkio_config).toEqual({ weight: 500 });
    expect(merged.origins["blkio_config.weight"]).toEqual({ file, line: 1, col: 25 });
  });

  it("leaves out new collections that merge to nothing", () => {
    const merged = merge("dns: []\nports: []\nsysctls: {}\n", "blkio_config: {}\nulimits: {}\n");
    expect(merged.settings).toEqual({ source: { kind: "image", ref: "a" } });
    expect(Object.keys(merged.origins)).toEqual(["image"]);
  });
});
