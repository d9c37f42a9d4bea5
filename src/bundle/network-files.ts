import type { HostConfig } from "../spec/index.ts";

/**
 * The contents of the files Docker generates per container and bind-mounts over /etc/hostname,
 * /etc/hosts and /etc/resolv.conf (libnetwork). rbc writes them into the bundle, deterministically:
 * where Docker starts from the host's resolv.conf, rbc starts from Docker's fallback (Google's
 * public resolvers, used when the host has no usable nameserver), and the container's own address
 * line, which libnetwork appends to hosts once the network is up, is added at run time.
 */

/** The settings the network files come from. */
export type NetworkFileSettings = Pick<
  HostConfig,
  "Dns" | "DnsSearch" | "DnsOptions" | "ExtraHosts"
>;

/** rbc's host-independent stand-in for the host's resolv.conf. */
const defaultNameservers: readonly string[] = ["8.8.8.8", "8.8.4.4"];

export function hostnameFile(hostname: string): string {
  return `${hostname}\n`;
}

/** libnetwork etchosts.Build: the default entries, then each extra host as `IP\tHOST`. */
export function hostsFile(settings: NetworkFileSettings): string {
  const extra = (settings.ExtraHosts ?? []).map((entry) => {
    const colon = entry.indexOf(":");
    return `${entry.slice(colon + 1)}\t${entry.slice(0, colon)}`;
  });
  return [
    "127.0.0.1\tlocalhost",
    "::1\tlocalhost ip6-localhost ip6-loopback",
    "fe00::0\tip6-localnet",
    "ff00::0\tip6-mcastprefix",
    "ff02::1\tip6-allnodes",
    "ff02::2\tip6-allrouters",
    ...extra,
    "",
  ].join("\n");
}

/**
 * libnetwork resolvconf.Build from the container's DNS settings, each part not given taken from
 * the default: a `search` line (left out when it is only "."), `nameserver` lines, an `options` line.
 */
export function resolvConfFile(settings: NetworkFileSettings): string {
  const given = (list: readonly string[] | null | undefined): readonly string[] | undefined =>
    list === null || list === undefined || list.length === 0 ? undefined : list;
  const nameservers = given(settings.Dns) ?? defaultNameservers;
  const search = (given(settings.DnsSearch) ?? []).join(" ");
  const options = (given(settings.DnsOptions) ?? []).join(" ");
  const lines = [
    ...(search.trim() === "" || search.trim() === "." ? [] : [`search ${search}`]),
    ...nameservers.map((ns) => `nameserver ${ns}`),
    ...(options.trim() === "" ? [] : [`options ${options}`]),
  ];
  return lines.map((line) => `${line}\n`).join("");
}
