import { describe, expect, it } from "vitest";
import { networkPlugins, rbcNetwork, requiredPlugins } from "../../src/network/cni-network.ts";

const web = { hostPort: 8080, containerPort: 80, protocol: "tcp", hostIP: "" } as const;

describe("networkPlugins", () => {
  it("brings loopback up, then bridge, portmap and firewall on eth0 for bridge", () => {
    const calls = networkPlugins("bridge", [web]);
    expect(calls.map((c) => [c.type, c.ifName])).toEqual([
      ["loopback", "lo"],
      ["bridge", "eth0"],
      ["portmap", "eth0"],
      ["firewall", "eth0"],
    ]);
    // One network list: the chained plugins share its name, so each gets the previous result.
    expect(new Set(calls.slice(1).map((c) => c.config.name))).toEqual(new Set([rbcNetwork.name]));
  });

  it("gives the bridge a gateway, outbound NAT and host-local addresses from rbc's subnet", () => {
    const bridge = networkPlugins("bridge", [])[1]?.config;
    expect(bridge).toMatchObject({
      type: "bridge",
      bridge: "rbc0",
      isGateway: true,
      ipMasq: true,
      ipam: {
        type: "host-local",
        ranges: [[{ subnet: "10.87.0.0/16" }]],
        routes: [{ dst: "0.0.0.0/0" }],
      },
    });
  });

  it("hands the published ports to portmap as its portMappings capability", () => {
    const portmap = networkPlugins("bridge", [web])[2]?.config;
    expect(portmap).toMatchObject({
      capabilities: { portMappings: true },
      runtimeConfig: { portMappings: [web] },
    });
  });

  it("gives none loopback only", () => {
    expect(networkPlugins("none", [web]).map((c) => c.type)).toEqual(["loopback"]);
  });
});

describe("requiredPlugins", () => {
  it("includes the IPAM plugin the bridge plugin runs", () => {
    expect(requiredPlugins("bridge")).toEqual([
      "loopback",
      "bridge",
      "portmap",
      "firewall",
      "host-local",
    ]);
    expect(requiredPlugins("none")).toEqual(["loopback"]);
  });
});
