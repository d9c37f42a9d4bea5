import { describe, expect, it } from "vitest";
import {
  formatPublishedPort,
  parsePublishedPort,
  type PublishedPortSpec,
} from "../../src/contract/index.ts";
import { parsePortSpec, type PortMapping } from "../../src/resolve/parse-ports.ts";

/** `ports` entries as an overlay may write them; each expands to one or more bindings. */
const overlayPorts = [
  "80",
  "8080:80",
  "8080:80/udp",
  "127.0.0.1:8443:443",
  "127.0.0.1::9000",
  "[::1]:5353:53/udp",
  "[2001:db8::1]::53/sctp",
  "8000-8010:80",
  "9000-9002:90-92",
  "0:80",
  "80:0",
  "127.0.0.1:0:80",
];

/** Each binding the overlay's `ports` compile to, as resolve writes it and as the hook gets it. */
function compiledBindings(): { entry: string; mapping: PortMapping; spec: PublishedPortSpec }[] {
  return overlayPorts.flatMap((entry) => {
    const parsed = parsePortSpec(entry);
    if ("error" in parsed) throw new Error(parsed.error);
    return parsed.mappings.map((mapping) => {
      const [number = "", protocol = ""] = mapping.port.split("/");
      const spec = {
        hostIp: mapping.binding.HostIp,
        hostPort: mapping.binding.HostPort,
        containerPort: Number(number),
        protocol: protocol as PublishedPortSpec["protocol"],
      };
      return { entry, mapping, spec };
    });
  });
}

describe("formatPublishedPort", () => {
  it("writes docker run --publish syntax that the Docker CLI's own parser reads back", () => {
    for (const { mapping, spec } of compiledBindings()) {
      const written = formatPublishedPort(spec);
      expect(parsePortSpec(written), written).toEqual({ mappings: [mapping] });
    }
  });
});

describe("parsePublishedPort", () => {
  it("reads back exactly what formatPublishedPort writes", () => {
    for (const spec of [
      "80/tcp",
      "8080:80/tcp",
      "127.0.0.1:8443:443/tcp",
      "[::1]:53:53/udp",
      "127.0.0.1::80/tcp",
      "[::]::80/sctp",
      "8000-8010:80/tcp",
      "0:80/tcp",
      "80:0/tcp",
    ]) {
      const parsed = parsePublishedPort(spec);
      expect(parsed, spec).toBeDefined();
      if (parsed !== undefined) expect(formatPublishedPort(parsed)).toBe(spec);
    }
  });

  it("reads back every binding the overlay's ports compile to", () => {
    for (const { entry, spec } of compiledBindings()) {
      expect(parsePublishedPort(formatPublishedPort(spec)), entry).toEqual(spec);
    }
  });

  it("splits the parts", () => {
    expect(parsePublishedPort("[::1]:5353:53/udp")).toEqual({
      hostIp: "::1",
      hostPort: "5353",
      containerPort: 53,
      protocol: "udp",
    });
  });

  it("refuses what the build never writes", () => {
    for (const spec of [
      "",
      "80",
      ":80/tcp",
      "127.0.0.1:80/tcp",
      "x:80/tcp",
      "8080:70000/tcp",
      "9010-9000:80/tcp",
      "80/icmp",
      "9000-9002:90-92/tcp",
    ]) {
      expect(parsePublishedPort(spec), spec).toBeUndefined();
    }
  });
});
