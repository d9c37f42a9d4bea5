import { parsePublishedPort } from "../contract/index.ts";
import { NetworkSetupError } from "../errors/index.ts";
import type { CniPortMapping } from "./cni-network.ts";

/** A `--publish` entry of a hook's arguments, before a host port is chosen. */
export interface PublishedPort {
  readonly spec: string;
  readonly hostIP: string;
  /** The host ports to choose from: one for `8080:80`, a range for `8000-8010:80`, any if absent. */
  readonly hostPorts: { readonly start: number; readonly end: number } | undefined;
  readonly containerPort: number;
  readonly protocol: CniPortMapping["protocol"];
}

/** Reads the hook's `--publish` arguments (the contract's form, contract/published-port.ts). */
export function parsePublishedPorts(specs: readonly string[]): PublishedPort[] {
  return specs.map((spec) => {
    const parsed = parsePublishedPort(spec);
    if (parsed === undefined) throw new NetworkSetupError(`invalid --publish ${spec}`);
    const [start = "", end = start] = parsed.hostPort.split("-");
    return {
      spec,
      hostIP: parsed.hostIp,
      hostPorts: start === "" ? undefined : { start: Number(start), end: Number(end) },
      containerPort: parsed.containerPort,
      protocol: parsed.protocol,
    };
  });
}

/** How a mapping reads in messages: `127.0.0.1:8080/tcp`, `8080/tcp`. */
export function describeHostPort(
  mapping: Pick<CniPortMapping, "hostIP" | "hostPort" | "protocol">,
): string {
  return `${hostBinding(mapping)}/${mapping.protocol}`;
}

/** The host side of a mapping, as docker ps shows it: `127.0.0.1:8080`, `[::1]:53`, `8080`. */
export function hostBinding(mapping: Pick<CniPortMapping, "hostIP" | "hostPort">): string {
  const ip = mapping.hostIP.includes(":") ? `[${mapping.hostIP}]` : mapping.hostIP;
  return `${ip === "" ? "" : `${ip}:`}${mapping.hostPort}`;
}

/** Whether two bindings of the same port and protocol collide: either is on every address, or both on the same. */
export function sameHostBinding(
  a: Pick<CniPortMapping, "hostIP" | "hostPort" | "protocol">,
  b: Pick<CniPortMapping, "hostIP" | "hostPort" | "protocol">,
): boolean {
  if (a.hostPort !== b.hostPort || a.protocol !== b.protocol) return false;
  return a.hostIP === "" || b.hostIP === "" || a.hostIP === b.hostIP;
}
