import { describe, expect, it } from "vitest";
import { replacedPortsNote } from "../../src/resolve/replaced-ports.ts";
import { containerState } from "../helpers/container-state.ts";

const binding = (HostPort: string, HostIp = "") => [{ HostIp, HostPort }];

const source = containerState({
  hostConfig: {
    PortBindings: {
      "80/tcp": binding("8080"),
      "443/tcp": binding("8443", "127.0.0.1"),
      "53/udp": binding("5353"),
    },
  },
});

function publishing(bindings: Record<string, { HostIp: string; HostPort: string }[]>) {
  return containerState({ hostConfig: { PortBindings: bindings } });
}

describe("replacedPortsNote", () => {
  it("names the container's published ports that the overlay's ports replace", () => {
    const created = publishing({ "80/tcp": binding("8080"), "9000/tcp": binding("9000") });
    expect(replacedPortsNote(source, created, "web-1", ["8080:80", "9000:9000"])).toEqual([
      {
        code: "RES404",
        severity: "warning",
        message:
          "ports replaces the ports container web-1 publishes: 5353:53/udp, 127.0.0.1:8443:443/tcp are no longer published (list them in ports to keep them)",
        key: "ports",
      },
    ]);
  });

  it("says so for one port, and for an empty list that drops them all", () => {
    const one = publishing({ "80/tcp": binding("8080"), "443/tcp": binding("8443", "127.0.0.1") });
    const note = replacedPortsNote(source, one, "web-1", ["8080:80", "127.0.0.1:8443:443"]);
    expect(note.map((d) => d.message)).toEqual([
      "ports replaces the ports container web-1 publishes: 5353:53/udp is no longer published (list them in ports to keep them)",
    ]);
    const none = publishing({});
    expect(replacedPortsNote(source, none, "web-1", [])[0]?.message).toContain(
      "5353:53/udp, 8080:80/tcp, 127.0.0.1:8443:443/tcp are no longer published",
    );
  });

  it("is silent without ports, when the overlay repeats them all, or when nothing was created", () => {
    expect(replacedPortsNote(source, source, "web-1", undefined)).toEqual([]);
    expect(replacedPortsNote(source, source, "web-1", ["8080:80", "..."])).toEqual([]);
    expect(replacedPortsNote(source, undefined, "web-1", ["8080:80"])).toEqual([]);
    const unpublished = publishing({});
    expect(replacedPortsNote(unpublished, publishing({}), "web-1", [])).toEqual([]);
  });
});
