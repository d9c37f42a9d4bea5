import { describe, expect, it } from "vitest";
import {
  describeHostPort,
  parsePublishedPorts,
  sameHostBinding,
} from "../../src/network/published-port.ts";

describe("parsePublishedPorts", () => {
  it("reads the --publish forms a bundle's hook carries", () => {
    expect(parsePublishedPorts(["8080:80/tcp", "127.0.0.1:8443:443/tcp", "53/udp"])).toEqual([
      {
        spec: "8080:80/tcp",
        hostIP: "",
        hostPorts: { start: 8080, end: 8080 },
        containerPort: 80,
        protocol: "tcp",
      },
      {
        spec: "127.0.0.1:8443:443/tcp",
        hostIP: "127.0.0.1",
        hostPorts: { start: 8443, end: 8443 },
        containerPort: 443,
        protocol: "tcp",
      },
      { spec: "53/udp", hostIP: "", hostPorts: undefined, containerPort: 53, protocol: "udp" },
    ]);
  });

  it("keeps a host range for one container port to choose from", () => {
    expect(parsePublishedPorts(["8000-8010:80/tcp"])[0]?.hostPorts).toEqual({
      start: 8000,
      end: 8010,
    });
  });

  it("throws on a hand-edited entry that is no port", () => {
    expect(() => parsePublishedPorts(["eighty"])).toThrow("invalid --publish eighty");
  });
});

describe("sameHostBinding", () => {
  const at = (hostIP: string, hostPort = 8080, protocol: "tcp" | "udp" = "tcp") => ({
    hostIP,
    hostPort,
    protocol,
  });

  it("collides on every-address bindings and on equal addresses", () => {
    expect(sameHostBinding(at(""), at("127.0.0.1"))).toBe(true);
    expect(sameHostBinding(at("127.0.0.1"), at("127.0.0.1"))).toBe(true);
  });

  it("does not collide across addresses, ports or protocols", () => {
    expect(sameHostBinding(at("127.0.0.1"), at("127.0.0.2"))).toBe(false);
    expect(sameHostBinding(at(""), at("", 8081))).toBe(false);
    expect(sameHostBinding(at(""), at("", 8080, "udp"))).toBe(false);
  });

  it("describes a binding for messages", () => {
    expect(describeHostPort(at(""))).toBe("8080/tcp");
    expect(describeHostPort(at("::1", 53, "udp"))).toBe("[::1]:53/udp");
  });
});
