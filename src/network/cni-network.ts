import { rbcRunDirs } from "../contract/index.ts";

/**
 * rbc's CNI network for `network_mode: bridge`, Docker's default bridge rebuilt from the standard
 * plugins: a host bridge with the gateway address, host-local IPAM, outbound NAT (bridge ipMasq),
 * published ports (portmap) and forwarding allowed past a DROP policy such as Docker's (firewall).
 */
export const rbcNetwork = {
  name: "rbc",
  bridge: "rbc0",
  subnet: "10.87.0.0/16",
  ipamDataDir: rbcRunDirs.ipam,
} as const;

/** The CNI spec version rbc speaks; Debian's containernetworking-plugins 1.x support it. */
export const cniVersion = "1.0.0";

/** A port mapping as the portmap plugin's `portMappings` capability takes it. */
export interface CniPortMapping {
  readonly hostPort: number;
  readonly containerPort: number;
  readonly protocol: "tcp" | "udp" | "sctp";
  /** Empty: every host address, as Docker's `-p 8080:80`. */
  readonly hostIP: string;
}

/** One plugin of a network list, with what libcni would add at run time. */
export interface CniPluginCall {
  /** The plugin binary's name (`type`). */
  readonly type: string;
  /** The interface the plugin works on inside the container. */
  readonly ifName: string;
  /** The network configuration the plugin reads on stdin, without prevResult. */
  readonly config: Readonly<Record<string, unknown>>;
}

/**
 * The plugin calls, in ADD order, that give a container its network: loopback always (Docker
 * brings `lo` up in every network namespace it creates, `none` included), then for `bridge` the
 * rbc network list with the published ports as portmap's runtimeConfig. DEL runs them reversed.
 */
export function networkPlugins(
  network: "bridge" | "none",
  ports: readonly CniPortMapping[],
): CniPluginCall[] {
  const loopback: CniPluginCall = {
    type: "loopback",
    ifName: "lo",
    config: { cniVersion, name: "rbc-loopback", type: "loopback" },
  };
  if (network === "none") return [loopback];
  const base = { cniVersion, name: rbcNetwork.name };
  return [
    loopback,
    {
      type: "bridge",
      ifName: "eth0",
      config: {
        ...base,
        type: "bridge",
        bridge: rbcNetwork.bridge,
        isGateway: true,
        ipMasq: true,
        hairpinMode: true,
        ipam: {
          type: "host-local",
          ranges: [[{ subnet: rbcNetwork.subnet }]],
          routes: [{ dst: "0.0.0.0/0" }],
          dataDir: rbcNetwork.ipamDataDir,
        },
      },
    },
    {
      type: "portmap",
      ifName: "eth0",
      config: {
        ...base,
        type: "portmap",
        // snat lets the host reach its own published ports on 127.0.0.1, as docker-proxy does.
        snat: true,
        capabilities: { portMappings: true },
        runtimeConfig: { portMappings: ports },
      },
    },
    {
      type: "firewall",
      ifName: "eth0",
      config: { ...base, type: "firewall", backend: "iptables" },
    },
  ];
}

/** The plugin binaries a network needs, for the check before anything is set up. */
export function requiredPlugins(network: "bridge" | "none"): string[] {
  const types = networkPlugins(network, []).map((call) => call.type);
  return network === "bridge" ? [...types, "host-local"] : types;
}
