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
        `${file}:3:5: error SPC503: a bind mount needs a source (the host path) (at volumes[0])`,
        `${file}:4:28: error SPC503: a tmpfs mount takes no source (at volumes[1].source)`,
        `${file}:5:29: error SPC503: "volumes[2].target" must be an absolute path, got "data" (at volumes[2].target)`,
        `${file}:6:39: error SPC503: bind options are for a bind mount, but this one has type volume (at volumes[3].bind)`,
        `${file}:7:49: error SPC503: tmpfs options are for a tmpfs mount, but this one has type bind (at volumes[4].tmpfs)`,
      ].join("\n"),
    );
  });

  it("reports a malformed tmpfs size or mode at the option", () => {
    const yaml = [
      "volumes:",
      "  - { type: tmpfs, target: /a, tmpfs: { size: 1z } }",
      "  - { type: tmpfs, target: /c, tmpfs: { mode: 'rwx' } }",
      "  - { type: tmpfs, target: /d, tmpfs: { mode: 0o17777 } }",
      "",
    ].join("\n");
    expect(problemsOf(yaml)).toBe(
      [
        `${file}:3:47: error OVL202: "volumes[0].tmpfs.size" must be a byte size such as 67108864 or "64m", got "1z" (at volumes[0].tmpfs.size)`,
        `${file}:4:47: error SPC503: "volumes[1].tmpfs.mode" must be a file mode from 0 to 0o7777, such as 0o1777 or "1777", got "rwx" (at volumes[1].tmpfs.mode)`,
        `${file}:5:47: error SPC503: "volumes[2].tmpfs.mode" must be a file mode from 0 to 0o7777, such as 0o1777 or "1777", got 8191 (at volumes[2].tmpfs.mode)`,
      ].join("\n"),
    );
    // 09 is the number 9 to YAML, which the schema takes; rbc reads the leading 0 as octal.
    expect(problemsOf("volumes:\n  - { type: tmpfs, target: /b, tmpfs: { mode: 09 } }\n")).toBe(
      `${file}:3:47: error OVL202: "volumes[0].tmpfs.mode" must be a file mode from 0 to 0o7777, such as 0o1777 or "1777", got 9 (at volumes[0].tmpfs.mode)`,
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
      "HOST[:CONTAINER][:PERMISSIONS] with absolute paths and permissions of r, w and m, each once";
    const rule = `TYPE MAJOR:MINOR PERMISSIONS, such as "c 1:3 rwm" or "b 8:* r"`;
    const yaml = [
      "devices: [sda, '/dev/a:/dev/b:rx', '/dev/a:dev/b', '/dev/a:rr']",
      "device_cgroup_rules: ['c 1:3', 'x 1:3 r']",
      "",
    ].join("\n");
    expect(problemsOf(yaml)).toBe(
      [
        `${file}:2:11: error SPC505: "devices[0]" must be ${device}, got "sda" (at devices[0])`,
        `${file}:2:16: error SPC505: "devices[1]" must be ${device}, got "/dev/a:/dev/b:rx" (at devices[1])`,
        `${file}:2:36: error SPC505: "devices[2]" must be ${device}, got "/dev/a:dev/b" (at devices[2])`,
        `${file}:2:52: error SPC505: "devices[3]" must be ${device}, got "/dev/a:rr" (at devices[3])`,
        `${file}:3:23: error SPC505: "device_cgroup_rules[0]" must be ${rule}, got "c 1:3" (at device_cgroup_rules[0])`,
        `${file}:3:32: error SPC505: "device_cgroup_rules[1]" must be ${rule}, got "x 1:3 r" (at device_cgroup_rules[1])`,
      ].join("\n"),
    );
  });
});
