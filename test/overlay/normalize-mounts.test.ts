import { describe, expect, it } from "vitest";
import { file, problemsOf, settingsOf } from "./overlay-settings.ts";

describe("normalizeOverlay: volumes and devices", () => {
  it("keeps long-syntax volumes, with short ones in the same list", () => {
    const yaml = [
      "volumes:",
      "  - ./conf:/etc/app:ro",
      "  - type: bind",
      "    source: ./data",
      "    target: /data",
      "    read_only: true",
      "    bind: { propagation: rshared, create_host_path: true, recursive: disabled }",
      "  - type: volume",
      "    source: cache",
      "    target: /cache",
      "    volume: { nocopy: true }",
      "  - { type: volume, target: /anon }",
      "",
    ].join("\n");
    expect(settingsOf(yaml).volumes).toEqual([
      "./conf:/etc/app:ro",
      {
        type: "bind",
        source: "./data",
        target: "/data",
        read_only: true,
        bind: { propagation: "rshared", create_host_path: true, recursive: "disabled" },
      },
      { type: "volume", source: "cache", target: "/cache", volume: { nocopy: true } },
      { type: "volume", target: "/anon" },
    ]);
  });

  it("turns a tmpfs size into bytes and reads the mode as octal where it is written so", () => {
    const yaml = [
      "volumes:",
      "  - { type: tmpfs, target: /a, tmpfs: { size: 64m, mode: 0o1770 } }",
      "  - { type: tmpfs, target: /b, tmpfs: { size: 1048576, mode: 01770 } }",
      "  - { type: tmpfs, target: /c, tmpfs: { mode: '1770' } }",
      "  - { type: tmpfs, target: /d, tmpfs: { mode: 1016 } }",
      "  - { type: tmpfs, target: /e }",
      "",
    ].join("\n");
    expect(settingsOf(yaml).volumes).toEqual([
      { type: "tmpfs", target: "/a", tmpfs: { size: 67108864, mode: 0o1770 } },
      { type: "tmpfs", target: "/b", tmpfs: { size: 1048576, mode: 0o1770 } },
      { type: "tmpfs", target: "/c", tmpfs: { mode: 0o1770 } },
      { type: "tmpfs", target: "/d", tmpfs: { mode: 0o1770 } },
      { type: "tmpfs", target: "/e" },
    ]);
  });

  it("reports what each long-syntax type needs or refuses", () => {
    const yaml = [
      "volumes:",
      "  - { type: bind, target: /a }",
      "  - { type: tmpfs, source: x, target: /b }",
      "  - { type: volume, target: data }",
      "  - { type: volume, target: /c, bind: { propagation: shared } }",
      "  - { type: bind, source: ., target: /d, tmpfs: { size: 1m } }",
      "",
    ].join("\n");
    expect(problemsOf(yaml)).toBe(
      [
        `${file}:3:5: error OVL202: "volumes[0]" is a bind mount and needs a "source" (the host path) (at volumes[0])`,
        `${file}:4:28: error OVL202: "volumes[1]" is a tmpfs mount and takes no "source" (at volumes[1].source)`,
        `${file}:5:29: error OVL202: "volumes[2].target" must be an absolute path, got "data" (at volumes[2].target)`,
        `${file}:6:39: error OVL202: "volumes[3].bind" sets options for a bind mount, but this one has type volume (at volumes[3].bind)`,
        `${file}:7:49: error OVL202: "volumes[4].tmpfs" sets options for a tmpfs mount, but this one has type bind (at volumes[4].tmpfs)`,
      ].join("\n"),
    );
  });

  it("reports a malformed tmpfs size or mode at the option", () => {
    const yaml = [
      "volumes:",
      "  - { type: tmpfs, target: /a, tmpfs: { size: 1z } }",
      "  - { type: tmpfs, target: /b, tmpfs: { mode: 09 } }",
      "  - { type: tmpfs, target: /c, tmpfs: { mode: 'rwx' } }",
      "  - { type: tmpfs, target: /d, tmpfs: { mode: 0o17777 } }",
      "",
    ].join("\n");
    expect(problemsOf(yaml)).toBe(
      [
        `${file}:3:47: error OVL202: malformed size "1z" (use bytes or a number with b, k, m or g) (at volumes[0].tmpfs.size)`,
        `${file}:4:47: error OVL202: "volumes[1].tmpfs.mode" must be a file mode from 0 to 0o7777, such as 0o1777 or "1777", got 9 (at volumes[1].tmpfs.mode)`,
        `${file}:5:47: error OVL202: "volumes[2].tmpfs.mode" must be a file mode from 0 to 0o7777, such as 0o1777 or "1777", got "rwx" (at volumes[2].tmpfs.mode)`,
        `${file}:6:47: error OVL202: "volumes[3].tmpfs.mode" must be a file mode from 0 to 0o7777, such as 0o1777 or "1777", got 8191 (at volumes[3].tmpfs.mode)`,
      ].join("\n"),
    );
  });

  it("keeps devices and device cgroup rules as written", () => {
    const yaml = [
      "devices: [/dev/fuse, '/dev/sda:/dev/xvda', '/dev/sdb:/dev/xvdb:r', '/dev/kvm:rw']",
      "device_cgroup_rules: ['c 1:3 mr', 'a *:* rwm', 'b 8:* r']",
      "",
    ].join("\n");
    expect(settingsOf(yaml)).toEqual({
      devices: ["/dev/fuse", "/dev/sda:/dev/xvda", "/dev/sdb:/dev/xvdb:r", "/dev/kvm:rw"],
      device_cgroup_rules: ["c 1:3 mr", "a *:* rwm", "b 8:* r"],
    });
  });

  it("reports devices and cgroup rules Docker cannot read", () => {
    const device =
      "HOST[:CONTAINER][:PERMISSIONS] with an absolute container path and permissions from r, w and m";
    const rule = `TYPE MAJOR:MINOR PERMISSIONS, such as "c 1:3 rwm" or "b 8:* r"`;
    const yaml = [
      "devices: [sda, '/dev/a:/dev/b:rx', '/dev/a:dev/b', '/dev/a:rr']",
      "device_cgroup_rules: ['c 1:3', 'x 1:3 r']",
      "",
    ].join("\n");
    expect(problemsOf(yaml)).toBe(
      [
        `${file}:2:11: error OVL202: "devices[0]" must be ${device}, got "sda" (at devices[0])`,
        `${file}:2:16: error OVL202: "devices[1]" must be ${device}, got "/dev/a:/dev/b:rx" (at devices[1])`,
        `${file}:2:36: error OVL202: "devices[2]" must be ${device}, got "/dev/a:dev/b" (at devices[2])`,
        `${file}:2:52: error OVL202: "devices[3]" must be ${device}, got "/dev/a:rr" (at devices[3])`,
        `${file}:3:23: error OVL202: "device_cgroup_rules[0]" must be ${rule}, got "c 1:3" (at device_cgroup_rules[0])`,
        `${file}:3:32: error OVL202: "device_cgroup_rules[1]" must be ${rule}, got "x 1:3 r" (at device_cgroup_rules[1])`,
      ].join("\n"),
    );
  });
});
