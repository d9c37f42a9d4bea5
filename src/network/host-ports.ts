import { createSocket } from "node:dgram";
import { createServer } from "node:net";
import type { CniPortMapping } from "./cni-network.ts";
import type { NetworkRecord } from "./network-record.ts";
import { describeHostPort, sameHostBinding, type PublishedPort } from "./published-port.ts";
import { PortInUseError } from "../errors/index.ts";

/**
 * Chooses each published port's host port and checks it is free, as Docker's port allocator and
 * docker-proxy do: not published by another running rbc bundle (whose DNAT rules would collide) and
 * not bound by any process on the host (which the DNAT rule would silently steal traffic from).
 * A range takes its first free port; no host port takes one the kernel picks.
 */
export async function allocateHostPorts(
  published: readonly PublishedPort[],
  others: readonly NetworkRecord[],
): Promise<CniPortMapping[]> {
  const taken = others.flatMap((record) =>
    record.ports.map((port) => ({ ...port, holder: `published by ${publisher(record)}` })),
  );
  const chosen: CniPortMapping[] = [];
  for (const port of published) {
    const mapping = await allocate(port, [
      ...taken,
      ...chosen.map((c) => ({ ...c, holder: "published twice by this bundle" })),
    ]);
    chosen.push(mapping);
  }
  return chosen;
}

/** The bundle a record is of: its directory (an older rbc's records name the bundle) and id. */
function publisher(record: NetworkRecord): string {
  return `rbc bundle ${record.bundleDir ?? record.name}, running as ${record.containerId}`;
}

async function allocate(
  port: PublishedPort,
  taken: readonly (CniPortMapping & { holder: string })[],
): Promise<CniPortMapping> {
  const base = { containerPort: port.containerPort, protocol: port.protocol, hostIP: port.hostIP };
  if (port.hostPorts === undefined) {
    return { ...base, hostPort: await kernelChosenPort(port) };
  }
  let lastProblem: PortInUseError | undefined;
  for (let hostPort = port.hostPorts.start; hostPort <= port.hostPorts.end; hostPort += 1) {
    const mapping = { ...base, hostPort };
    const clash = taken.find((other) => sameHostBinding(other, mapping));
    if (clash !== undefined) {
      lastProblem = new PortInUseError(describeHostPort(mapping), clash.holder);
      continue;
    }
    if (await isBindable(mapping)) return mapping;
    lastProblem = new PortInUseError(
      describeHostPort(mapping),
      "a process on the host listens on it",
    );
  }
  throw lastProblem ?? new PortInUseError(port.spec, "no port in the range");
}

/** Whether a socket can bind the host address and port now (and is released at once). */
export function isBindable(
  mapping: Pick<CniPortMapping, "hostIP" | "hostPort" | "protocol">,
): Promise<boolean> {
  if (mapping.protocol === "sctp") return Promise.resolve(true);
  return bindOnce(mapping).then(
    () => true,
    () => false,
  );
}

async function kernelChosenPort(port: PublishedPort): Promise<number> {
  return bindOnce({
    hostIP: port.hostIP,
    hostPort: 0,
    protocol: port.protocol === "udp" ? "udp" : "tcp",
  });
}

/** Binds, reads the bound port, closes; rejects when the bind fails. */
function bindOnce(
  mapping: Pick<CniPortMapping, "hostIP" | "hostPort" | "protocol">,
): Promise<number> {
  // An empty host address means every address, IPv4 and IPv6, as Docker's `-p 8080:80`.
  const host = mapping.hostIP === "" ? undefined : mapping.hostIP;
  if (mapping.protocol === "udp") {
    return new Promise((done, fail) => {
      const socket = createSocket(
        host?.includes(":") === true || host === undefined ? "udp6" : "udp4",
      );
      socket.once("error", fail);
      socket.bind({ port: mapping.hostPort, address: host, exclusive: true }, () => {
        const bound = socket.address().port;
        socket.close(() => {
          done(bound);
        });
      });
    });
  }
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen({ port: mapping.hostPort, host, exclusive: true }, () => {
      const address = server.address();
      const bound = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => {
        done(bound);
      });
    });
  });
}
