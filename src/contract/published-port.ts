/**
 * One published port as config.json's create-runtime hook carries it (`--publish`), in the
 * `docker run --publish` syntax for one container port: `8080:80/tcp`, `127.0.0.1:8443:443/tcp`,
 * `[::1]:53:53/udp`, `80/tcp` or `127.0.0.1::80/tcp` for an engine-chosen host port, and
 * `8000-8010:80/tcp` for a host port chosen from a range. The build writes it from the resolved
 * ports (IP already canonical), the hook reads it back. Port 0 is written as the overlay gives it
 * (the Docker CLI accepts it too); what it means is the run time's business.
 */
export interface PublishedPortSpec {
  /** The host address, `` for every address. */
  readonly hostIp: string;
  /** ``, a port, or a range `start-end` to choose from. */
  readonly hostPort: string;
  readonly containerPort: number;
  readonly protocol: "tcp" | "udp" | "sctp";
}

export function formatPublishedPort(port: PublishedPortSpec): string {
  const ip = port.hostIp.includes(":") ? `[${port.hostIp}]` : port.hostIp;
  const container = `${port.containerPort}/${port.protocol}`;
  if (port.hostPort === "") return ip === "" ? container : `${ip}::${container}`;
  return ip === "" ? `${port.hostPort}:${container}` : `${ip}:${port.hostPort}:${container}`;
}

const hostPortPattern = String.raw`\d{1,5}(?:-\d{1,5})?`;
const specPattern = new RegExp(
  String.raw`^(?:(?:\[([0-9A-Fa-f:.]+)\]|(\d{1,3}(?:\.\d{1,3}){3})):(${hostPortPattern})?:|(${hostPortPattern}):)?(\d{1,5})/(tcp|udp|sctp)$`,
);

/** Reads what formatPublishedPort writes; undefined for anything else. */
export function parsePublishedPort(spec: string): PublishedPortSpec | undefined {
  const match = specPattern.exec(spec);
  if (match === null) return undefined;
  const [, ipv6, ipv4, ipHostPort, bareHostPort, containerPort = "", protocol = ""] = match;
  const hostPort = ipHostPort ?? bareHostPort ?? "";
  const number = Number(containerPort);
  if (number > 65535 || !validHostPort(hostPort)) return undefined;
  return {
    hostIp: ipv6 ?? ipv4 ?? "",
    hostPort,
    containerPort: number,
    protocol: protocol as PublishedPortSpec["protocol"],
  };
}

function validHostPort(hostPort: string): boolean {
  if (hostPort === "") return true;
  const [start = 0, end = start] = hostPort.split("-").map(Number);
  return end <= 65535 && start <= end;
}
