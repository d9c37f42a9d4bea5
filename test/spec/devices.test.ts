import { describe, expect, it } from "vitest";
import { parseDeviceCgroupRule } from "../../src/spec/device-cgroup-rule.ts";
import { buildDevices } from "../../src/spec/devices.ts";
import { defaultDeviceRules } from "../../src/spec/docker-defaults.ts";
import type { HostConfig } from "../../src/spec/container-state.ts";
import type { DockerRelease } from "../../src/overlay/index.ts";
import { containerState } from "../helpers/container-state.ts";
import { hostDeviceTable } from "./host-devices.ts";

// Expected values are Docker 20.10.24's: config.json captured with `docker run --runtime
// rbc-capture` for the flags each test names, on a host with the nodes of ./host-devices.ts.
const devices = (hostConfig: Partial<HostConfig>, release: DockerRelease = "20.10") =>
  buildDevices(containerState({ hostConfig }).HostConfig, hostDeviceTable(), release);
const mapping = (PathOnHost: string, PathInContainer = PathOnHost, CgroupPermissions = "rwm") => ({
  PathOnHost,
  PathInContainer,
  CgroupPermissions,
});

describe("buildDevices", () => {
  it("passes a node in under its container path (--device /dev/null:/dev/mynull:r)", () => {
    const { value, diagnostics } = devices({ Devices: [mapping("/dev/null", "/dev/mynull", "r")] });
    expect(diagnostics).toEqual([]);
    expect(value.devices).toEqual([
      { path: "/dev/mynull", type: "c", major: 1, minor: 3, fileMode: 438, uid: 0, gid: 0 },
    ]);
    expect(value.rules).toEqual([
      ...defaultDeviceRules(),
      { allow: true, type: "c", major: 1, minor: 3, access: "r" },
    ]);
  });

  it("passes a directory's nodes with the host prefix replaced (--device /dev/net:/dev/mynet:rw)", () => {
    const { value } = devices({ Devices: [mapping("/dev/net", "/dev/mynet", "rw")] });
    expect(value.devices).toEqual([
      { path: "/dev/mynet/tun", type: "c", major: 10, minor: 200, fileMode: 384, uid: 0, gid: 0 },
    ]);
    expect(value.rules.at(-1)).toEqual({
      allow: true,
      type: "c",
      major: 10,
      minor: 200,
      access: "rw",
    });
  });

  it("appends cgroup rules after the device rules (--device /dev/zero --device-cgroup-rule ...)", () => {
    const { value } = devices({
      Devices: [mapping("/dev/zero")],
      DeviceCgroupRules: ["c 1:3 rwm", "a *:* rwm"],
    });
    expect(value.rules.slice(8)).toEqual([
      { allow: true, type: "c", major: 1, minor: 5, access: "rwm" },
      { allow: true, type: "c", major: 1, minor: 3, access: "rwm" },
      { allow: true, type: "a", major: -1, minor: -1, access: "rwm" },
    ]);
  });

  it("gives a privileged container one allow-all rule and only the renamed devices", () => {
    const { value } = devices({
      Privileged: true,
      Devices: [
        mapping("/dev/null", "/dev/mynull", "r"),
        mapping("/dev/zero"),
        mapping("/dev/net", "/dev/mynet"),
      ],
      DeviceCgroupRules: ["c 1:3 rwm"],
    });
    expect(value.rules).toEqual([{ allow: true, access: "rwm" }]);
    expect(value.devices.map((d) => d.path)).toEqual(["/dev/mynull", "/dev/mynet/tun"]);
  });

  it("reports a device the host lacks at its overlay key", () => {
    const { diagnostics } = devices({ Devices: [mapping("/dev/zero"), mapping("/dev/xyz")] });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: "SPC505",
        message: "no device at /dev/xyz on this host",
        key: "devices[1]",
      }),
    ]);
  });

  it("refuses a FIFO, whose device cgroup rule runc rejects", () => {
    const fifo = {
      path: "/tmp/ff",
      type: "p" as const,
      major: 0,
      minor: 0,
      fileMode: 420,
      uid: 0,
      gid: 0,
    };
    const { diagnostics } = buildDevices(
      containerState({ hostConfig: { Devices: [mapping("/tmp/ff", "/dev/ff")] } }).HostConfig,
      hostDeviceTable(["/tmp/ff", [fifo]]),
      "20.10",
    );
    expect(diagnostics).toEqual([expect.objectContaining({ code: "SPC505", key: "devices[0]" })]);
  });

  it("reports an invalid cgroup rule at its overlay key", () => {
    const { diagnostics } = devices({ DeviceCgroupRules: ["c 1:3 rwm", "x 1:3 rwm"] });
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: "SPC505", key: "device_cgroup_rules[1]" }),
    ]);
  });
});

describe("parseDeviceCgroupRule", () => {
  it("reads Docker's rule syntax, * as -1", () => {
    expect(parseDeviceCgroupRule("b 7:* r")).toEqual({
      allow: true,
      type: "b",
      major: 7,
      minor: -1,
      access: "r",
    });
  });

  it("refuses what Docker's pattern refuses", () => {
    for (const rule of ["x 1:3 rwm", "c 1:3", "c 1:3 rwmx", " c 1:3 rwm", "c a:3 rwm"]) {
      expect(parseDeviceCgroupRule(rule)).toBeUndefined();
    }
  });
});

// Docker 26.1.5 captures (26.1-v1): WithDevices appends its rules to the default allow-list
// again, so the defaults come twice before a container's own rules.
describe("buildDevices for Docker 26.1", () => {
  it("writes the default rules twice for a plain container", () => {
    expect(devices({}, "26.1").value.rules).toEqual([
      ...defaultDeviceRules(),
      ...defaultDeviceRules(),
    ]);
  });

  it("puts device and cgroup rules after both copies (device cgroup rules after device rules)", () => {
    const { value } = devices(
      { Devices: [mapping("/dev/zero")], DeviceCgroupRules: ["c 10:229 rw"] },
      "26.1",
    );
    expect(value.rules).toEqual([
      ...defaultDeviceRules(),
      ...defaultDeviceRules(),
      { allow: true, type: "c", major: 1, minor: 5, access: "rwm" },
      { allow: true, type: "c", major: 10, minor: 229, access: "rw" },
    ]);
  });

  it("writes the defaults, then allow-all, for a privileged container", () => {
    const { value } = devices({ Privileged: true, DeviceCgroupRules: ["c 1:3 rwm"] }, "26.1");
    expect(value.rules).toEqual([...defaultDeviceRules(), { allow: true, access: "rwm" }]);
  });
});
