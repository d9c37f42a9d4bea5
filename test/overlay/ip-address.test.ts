import { describe, expect, it } from "vitest";
import { isIPAddress, isIPv4, isIPv6 } from "../../src/overlay/ip-address.ts";

describe("isIPv4", () => {
  it.each(["0.0.0.0", "10.0.0.1", "255.255.255.255"])("accepts %s", (ip) => {
    expect(isIPv4(ip)).toBe(true);
  });

  it.each(["256.0.0.1", "1.2.3", "1.2.3.4.5", "a.b.c.d", "", "1..2.3"])("refuses %j", (ip) => {
    expect(isIPv4(ip)).toBe(false);
  });
});

describe("isIPv6", () => {
  it.each(["::", "::1", "fe80::1", "2001:db8:0:0:0:0:0:1", "2001:DB8::", "::ffff:10.0.0.1"])(
    "accepts %s",
    (ip) => {
      expect(isIPv6(ip)).toBe(true);
    },
  );

  it.each([
    "[::1]",
    "1::2::3",
    "12345::",
    "1:2:3:4:5:6:7",
    "1:2:3:4:5:6:7:8:9",
    ":1",
    "::g",
    "fe80::1%eth0",
  ])("refuses %j", (ip) => {
    expect(isIPv6(ip)).toBe(false);
  });
});

describe("isIPAddress", () => {
  it("takes either family", () => {
    expect([isIPAddress("10.0.0.1"), isIPAddress("::1"), isIPAddress("localhost")]).toEqual([
      true,
      true,
      false,
    ]);
  });
});
