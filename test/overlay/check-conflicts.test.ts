import { describe, expect, it } from "vitest";
import { mergeOverlays } from "../../src/overlay/merge.ts";
import { formatAll, layerOf } from "./overlay-builders.ts";

const baseFile = "bundles/_base/common.yaml";
const file = "bundles/web/bundle.yaml";

/** The OVL204 lines for a bundle file over a base file (which sets the image). */
function conflicts(base: string, overlay: string): string {
  const result = mergeOverlays([layerOf(`image: a\n${base}`, baseFile), layerOf(overlay, file)]);
  if (result.diagnostics.length > 0) expect(result.value).toBeUndefined();
  return formatAll(result.diagnostics);
}

describe("checkConflicts", () => {
  it("refuses published ports with the host's or another container's network", () => {
    expect(conflicts("network_mode: host\n", "ports: ['8080:80']\n")).toBe(
      `${file}:1:1: error OVL204: ports cannot be published with network_mode: host; the container already listens on the host's network (at ports)`,
    );
    expect(conflicts("ports: ['8080:80']\n", "network_mode: container:db\n")).toBe(
      `${file}:1:15: error OVL204: ports cannot be published with network_mode: container:db; publish them on db instead (at network_mode)`,
    );
  });

  it("allows ports with the bridge network and no network settings with host", () => {
    expect(conflicts("network_mode: bridge\nports: [80]\n", "dns: 1.1.1.1\n")).toBe("");
    expect(conflicts("network_mode: host\n", "dns: [1.1.1.1]\nhostname: web\n")).toBe("");
  });

  it("refuses the settings a container network takes from the other container", () => {
    const base = [
      "dns: 1.1.1.1",
      "dns_search: example.org",
      "dns_opt: [ndots:2]",
      "extra_hosts: [db=10.0.0.2]",
      "hostname: web",
      "domainname: example.org",
      "",
    ].join("\n");
    expect(conflicts(base, "network_mode: container:db\n")).toBe(
      ["dns", "dns_search", "dns_opt", "extra_hosts", "hostname", "domainname"]
        .map(
          (key) =>
            `${file}:1:15: error OVL204: ${key} cannot be set with network_mode: container:db, which uses db's network settings (at network_mode)`,
        )
        .join("\n"),
    );
  });

  it("points at the later key when the bundle adds the setting the base conflicts with", () => {
    expect(conflicts("network_mode: container:db\n", "user: x\nhostname: web\n")).toBe(
      `${file}:2:11: error OVL204: hostname cannot be set with network_mode: container:db, which uses db's network settings (at hostname)`,
    );
  });

  it("points at the key further down when both are in one file", () => {
    const result = mergeOverlays([layerOf("image: a\nhostname: web\nuts: host\n", file)]);
    expect(formatAll(result.diagnostics)).toBe(
      `${file}:3:6: error OVL204: hostname cannot be set with uts: host, which uses the host's hostname (at uts)`,
    );
  });

  it("refuses cpus with a CFS period or quota, but not with an unset one", () => {
    expect(conflicts("cpus: 1.5\n", "cpu_period: 100000\ncpu_quota: 50000\n")).toBe(
      [
        `${file}:1:13: error OVL204: cpus and cpu_period cannot both be set; cpus sets the CPU period and quota itself (at cpu_period)`,
        `${file}:2:12: error OVL204: cpus and cpu_quota cannot both be set; cpus sets the CPU period and quota itself (at cpu_quota)`,
      ].join("\n"),
    );
    expect(conflicts("cpus: 1.5\n", "cpu_quota: -1\ncpu_period: 0\n")).toBe("");
  });

  it("refuses a memory reservation above the limit", () => {
    expect(conflicts("mem_limit: 512m\n", "mem_reservation: 1g\n")).toBe(
      `${file}:1:18: error OVL204: mem_reservation (1g) cannot be above mem_limit (512m) (at mem_reservation)`,
    );
    expect(conflicts("mem_limit: 1g\n", "mem_reservation: 1g\n")).toBe("");
    expect(conflicts("mem_limit: 0\n", "mem_reservation: 1g\n")).toBe("");
  });

  it("refuses a swap limit below the memory limit, or without one", () => {
    expect(conflicts("memswap_limit: 100000000\n", "mem_limit: 1g\n")).toBe(
      `${file}:1:12: error OVL204: memswap_limit (100000000 bytes) cannot be below mem_limit (1g): it limits memory and swap together; -1 allows unlimited swap (at mem_limit)`,
    );
    expect(conflicts("user: x\n", "memswap_limit: 2g\n")).toBe(
      `${file}:1:16: error OVL204: memswap_limit needs mem_limit: it limits memory and swap together (at memswap_limit)`,
    );
    expect(conflicts("mem_limit: 1g\n", "memswap_limit: -1\n")).toBe("");
    expect(conflicts("mem_limit: 1g\n", "memswap_limit: 2g\n")).toBe("");
    expect(conflicts("mem_limit: 1g\n", "memswap_limit: 1g\n")).toBe("");
  });

  it("judges the merged settings, so a bundle can lift a base's conflict", () => {
    expect(conflicts("network_mode: host\nports: [80]\n", "network_mode: bridge\n")).toBe("");
  });
});
