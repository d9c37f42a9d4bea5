import { describe, expect, it } from "vitest";
import type { HostConfig } from "../../src/spec/container-state.ts";
import type { DockerRelease } from "../../src/overlay/index.ts";
import { buildNamespaces } from "../../src/spec/namespaces.ts";
import { buildSysctl } from "../../src/spec/sysctl.ts";
import { containerState } from "../helpers/container-state.ts";

// Docker 20.10.24 captures for the flags each test names. Docker's namespace paths name host
// processes (/proc/<pid>/ns/...) and its host netns (/var/run/docker/netns/default); rbc's are its
// own convention, so only their presence is Docker's fact.
const namespaces = (hostConfig: Partial<HostConfig>, release: DockerRelease = "20.10") =>
  buildNamespaces(containerState({ hostConfig }), release);
const donors = { donor: { Name: "db", Hostname: "donorhost", Domainname: "donor.example" } };

describe("buildNamespaces", () => {
  it("starts from mount, network, uts, pid, ipc", () => {
    expect(namespaces({})).toEqual([
      { type: "mount" },
      { type: "network" },
      { type: "uts" },
      { type: "pid" },
      { type: "ipc" },
    ]);
  });

  it("removes the uts, pid and ipc namespaces for host modes", () => {
    const types = (hc: Partial<HostConfig>) => namespaces(hc).map((ns) => ns.type);
    expect(types({ UTSMode: "host" })).toEqual(["mount", "network", "pid", "ipc"]);
    expect(types({ PidMode: "host" })).toEqual(["mount", "network", "uts", "ipc"]);
    expect(types({ IpcMode: "host" })).toEqual(["mount", "network", "uts", "pid"]);
  });

  it("keeps the network namespace with the host's path for --network host", () => {
    expect(namespaces({ NetworkMode: "host" })[1]).toEqual({
      type: "network",
      path: "/proc/self/ns/net",
    });
  });

  it("keeps a pathless network namespace for --network none", () => {
    expect(namespaces({ NetworkMode: "none" })[1]).toEqual({ type: "network" });
  });

  it("joins a donor's namespaces in place for container: modes", () => {
    const state = containerState({
      hostConfig: {
        NetworkMode: "container:donor",
        PidMode: "container:donor",
        IpcMode: "container:donor",
      },
    });
    expect(buildNamespaces({ ...state, Donors: donors }, "20.10")).toEqual([
      { type: "mount" },
      { type: "network", path: "/run/rbc/db/ns/net" },
      { type: "uts" },
      { type: "pid", path: "/run/rbc/db/ns/pid" },
      { type: "ipc", path: "/run/rbc/db/ns/ipc" },
    ]);
  });

  it("joins a donor that is a bundle of the same repository by its container id", () => {
    const state = containerState({
      hostConfig: { NetworkMode: "container:donor", IpcMode: "container:donor" },
    });
    const bundle = { donor: { ...donors.donor, BundleId: "rbc-db-0123abcd" } };
    expect(buildNamespaces({ ...state, Donors: bundle }, "20.10")).toEqual([
      { type: "mount" },
      { type: "network", path: "/run/rbc/rbc-db-0123abcd/ns/net" },
      { type: "uts" },
      { type: "pid" },
      { type: "ipc", path: "/run/rbc/rbc-db-0123abcd/ns/ipc" },
    ]);
  });

  it("appends a cgroup namespace for --cgroupns private", () => {
    expect(namespaces({ CgroupnsMode: "private" }).at(-1)).toEqual({ type: "cgroup" });
  });
});

describe("buildSysctl", () => {
  const unprivileged = {
    "net.ipv4.ip_unprivileged_port_start": "0",
    "net.ipv4.ping_group_range": "0 2147483647",
  };

  it("writes the unprivileged ping and port sysctls for --network none", () => {
    expect(buildSysctl(containerState({ hostConfig: { NetworkMode: "none" } }))).toEqual(
      unprivileged,
    );
  });

  it("writes no sysctls for --network host", () => {
    expect(buildSysctl(containerState({ hostConfig: { NetworkMode: "host" } }))).toBeUndefined();
  });

  it("writes the donor's domain name for --network container:", () => {
    const state = containerState({ hostConfig: { NetworkMode: "container:donor" } });
    expect(buildSysctl({ ...state, Donors: donors })).toEqual({
      "kernel.domainname": "donor.example",
    });
  });

  it("merges --sysctl values over the defaults, keys sorted", () => {
    const state = containerState({
      hostConfig: { Sysctls: { "net.ipv4.ip_forward": "1", "kernel.msgmax": "65536" } },
    });
    expect(Object.keys(buildSysctl(state) ?? {})).toEqual([
      "kernel.msgmax",
      "net.ipv4.ip_forward",
      "net.ipv4.ip_unprivileged_port_start",
      "net.ipv4.ping_group_range",
    ]);
  });
});

// Docker 26.1.5 captures (network host, privileged with every host namespace): no network
// namespace at all for --network host (moby ed15f1d717), where 20.10 joined its own.
describe("buildNamespaces for Docker 26.1", () => {
  it("leaves the network namespace out for --network host", () => {
    expect(namespaces({ NetworkMode: "host" }, "26.1")).toEqual([
      { type: "mount" },
      { type: "uts" },
      { type: "pid" },
      { type: "ipc" },
    ]);
    expect(namespaces({ NetworkMode: "host" }, "20.10")).toContainEqual({
      type: "network",
      path: "/proc/self/ns/net",
    });
  });

  it("leaves out every host namespace, keeping a private cgroup namespace", () => {
    const hc = {
      NetworkMode: "host",
      PidMode: "host",
      IpcMode: "host",
      UTSMode: "host",
      CgroupnsMode: "private",
    };
    expect(namespaces(hc, "26.1")).toEqual([{ type: "mount" }, { type: "cgroup" }]);
  });

  it("keeps a private network namespace for the other modes", () => {
    expect(namespaces({ NetworkMode: "none" }, "26.1")).toContainEqual({ type: "network" });
  });
});
