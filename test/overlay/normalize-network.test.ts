import { describe, expect, it } from "vitest";
import { file, problemsOf, settingsOf } from "./overlay-settings.ts";

describe("normalizeOverlay: network and namespace settings", () => {
  it("keeps network and namespace modes, reading network_mode default as bridge", () => {
    const yaml = ["network_mode: default", "ipc: container:db", "pid: host", "uts: host", ""].join(
      "\n",
    );
    expect(settingsOf(yaml)).toEqual({
      network_mode: "bridge",
      ipc: "container:db",
      pid: "host",
      uts: "host",
    });
    expect(settingsOf("network_mode: container:db\n").network_mode).toBe("container:db");
  });

  it("reads an empty pid as the private default, leaving it out", () => {
    expect(settingsOf("pid: ''\n")).toEqual({});
  });

  it("makes one dns or dns_search string a one-item list", () => {
    expect(settingsOf("dns: 1.1.1.1\ndns_search: example.org\ndns_opt: [ndots:2]\n")).toEqual({
      dns: ["1.1.1.1"],
      dns_search: ["example.org"],
      dns_opt: ["ndots:2"],
    });
    expect(settingsOf("dns: [8.8.8.8, '2001:4860:4860::8888']\n").dns).toEqual([
      "8.8.8.8",
      "2001:4860:4860::8888",
    ]);
  });

  it("reports a dns server that is not an IP address", () => {
    expect(problemsOf("dns: [8.8.8.8, dns.google]\n")).toBe(
      `${file}:2:16: error OVL202: "dns[1]" must be an IP address such as 192.0.2.1 or 2001:db8::1, got "dns.google" (at dns[1])`,
    );
    expect(problemsOf("dns: 1.1.1\n")).toBe(
      `${file}:2:6: error OVL202: "dns" must be an IP address such as 192.0.2.1 or 2001:db8::1, got "1.1.1" (at dns)`,
    );
  });

  it("normalizes extra_hosts to HOST:IP from either separator or the map form", () => {
    const list = [
      "extra_hosts:",
      "  - db=10.0.0.2",
      "  - cache:10.0.0.3",
      "  - v6=::1",
      "  - v6b:fe80::1",
      "  - bracketed=[2001:db8::1]",
      "",
    ].join("\n");
    expect(settingsOf(list).extra_hosts).toEqual([
      "db:10.0.0.2",
      "cache:10.0.0.3",
      "v6:::1",
      "v6b:fe80::1",
      "bracketed:2001:db8::1",
    ]);
    expect(settingsOf("extra_hosts: { db: 10.0.0.2, v6: '::1' }\n").extra_hosts).toEqual([
      "db:10.0.0.2",
      "v6:::1",
    ]);
  });

  it("reports extra_hosts entries without a host or an address", () => {
    const yaml = [
      "extra_hosts:",
      "  - justahost",
      "  - =10.0.0.1",
      "  - db:10.0.0",
      "  - ip6:[::1",
      "",
    ].join("\n");
    expect(problemsOf(yaml)).toBe(
      [
        `${file}:3:5: error OVL202: "extra_hosts[0]" must be HOST=IP or HOST:IP with an IP address, got "justahost" (at extra_hosts[0])`,
        `${file}:4:5: error OVL202: "extra_hosts[1]" must be HOST=IP or HOST:IP with an IP address, got "=10.0.0.1" (at extra_hosts[1])`,
        `${file}:5:5: error OVL202: "extra_hosts[2]" must be HOST=IP or HOST:IP with an IP address, got "db:10.0.0" (at extra_hosts[2])`,
        `${file}:6:5: error OVL202: "extra_hosts[3]" must be HOST=IP or HOST:IP with an IP address, got "ip6:[::1" (at extra_hosts[3])`,
      ].join("\n"),
    );
    expect(problemsOf("extra_hosts:\n  db: localhost\n  'a b': 10.0.0.1\n")).toBe(
      [
        `${file}:3:7: error OVL202: "extra_hosts.db" must be an IP address (IPv6 optionally in brackets), got "localhost" (at extra_hosts.db)`,
        `${file}:4:3: error OVL202: "extra_hosts" has a key "a b", which must be a host name without =, : or blanks (at extra_hosts.a b)`,
      ].join("\n"),
    );
  });

  it("keeps ports as written, numbers as their digits", () => {
    const yaml =
      "ports: [80, '8080:80', '127.0.0.1:8443:443/tcp', '53/udp', '9000-9002:9000-9002', '[::1]::80', '127.0.0.1::5000']\n";
    expect(settingsOf(yaml).ports).toEqual([
      "80",
      "8080:80",
      "127.0.0.1:8443:443/tcp",
      "53/udp",
      "9000-9002:9000-9002",
      "[::1]::80",
      "127.0.0.1::5000",
    ]);
  });

  it("reports ports outside the short syntax", () => {
    const form = `[[IP:][HOST_PORT]:]CONTAINER_PORT[/PROTOCOL] with ports from 1 to 65535, such as "8080:80" or "127.0.0.1:8443:443/tcp"`;
    expect(problemsOf("ports: [http, 70000, '80:80/tcpx', 'localhost:80:80']\n")).toBe(
      [
        `${file}:2:9: error OVL202: "ports[0]" must be ${form}, got "http" (at ports[0])`,
        `${file}:2:15: error OVL202: "ports[1]" must be an integer from 1 to 65535, got 70000 (at ports[1])`,
        `${file}:2:22: error OVL202: "ports[2]" must be ${form}, got "80:80/tcpx" (at ports[2])`,
        `${file}:2:36: error OVL202: "ports[3]" must be ${form}, got "localhost:80:80" (at ports[3])`,
      ].join("\n"),
    );
    // A descending range passes the schema's pattern (it cannot compare the two numbers).
    expect(problemsOf("ports: ['9002-9000:80']\n")).toBe(
      `${file}:2:9: error OVL202: "ports[0]" must be ${form}, got "9002-9000:80" (at ports[0])`,
    );
  });

  it("reads sysctls from a map, numbers as written, or a KEY=VALUE list", () => {
    expect(
      settingsOf("sysctls:\n  net.core.somaxconn: 1024\n  kernel.shmmax: 1.10\n").sysctls,
    ).toEqual({
      "net.core.somaxconn": "1024",
      "kernel.shmmax": "1.10",
    });
    expect(settingsOf("sysctls: [net.ipv4.ip_forward=1, kernel.sem=a=b]\n").sysctls).toEqual({
      "net.ipv4.ip_forward": "1",
      "kernel.sem": "a=b",
    });
  });

  it("reports sysctl and annotation entries without a name or =", () => {
    const sysctl =
      "NAME=VALUE, with NAME a namespaced sysctl Docker allows: net.*, fs.mqueue.* or kernel.msgmax, msgmnb, msgmni, sem, shmall, shmmax, shmmni, shm_rmid_forced";
    expect(problemsOf("sysctls: [net.core.somaxconn, =1]\nannotations: { '': x }\n")).toBe(
      [
        `${file}:2:11: error OVL202: "sysctls[0]" must be ${sysctl}, got "net.core.somaxconn" (at sysctls[0])`,
        `${file}:2:31: error OVL202: "sysctls[1]" must be ${sysctl}, got "=1" (at sysctls[1])`,
        `${file}:3:16: error OVL202: "annotations" has a key "", which must be a non-empty name (at annotations.)`,
      ].join("\n"),
    );
  });

  it("reads annotations like labels", () => {
    expect(settingsOf("annotations: { org.example/a: x }\n").annotations).toEqual({
      "org.example/a": "x",
    });
    expect(settingsOf("annotations: [org.example/a=x=y]\n").annotations).toEqual({
      "org.example/a": "x=y",
    });
  });

  it("keeps group_add and security_opt as strings, gids as their digits", () => {
    expect(settingsOf("group_add: [audio, 1000]\nsecurity_opt: [no-new-privileges]\n")).toEqual({
      group_add: ["audio", "1000"],
      security_opt: ["no-new-privileges"],
    });
  });
});
