import { describe, expect, it } from "vitest";
import { parsePortSpec } from "../../src/resolve/parse-ports.ts";
import type { HostConfig } from "../../src/spec/container-state.ts";
import { hookNetwork, readNetworkHook } from "../../src/contract/index.ts";
import { buildHooks, publishedPorts } from "../../src/spec/hooks.ts";
import { containerState } from "../helpers/container-state.ts";

const state = (hostConfig: Partial<HostConfig>) => containerState({ hostConfig });

describe("buildHooks", () => {
  it("sets a bridge container up with its published ports, through env and rbc on PATH", () => {
    const hooks = buildHooks(
      state({
        NetworkMode: "default",
        PortBindings: { "80/tcp": [{ HostIp: "", HostPort: "8080" }] },
      }),
      "web",
    );
    expect(hooks).toEqual({
      createRuntime: [
        {
          path: "/usr/bin/env",
          args: [
            "env",
            "rbc",
            "hook",
            "create-runtime",
            "web",
            "--network",
            "bridge",
            "--publish",
            "8080:80/tcp",
          ],
        },
      ],
      poststop: [{ path: "/usr/bin/env", args: ["env", "rbc", "hook", "poststop", "web"] }],
    });
  });

  it("publishes nothing outside the bridge network (Docker ignores ports there)", () => {
    const bindings = { "80/tcp": [{ HostIp: "", HostPort: "8080" }] };
    for (const mode of ["none", "host", "container:db"]) {
      const args = buildHooks(state({ NetworkMode: mode, PortBindings: bindings }), "w")
        .createRuntime?.[0]?.args;
      expect(args).not.toContain("--publish");
    }
  });
});

describe("hookNetwork", () => {
  it("maps Docker's network modes", () => {
    expect(hookNetwork("default")).toBe("bridge");
    expect(hookNetwork("bridge")).toBe("bridge");
    expect(hookNetwork("none")).toBe("none");
    expect(hookNetwork("host")).toBe("host");
    expect(hookNetwork("container:db")).toBe("container");
  });
});

describe("publishedPorts", () => {
  const bindings = {
    "443/tcp": [{ HostIp: "127.0.0.1", HostPort: "8443" }],
    "53/udp": [
      { HostIp: "::1", HostPort: "5353" },
      { HostIp: "", HostPort: "" },
    ],
    "80/tcp": [{ HostIp: "", HostPort: "8080" }],
    "9000/tcp": [{ HostIp: "127.0.0.1", HostPort: "" }],
  };

  it("writes each binding in --publish syntax, sorted by container port", () => {
    expect(publishedPorts(state({ PortBindings: bindings }))).toEqual([
      "53/udp",
      "[::1]:5353:53/udp",
      "8080:80/tcp",
      "127.0.0.1:8443:443/tcp",
      "127.0.0.1::9000/tcp",
    ]);
  });

  it("reads back as the same bindings", () => {
    const back = publishedPorts(state({ PortBindings: bindings })).flatMap((spec) => {
      const parsed = parsePortSpec(spec);
      if ("error" in parsed) throw new Error(parsed.error);
      return parsed.mappings;
    });
    const expected = Object.entries(bindings).flatMap(([port, list]) =>
      list.map((binding) => ({ port, binding })),
    );
    expect(back).toHaveLength(expected.length);
    expect(back).toEqual(expect.arrayContaining(expected));
  });
});

describe("readNetworkHook", () => {
  it("reads back what buildHooks wrote", () => {
    const bindings = {
      "80/tcp": [{ HostIp: "", HostPort: "8080" }],
      "443/tcp": [{ HostIp: "127.0.0.1", HostPort: "8443" }],
    };
    const hooks = buildHooks(state({ PortBindings: bindings }), "web");
    expect(readNetworkHook(hooks)).toEqual({
      name: "web",
      network: "bridge",
      publish: ["8080:80/tcp", "127.0.0.1:8443:443/tcp"],
    });
    expect(readNetworkHook(buildHooks(state({ NetworkMode: "none" }), "n"))?.network).toBe("none");
  });

  it("is undefined for a config.json without rbc's hook", () => {
    expect(readNetworkHook({})).toBeUndefined();
    expect(readNetworkHook(undefined)).toBeUndefined();
  });
});
