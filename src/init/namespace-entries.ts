import type { HostConfig } from "../spec/index.ts";
import type { OverlayEntry } from "./overlay-document.ts";
import { sameSetting } from "./init-overlay.ts";

const modes = [
  ["IpcMode", "ipc"],
  ["PidMode", "pid"],
  ["UTSMode", "uts"],
  ["UsernsMode", "userns_mode"],
  ["CgroupnsMode", "cgroup"],
  ["NetworkMode", "network_mode"],
] as const;

/**
 * Namespace modes, the network, DNS, extra hosts and published ports that differ from the image's
 * `baseline`. A `container:NAME` mode gets a note: the bundle joins a container that must run.
 */
export function namespaceEntries(hc: HostConfig, baseline: HostConfig): OverlayEntry[] {
  const entries: OverlayEntry[] = [];
  for (const [field, key] of modes) {
    const mode = hc[field] ?? "";
    if (sameSetting(mode, baseline[field] ?? "")) continue;
    const donor = /^container:(.+)$/s.exec(mode)?.[1];
    const note =
      donor === undefined
        ? {}
        : {
            note: [
              `Host state: joins the container ${donor}, which must run (a Docker container, or the`,
              `bundle whose container_name is ${donor}) when this bundle is built and run.`,
            ],
          };
    entries.push({ key, value: mode, comment: `HostConfig.${field}`, ...note } as OverlayEntry);
  }
  const lists = [
    ["CgroupParent", "cgroup_parent"],
    ["Dns", "dns"],
    ["DnsSearch", "dns_search"],
    ["DnsOptions", "dns_opt"],
    ["ExtraHosts", "extra_hosts"],
  ] as const;
  for (const [field, key] of lists) {
    const value = hc[field];
    if (value === undefined || value === null || sameSetting(value, baseline[field] ?? ""))
      continue;
    entries.push({ key, value, comment: `HostConfig.${field}` } as OverlayEntry);
  }
  const ports = portSpecs(hc.PortBindings ?? {});
  if (ports.length > 0)
    entries.push({ key: "ports", value: ports, comment: "HostConfig.PortBindings" });
  return entries;
}

/**
 * PortBindings as `ports` entries, `[IP:][HOST_PORT:]PORT/PROTO`, one per binding in the order
 * inspect lists them: the CLI sorts the container ports and keeps each one's bindings in order.
 */
function portSpecs(
  bindings: Readonly<Record<string, readonly { HostIp: string; HostPort: string }[]>>,
): string[] {
  return Object.entries(bindings).flatMap(([port, list]) =>
    list.map(({ HostIp, HostPort }) => {
      const ip = HostIp.includes(":") ? `[${HostIp}]` : HostIp;
      if (ip === "") return HostPort === "" ? port : `${HostPort}:${port}`;
      return `${ip}:${HostPort}:${port}`;
    }),
  );
}
