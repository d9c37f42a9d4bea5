import { error, type Diagnostic } from "../diagnostics.ts";
import { type OverlaySettings, canonicalIp } from "../overlay/index.ts";
import type { HostConfigRequest } from "./host-config-request.ts";
import { joinedContainer } from "./donors.ts";
import { parsePortSpec, portBindings, type PortMapping } from "./parse-ports.ts";

/** The namespace and network part of a create request, and the ports `ports` exposes. */
export interface NamespaceRequest {
  readonly hostConfig: HostConfigRequest;
  readonly exposedPorts?: Record<string, object>;
}

/** Values each mode accepts besides `container:NAME` (runconfig's IpcMode/PidMode/... Valid). */
const modes = {
  ipc: { field: "IpcMode", values: ["", "private", "shareable", "none", "host"], container: true },
  pid: { field: "PidMode", values: ["", "host"], container: true },
  uts: { field: "UTSMode", values: ["", "host"], container: false },
  userns_mode: { field: "UsernsMode", values: ["", "host"], container: false },
  cgroup: { field: "CgroupnsMode", values: ["", "host", "private"], container: false },
} as const;

/**
 * Namespace modes, the network and DNS settings and published ports as `docker run` sends them:
 * modes verbatim (`container:NAME` keeps the name; the engine would store the donor's id),
 * `--dns` addresses in Go's canonical form, `--add-host` as `HOST:IP`, ports as PortBindings.
 */
export function namespaceRequest(s: OverlaySettings, diagnostics: Diagnostic[]): NamespaceRequest {
  const hc: HostConfigRequest = {};
  for (const [key, mode] of Object.entries(modes)) {
    const value = s[key as keyof typeof modes];
    if (value === undefined) continue;
    const valid =
      (mode.values as readonly string[]).includes(value) ||
      (mode.container && isContainerMode(value));
    if (valid) Object.assign(hc, { [mode.field]: value });
    else diagnostics.push(error("OVL202", `invalid ${key} mode "${value}"`, { key }));
  }
  if (s.cgroup_parent !== undefined) hc.CgroupParent = s.cgroup_parent;
  if (s.network_mode !== undefined) {
    if (/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(s.network_mode) || isContainerMode(s.network_mode)) {
      hc.NetworkMode = s.network_mode;
    } else {
      const message = `invalid network_mode "${s.network_mode}" (bridge, none, host, container:NAME or a network name)`;
      diagnostics.push(error("OVL202", message, { key: "network_mode" }));
    }
  }
  if (s.dns !== undefined) hc.Dns = dnsServers(s.dns, diagnostics);
  if (s.dns_search !== undefined) hc.DnsSearch = dnsSearch(s.dns_search, diagnostics);
  if (s.dns_opt !== undefined) hc.DnsOptions = [...s.dns_opt];
  if (s.extra_hosts !== undefined) hc.ExtraHosts = extraHosts(s.extra_hosts, diagnostics);
  if (s.ports === undefined) return { hostConfig: hc };
  const mappings = s.ports.flatMap((spec, i): PortMapping[] => {
    const parsed = parsePortSpec(spec);
    if ("mappings" in parsed) return parsed.mappings;
    diagnostics.push(error("OVL202", `invalid port: ${parsed.error}`, { key: `ports[${i}]` }));
    return [];
  });
  const { bindings, exposed } = portBindings(mappings);
  hc.PortBindings = bindings;
  return { hostConfig: hc, exposedPorts: exposed };
}

/** `container:NAME`: NAME is the donor container's name or id. */
function isContainerMode(mode: string): boolean {
  return joinedContainer(mode) !== undefined;
}

/** The CLI keeps each `--dns` address in Go's canonical form (opts.ValidateIPAddress). */
function dnsServers(servers: readonly string[], diagnostics: Diagnostic[]): string[] {
  return servers.flatMap((server, i) => {
    const ip = canonicalIp(server.trim());
    if (ip !== undefined) return [ip];
    diagnostics.push(error("OVL202", `"${server}" is not an IP address`, { key: `dns[${i}]` }));
    return [];
  });
}

/** opts.ValidateDNSSearch: `.` or a domain name of at most 255 characters. */
function dnsSearch(domains: readonly string[], diagnostics: Diagnostic[]): string[] {
  const label = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
  const domain = new RegExp(`^${label}(?:\\.${label})*\\.?\\s*$`);
  return domains.filter((d, i) => {
    if (d === "." || (domain.test(d) && d.length <= 255)) return true;
    diagnostics.push(error("OVL202", `"${d}" is not a domain name`, { key: `dns_search[${i}]` }));
    return false;
  });
}

/**
 * opts.ValidateExtraHost: `HOST:IP`, split at the first colon. Docker's `host-gateway` stands for
 * the engine's bridge address, which a bundle cannot know, so rbc asks for an address instead.
 */
function extraHosts(entries: readonly string[], diagnostics: Diagnostic[]): string[] {
  return entries.filter((entry, i) => {
    const colon = entry.indexOf(":");
    const ip = entry.slice(colon + 1);
    const problem =
      colon <= 0
        ? `"${entry}" is not HOST:IP`
        : ip === "host-gateway"
          ? "host-gateway depends on the Docker host; give the address"
          : canonicalIp(ip.trim()) === undefined
            ? `"${ip}" is not an IP address`
            : undefined;
    if (problem === undefined) return true;
    diagnostics.push(error("OVL202", problem, { key: `extra_hosts[${i}]` }));
    return false;
  });
}
