import { describe, expect, it } from "vitest";
import { isIPAddress } from "../../src/overlay/ip-address.ts";

// What the Docker CLI accepts (Go's net.ParseIP): canonical-ip.test.ts has the parsing itself.
describe("isIPAddress", () => {
  it.each([
    "0.0.0.0",
    "10.0.0.1",
    "255.255.255.255",
    "::",
    "::1",
    "fe80::1",
    "2001:db8:0:0:0:0:0:1",
    "2001:DB8::",
    "::ffff:10.0.0.1",
  ])("accepts %s", (ip) => {
    expect(isIPAddress(ip)).toBe(true);
  });

  it.each([
    "256.0.0.1",
    "1.2.3",
    "1.2.3.4.5",
    "a.b.c.d",
    "",
    "1..2.3",
    "010.0.0.1",
    "[::1]",
    "1::2::3",
    "12345::",
    "1:2:3:4:5:6:7",
    "1:2:3:4:5:6:7:8:9",
    ":1",
    "::g",
    "fe80::1%eth0",
    "localhost",
  ])("refuses %j", (ip) => {
    expect(isIPAddress(ip)).toBe(false);
  });
});
