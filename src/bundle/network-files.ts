/**
 * The contents of the files Docker generates per container and bind-mounts over /etc/hostname,
 * /etc/hosts and /etc/resolv.conf (libnetwork). rbc writes them into the bundle, deterministically:
 * Docker copies the host's resolv.conf, rbc writes Docker's fallback (Google's public resolvers, used
 * when the host has no usable nameserver), and the container's address line is added at run time.
 */
export function hostnameFile(hostname: string): string {
  return `${hostname}\n`;
}

export function hostsFile(): string {
  return [
    "127.0.0.1\tlocalhost",
    "::1\tlocalhost ip6-localhost ip6-loopback",
    "fe00::0\tip6-localnet",
    "ff00::0\tip6-mcastprefix",
    "ff02::1\tip6-allnodes",
    "ff02::2\tip6-allrouters",
    "",
  ].join("\n");
}

export function resolvConfFile(): string {
  return "nameserver 8.8.8.8\nnameserver 8.8.4.4\n";
}
