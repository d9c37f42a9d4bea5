import { canonicalIp } from "../overlay/index.ts";

/** One published port: the container port key (`80/tcp`) and its host binding. */
export interface PortMapping {
  readonly port: string;
  readonly binding: { readonly HostIp: string; readonly HostPort: string };
}

/**
 * One `ports` entry in Compose short syntax, `[IP:][HOST:]CONTAINER[/PROTO]`, with optional
 * ranges, as the Docker CLI reads `--publish` (go-connections nat.ParsePortSpec): a container
 * range maps onto an equal host range port by port; a single container port with a host range
 * binds that range for the engine to choose from. The protocol defaults to tcp.
 */
export function parsePortSpec(spec: string): { mappings: PortMapping[] } | { error: string } {
  const { rawIp, hostPort, containerPart } = splitParts(spec);
  const slash = containerPart.split("/");
  const [containerPort = "", rawProto] = slash;
  const proto = (rawProto === undefined || rawProto === "" ? "tcp" : rawProto).toLowerCase();
  const ip = hostIp(rawIp);
  if (ip === undefined) return { error: `invalid IP address "${rawIp}"` };
  if (containerPort === "") return { error: `no container port in "${spec}"` };
  const container = portRange(containerPort);
  if (container === undefined) return { error: `invalid container port "${containerPort}"` };
  const host = hostPort === "" ? undefined : portRange(hostPort);
  if (hostPort !== "" && host === undefined) return { error: `invalid host port "${hostPort}"` };
  const count = container.end - container.start;
  if (host !== undefined && count !== 0 && count !== host.end - host.start) {
    return { error: `the ranges ${containerPort} and ${hostPort} differ in length` };
  }
  if (!["tcp", "udp", "sctp"].includes(proto)) return { error: `invalid protocol "${proto}"` };
  const mappings: PortMapping[] = [];
  for (let i = 0; i <= count; i += 1) {
    let bound = host === undefined ? "" : String(host.start + i);
    if (host !== undefined && count === 0 && host.start !== host.end) {
      bound = `${bound}-${host.end}`;
    }
    mappings.push({
      port: `${container.start + i}/${proto}`,
      binding: { HostIp: ip, HostPort: bound },
    });
  }
  return { mappings };
}

/** The last part is the container port, the one before it the host port, the rest the IP. */
function splitParts(spec: string): { rawIp: string; hostPort: string; containerPart: string } {
  const parts = spec.split(":");
  const n = parts.length;
  return {
    rawIp: n > 2 ? parts.slice(0, n - 2).join(":") : "",
    hostPort: n > 1 ? (parts[n - 2] ?? "") : "",
    containerPart: parts[n - 1] ?? "",
  };
}

/** The host IP as written, without IPv6 brackets; undefined when it is no IP address. */
function hostIp(raw: string): string | undefined {
  if (raw === "") return "";
  const bracketed = /^\[(.*)\]$/.exec(raw);
  const ip = bracketed ? (bracketed[1] ?? "") : raw;
  if (!bracketed && ip.includes(":")) return undefined;
  return canonicalIp(ip) === undefined ? undefined : ip;
}

/** `8080` or `8000-8010`, each a decimal 16-bit number (nat.ParsePortRange). */
function portRange(text: string): { start: number; end: number } | undefined {
  const parts = text.split("-");
  const start = port(parts[0] ?? "");
  const end = parts.length === 1 ? start : port(parts[1] ?? "");
  if (start === undefined || end === undefined || end < start) return undefined;
  return { start, end };
}

function port(text: string): number | undefined {
  if (!/^[0-9]+$/.test(text)) return undefined;
  const value = Number(text);
  return value <= 65535 ? value : undefined;
}

/**
 * PortBindings as the CLI sends them (nat.ParsePortSpecs): bindings per container port, in
 * `ports` order, keys sorted as Go writes a map; and the exposed ports they imply.
 */
export function portBindings(mappings: readonly PortMapping[]): {
  bindings: Record<string, { HostIp: string; HostPort: string }[]>;
  exposed: Record<string, object>;
} {
  const byPort = new Map<string, { HostIp: string; HostPort: string }[]>();
  for (const { port: key, binding } of mappings) {
    byPort.set(key, [...(byPort.get(key) ?? []), { ...binding }]);
  }
  const keys = [...byPort.keys()].sort();
  return {
    bindings: Object.fromEntries(keys.map((k) => [k, byPort.get(k) ?? []])),
    exposed: Object.fromEntries(keys.map((k) => [k, {}])),
  };
}
