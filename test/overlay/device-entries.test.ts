import { describe, expect, it } from "vitest";
import { deviceTarget } from "../../src/overlay/device-entries.ts";

describe("deviceTarget", () => {
  it.each([
    ["/dev/fuse", "/dev/fuse"],
    ["/dev/fuse:rw", "/dev/fuse"],
    ["/dev/sda:/dev/xvda", "/dev/xvda"],
    ["/dev/sda:/dev/xvda:rwm", "/dev/xvda"],
    ["/dev/sda:/dev/m", "/dev/m"],
  ] as const)("finds the container path of %j", (device, target) => {
    expect(deviceTarget(device)).toBe(target);
  });

  it.each([
    "sda",
    "/dev/a:b",
    "/dev/a:/dev/b:x",
    "/dev/a:/dev/b:rr",
    "/a:/b:r:w",
    ":/dev/a",
    "/dev/a:",
  ])("finds none in %j", (device) => {
    expect(deviceTarget(device)).toBeUndefined();
  });
});
