import { describe, expect, it } from "vitest";
import { hostsFile, resolvConfFile } from "../../src/bundle/network-files.ts";
import { planBundleFiles } from "../../src/bundle/plan.ts";

// libnetwork resolvconf.Build and etchosts.Build, from rbc's host-independent defaults.
describe("resolvConfFile", () => {
  it("writes the default nameservers when the container sets no DNS", () => {
    expect(resolvConfFile({})).toBe("nameserver 8.8.8.8\nnameserver 8.8.4.4\n");
    expect(resolvConfFile({ Dns: [], DnsSearch: null, DnsOptions: [] })).toBe(
      "nameserver 8.8.8.8\nnameserver 8.8.4.4\n",
    );
  });

  it("writes search, nameserver and options lines in Docker's order", () => {
    expect(
      resolvConfFile({
        Dns: ["1.1.1.1", "2001:db8::1"],
        DnsSearch: ["example.com", "corp.example"],
        DnsOptions: ["ndots:2", "rotate"],
      }),
    ).toBe(
      "search example.com corp.example\nnameserver 1.1.1.1\nnameserver 2001:db8::1\noptions ndots:2 rotate\n",
    );
  });

  it("keeps the default nameservers when only search or options are given", () => {
    expect(resolvConfFile({ DnsOptions: ["ndots:1"] })).toBe(
      "nameserver 8.8.8.8\nnameserver 8.8.4.4\noptions ndots:1\n",
    );
    expect(resolvConfFile({ DnsSearch: ["example.com"] })).toBe(
      "search example.com\nnameserver 8.8.8.8\nnameserver 8.8.4.4\n",
    );
  });

  it("leaves out a search line that is only the root domain", () => {
    expect(resolvConfFile({ Dns: ["10.0.0.1"], DnsSearch: ["."] })).toBe("nameserver 10.0.0.1\n");
  });
});

describe("hostsFile", () => {
  const defaults = [
    "127.0.0.1\tlocalhost",
    "::1\tlocalhost ip6-localhost ip6-loopback",
    "fe00::0\tip6-localnet",
    "ff00::0\tip6-mcastprefix",
    "ff02::1\tip6-allnodes",
    "ff02::2\tip6-allrouters",
  ];

  it("writes Docker's default entries", () => {
    expect(hostsFile({ ExtraHosts: null })).toBe(`${defaults.join("\n")}\n`);
  });

  it("appends each extra host as IP, tab, name, in the container's order", () => {
    expect(hostsFile({ ExtraHosts: ["db:10.0.0.2", "v6:::1", "db:10.0.0.3"] })).toBe(
      [...defaults, "10.0.0.2\tdb", "::1\tv6", "10.0.0.3\tdb", ""].join("\n"),
    );
  });
});

describe("planBundleFiles", () => {
  it("writes the network files from the container's settings", () => {
    const files = planBundleFiles({ ociVersion: "1.0.2-dev" }, "web", {
      Dns: ["9.9.9.9"],
      ExtraHosts: ["db:10.0.0.2"],
    });
    expect([...files.keys()]).toEqual([
      "config.json",
      "hostname",
      "hosts",
      "resolv.conf",
      ".gitignore",
    ]);
    expect(files.get("hostname")).toBe("web\n");
    expect(files.get("resolv.conf")).toBe("nameserver 9.9.9.9\n");
    expect(files.get("hosts")).toMatch(/\n10\.0\.0\.2\tdb\n$/);
  });
});
