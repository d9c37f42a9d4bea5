import { app, busybox, donorName, echo, type Scenario } from "../scenario.ts";

const netDonor = donorName("net");

/** network_mode, dns, dns_search, dns_opt, extra_hosts. */
export const networkScenarios: readonly Scenario[] = [
  {
    name: "network none",
    image: busybox,
    command: echo,
    flags: ["--network", "none"],
    overlay: { network_mode: "none" },
  },
  {
    name: "network host",
    image: busybox,
    command: echo,
    flags: ["--network", "host"],
    overlay: { network_mode: "host" },
  },
  {
    name: "network host with a hostname",
    image: busybox,
    command: echo,
    flags: ["--network", "host", "--hostname", "web1"],
    overlay: { network_mode: "host", hostname: "web1" },
  },
  {
    name: "network bridge",
    image: busybox,
    command: echo,
    flags: ["--network", "bridge"],
    overlay: { network_mode: "bridge" },
  },
  {
    name: "network of another container",
    image: busybox,
    command: echo,
    donors: [{ name: netDonor }],
    flags: ["--network", `container:${netDonor}`],
    overlay: { network_mode: `container:${netDonor}` },
  },
  {
    name: "network of another container with its hostname and domain name",
    image: app,
    donors: [{ name: netDonor, flags: ["--hostname", "donor", "--domainname", "example.net"] }],
    flags: ["--network", `container:${netDonor}`],
    overlay: { network_mode: `container:${netDonor}` },
  },
  {
    name: "network none on a read-only rootfs",
    image: busybox,
    command: echo,
    flags: ["--network", "none", "--read-only"],
    overlay: { network_mode: "none", read_only: true },
  },
  {
    name: "dns servers",
    image: busybox,
    command: echo,
    flags: ["--dns", "192.0.2.53", "--dns", "2001:db8::53"],
    overlay: { dns: ["192.0.2.53", "2001:db8::53"] },
  },
  {
    name: "dns search domains and options",
    image: busybox,
    command: echo,
    flags: [
      "--dns-search",
      "example.org",
      "--dns-search",
      "corp.example.org",
      "--dns-option",
      "ndots:2",
      "--dns-option",
      "timeout:1",
    ],
    overlay: {
      dns_search: ["example.org", "corp.example.org"],
      dns_opt: ["ndots:2", "timeout:1"],
    },
  },
  {
    name: "a single dns server as a string",
    image: busybox,
    command: echo,
    flags: ["--dns", "198.51.100.1"],
    overlay: { dns: "198.51.100.1" },
  },
  {
    name: "extra hosts",
    image: busybox,
    command: echo,
    flags: ["--add-host", "db:192.0.2.10", "--add-host", "cache:2001:db8::10"],
    overlay: { extra_hosts: ["db:192.0.2.10", "cache:2001:db8::10"] },
  },
  {
    name: "dns and extra hosts on a read-only rootfs",
    image: busybox,
    command: echo,
    flags: ["--read-only", "--dns", "192.0.2.53", "--add-host", "db:192.0.2.10"],
    overlay: { read_only: true, dns: ["192.0.2.53"], extra_hosts: ["db:192.0.2.10"] },
  },
];
