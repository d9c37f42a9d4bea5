import { describe, expect, it } from "vitest";
import { buildBlockIO } from "../../src/spec/block-io.ts";
import type { HostConfig } from "../../src/spec/container-state.ts";
import type { DockerRelease } from "../../src/overlay/index.ts";
import { containerState } from "../helpers/container-state.ts";
import { hostDeviceTable } from "./host-devices.ts";

// Docker 20.10.24 captures: `--device-read-bps /dev/vda:1mb --device-write-bps /dev/vda:2mb
// --device-read-iops /dev/vda:50 --device-write-iops /dev/vda:100` (vda is 254:0). The capture host
// has no blkio.weight, so Docker dropped weights there; weightDevice's shape is from moby's code.
const blockIO = (hostConfig: Partial<HostConfig>, release: DockerRelease = "20.10") =>
  buildBlockIO(containerState({ hostConfig }).HostConfig, hostDeviceTable(), release);

describe("buildBlockIO", () => {
  it("writes weight 0 by default", () => {
    expect(blockIO({})).toEqual({ value: { weight: 0 }, diagnostics: [] });
  });

  it("names throttled devices by major and minor, in the runtime-spec key order", () => {
    const vda = (Rate: number) => [{ Path: "/dev/vda", Rate }];
    const { value } = blockIO({
      BlkioDeviceReadBps: vda(1048576),
      BlkioDeviceWriteBps: vda(2097152),
      BlkioDeviceReadIOps: vda(50),
      BlkioDeviceWriteIOps: vda(100),
    });
    expect(value).toEqual({
      weight: 0,
      throttleReadBpsDevice: [{ major: 254, minor: 0, rate: 1048576 }],
      throttleWriteBpsDevice: [{ major: 254, minor: 0, rate: 2097152 }],
      throttleReadIOPSDevice: [{ major: 254, minor: 0, rate: 50 }],
      throttleWriteIOPSDevice: [{ major: 254, minor: 0, rate: 100 }],
    });
    expect(Object.keys(value)).toEqual([
      "weight",
      "throttleReadBpsDevice",
      "throttleWriteBpsDevice",
      "throttleReadIOPSDevice",
      "throttleWriteIOPSDevice",
    ]);
  });

  it("writes per-device weights before the throttles", () => {
    const { value } = blockIO({
      BlkioWeight: 300,
      BlkioWeightDevice: [{ Path: "/dev/vda", Weight: 200 }],
    });
    expect(value).toEqual({ weight: 300, weightDevice: [{ major: 254, minor: 0, weight: 200 }] });
  });

  it("reports a path without a device at its blkio_config key", () => {
    const { diagnostics } = blockIO({
      BlkioDeviceReadBps: [
        { Path: "/dev/vda", Rate: 1 },
        { Path: "/dev/nope", Rate: 1 },
      ],
    });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: "SPC505",
        message: "no device at /dev/nope on this host",
        key: "blkio_config.device_read_bps[1]",
      }),
    ]);
  });
});

// Docker 26.1.5: the weight only when set, so a default container writes `blockIO: {}` (26.1-v1
// captures; the capture host lacks blkio.weight, so the weight itself is from moby's WithResources).
describe("buildBlockIO for Docker 26.1", () => {
  it("writes an empty object by default", () => {
    expect(blockIO({}, "26.1")).toEqual({ value: {}, diagnostics: [] });
  });

  it("writes a weight that is set, before the per-device lists", () => {
    const { value } = blockIO(
      { BlkioWeight: 300, BlkioDeviceReadBps: [{ Path: "/dev/vda", Rate: 1048576 }] },
      "26.1",
    );
    expect(value).toEqual({
      weight: 300,
      throttleReadBpsDevice: [{ major: 254, minor: 0, rate: 1048576 }],
    });
    expect(Object.keys(value)).toEqual(["weight", "throttleReadBpsDevice"]);
  });
});
