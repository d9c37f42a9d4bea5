import { describe, expect, it } from "vitest";
import type { ContainerState, MountPoint } from "../../src/spec/container-state.ts";
import { buildMounts as buildMountsFor } from "../../src/spec/mounts.ts";
import { buildSpec } from "../../src/spec/build-spec.ts";
import type { EngineTarget } from "../../src/overlay/index.ts";
import { bindMount, containerState } from "../helpers/container-state.ts";
import { docker2010v1, docker261v1, docker261v2 } from "../helpers/targets.ts";
import { specInput } from "./spec-input.ts";

/** These tests pin Docker 20.10; "buildMounts for Docker 26.1" below covers what 26.1 changes. */
const buildMounts = (state: ContainerState) => buildMountsFor(state, docker2010v1);

const destinations = (mounts: { destination: string }[]): string[] =>
  mounts.map((m) => m.destination);
const defaults = ["/proc", "/dev", "/dev/pts", "/sys", "/sys/fs/cgroup", "/dev/mqueue", "/dev/shm"];
const network = ["/etc/resolv.conf", "/etc/hostname", "/etc/hosts"];

// Mount order and options as in Docker 20.10.24 captures (shared/reference/docker-spec.md §2, §4.3),
// each checked with `docker run --runtime rbc-capture` and the equivalent flags. Sources Docker
// keeps under its data root (network files, shm) are rbc's bundle-relative or /run/rbc ones.
describe("buildMounts", () => {
  it("emits Docker's defaults, the shm size, then the network files from the bundle", () => {
    const mounts = buildMounts(containerState());
    expect(destinations(mounts)).toEqual([...defaults, ...network]);
    expect(mounts[6]?.options).toEqual(["nosuid", "noexec", "nodev", "mode=1777", "size=67108864"]);
    expect(mounts[7]).toEqual({
      destination: "/etc/resolv.conf",
      type: "bind",
      source: "resolv.conf",
      options: ["rbind", "rprivate"],
    });
  });

  it("sorts user mounts by depth, keeping shallower binds before the network files", () => {
    const mounts = buildMounts(
      containerState({
        mounts: [bindMount("/srv/a", "/a/b/c"), bindMount("data", "/data", false)],
      }),
    );
    expect(destinations(mounts).slice(7)).toEqual(["/data", ...network, "/a/b/c"]);
    expect(mounts[7]?.options).toEqual(["rbind", "ro", "rprivate"]);
  });

  it("lets a user mount on /etc/hosts supply the hosts file in its slot", () => {
    const mounts = buildMounts(
      containerState({ mounts: [bindMount("my-hosts", "/etc/hosts", false)] }),
    );
    expect(mounts.at(-1)).toEqual({
      destination: "/etc/hosts",
      type: "bind",
      source: "my-hosts",
      options: ["rbind", "ro", "rprivate"],
    });
  });

  it("makes the network files and the non-exempt defaults read-only with a read-only rootfs", () => {
    const mounts = buildMounts(containerState({ hostConfig: { ReadonlyRootfs: true } }));
    expect(mounts.find((m) => m.destination === "/etc/hostname")?.options).toEqual([
      "rbind",
      "ro",
      "rprivate",
    ]);
    expect(mounts.find((m) => m.destination === "/sys")?.options).toEqual([
      "nosuid",
      "noexec",
      "nodev",
      "ro",
    ]);
    expect(mounts.find((m) => m.destination === "/proc")?.options).toEqual([
      "nosuid",
      "noexec",
      "nodev",
    ]);
  });

  it("clears ro on /sys and the cgroup mount for privileged containers", () => {
    const mounts = buildMounts(containerState({ hostConfig: { Privileged: true } }));
    expect(mounts.find((m) => m.destination === "/sys")?.options).toEqual([
      "nosuid",
      "noexec",
      "nodev",
    ]);
    expect(mounts.find((m) => m.destination === "/sys/fs/cgroup")?.options).toEqual([
      "nosuid",
      "noexec",
      "nodev",
    ]);
  });

  it("merges tmpfs options onto Docker's base options and replaces a default of the same path", () => {
    const mounts = buildMounts(
      containerState({ hostConfig: { Tmpfs: { "/run": "", "/dev/shm": "size=1m" } } }),
    );
    expect(mounts.find((m) => m.destination === "/run")).toEqual({
      destination: "/run",
      type: "tmpfs",
      source: "tmpfs",
      options: ["noexec", "nosuid", "nodev", "rprivate"],
    });
    const shm = mounts.filter((m) => m.destination === "/dev/shm");
    expect(shm).toEqual([
      {
        destination: "/dev/shm",
        type: "tmpfs",
        source: "tmpfs",
        options: ["noexec", "nosuid", "nodev", "rprivate", "size=1m"],
      },
    ]);
  });

  it("drops every default under /dev when the user mounts /dev", () => {
    const mounts = buildMounts(containerState({ hostConfig: { Tmpfs: { "/dev": "" } } }));
    expect(destinations(mounts)).toEqual(["/proc", "/sys", "/sys/fs/cgroup", "/dev", ...network]);
  });

  it("clears ro on a user mount on /sys too for privileged containers (-v /tmp:/sys:ro)", () => {
    const mounts = buildMounts(
      containerState({
        hostConfig: { Privileged: true },
        mounts: [bindMount("/tmp", "/sys", false)],
      }),
    );
    expect(destinations(mounts).slice(0, 6)).toEqual([
      "/proc",
      "/dev",
      "/dev/pts",
      "/sys/fs/cgroup",
      "/dev/mqueue",
      "/dev/shm",
    ]);
    expect(mounts[6]).toEqual({
      destination: "/sys",
      type: "bind",
      source: "/tmp",
      options: ["rbind", "rprivate"],
    });
  });

  it("puts tmpfs volumes after the tmpfs entries, with their mount data", () => {
    const mounts = buildMounts(
      containerState({
        hostConfig: { Tmpfs: { "/run": "size=2m" } },
        mounts: [tmpfsVolume("/t", "mode=1700,size=1m"), tmpfsVolume("/a/b", "ro")],
      }),
    );
    expect(mounts.slice(7)).toEqual([
      tmpfs("/run", "size=2m"),
      tmpfs("/t", "mode=1700", "size=1m"),
      ...network.map((destination): unknown => expect.objectContaining({ destination })),
      tmpfs("/a/b", "ro"),
    ]);
  });

  it("binds non-recursively with bind-nonrecursive", () => {
    const mounts = buildMounts(
      containerState({ mounts: [{ ...bindMount("/tmp", "/x"), NonRecursive: true }] }),
    );
    expect(mounts[7]?.options).toEqual(["bind", "rprivate"]);
  });

  it("sizes the default /dev/shm with --shm-size", () => {
    const mounts = buildMounts(containerState({ hostConfig: { ShmSize: 134217728 } }));
    expect(mounts[6]?.options?.at(-1)).toBe("size=134217728");
  });
});

describe("buildMounts with --init", () => {
  const init = {
    destination: "/sbin/docker-init",
    type: "bind",
    source: "/usr/bin/docker-init",
    options: ["bind", "ro"],
  };

  it("binds docker-init right after the defaults", () => {
    const mounts = buildMounts(containerState({ hostConfig: { Init: true } }));
    expect(mounts[7]).toEqual(init);
    expect(destinations(mounts).slice(8)).toEqual(network);
  });

  it("binds no init with --pid host", () => {
    const mounts = buildMounts(containerState({ hostConfig: { Init: true, PidMode: "host" } }));
    expect(destinations(mounts)).not.toContain("/sbin/docker-init");
  });

  it("keeps docker-init after the remaining defaults when the user mounts /dev", () => {
    const mounts = buildMounts(
      containerState({ hostConfig: { Init: true, Tmpfs: { "/dev": "" } } }),
    );
    expect(destinations(mounts)).toEqual([
      "/proc",
      "/sys",
      "/sys/fs/cgroup",
      "/sbin/docker-init",
      "/dev",
      ...network,
    ]);
  });

  it("lets a user mount replace docker-init", () => {
    const mounts = buildMounts(
      containerState({
        hostConfig: { Init: true, ReadonlyRootfs: true },
        mounts: [bindMount("/tmp", "/sbin/docker-init", false)],
      }),
    );
    expect(mounts.filter((m) => m.destination === "/sbin/docker-init")).toEqual([
      { ...init, source: "/tmp", options: ["rbind", "ro", "rprivate"] },
    ]);
  });
});

describe("buildMounts IPC and network modes", () => {
  const donors = { donor: { Name: "db", Hostname: "donorhost", Domainname: "" } };
  const shmBind = (source: string) => ({
    destination: "/dev/shm",
    type: "bind",
    source,
    options: ["rbind", "rprivate"],
  });

  it("drops /dev/shm with --ipc none", () => {
    const mounts = buildMounts(containerState({ hostConfig: { IpcMode: "none" } }));
    expect(destinations(mounts)).toEqual([...defaults.slice(0, 6), ...network]);
  });

  it("binds the host's /dev/shm after the network files with --ipc host", () => {
    const mounts = buildMounts(containerState({ hostConfig: { IpcMode: "host" } }));
    expect(destinations(mounts)).toEqual([...defaults.slice(0, 6), ...network, "/dev/shm"]);
    expect(mounts.at(-1)).toEqual(shmBind("/dev/shm"));
  });

  it("binds the bundle's shm directory with --ipc shareable", () => {
    const mounts = buildMounts(containerState({ hostConfig: { IpcMode: "shareable" } }));
    expect(mounts.at(-1)).toEqual(shmBind("shm"));
  });

  it("binds the donor's shm directory with --ipc container:", () => {
    const state = containerState({ hostConfig: { IpcMode: "container:donor" } });
    expect(buildMounts({ ...state, Donors: donors }).at(-1)).toEqual(shmBind("/run/rbc/db/shm"));
  });

  it("binds no IPC /dev/shm over a user's /dev/shm tmpfs", () => {
    const mounts = buildMounts(
      containerState({ hostConfig: { IpcMode: "shareable", Tmpfs: { "/dev/shm": "size=1m" } } }),
    );
    expect(mounts.filter((m) => m.destination === "/dev/shm")).toEqual([
      tmpfs("/dev/shm", "size=1m"),
    ]);
  });

  it("takes the network files from the donor with --network container:", () => {
    const state = containerState({ hostConfig: { NetworkMode: "container:donor" } });
    expect(
      buildMounts({ ...state, Donors: donors })
        .slice(7)
        .map((m) => m.source),
    ).toEqual(["/run/rbc/db/resolv.conf", "/run/rbc/db/hostname", "/run/rbc/db/hosts"]);
  });

  it("keeps the container's own network files with --network none and host", () => {
    for (const NetworkMode of ["none", "host"]) {
      const mounts = buildMounts(containerState({ hostConfig: { NetworkMode } }));
      expect(mounts.slice(7).map((m) => m.source)).toEqual(["resolv.conf", "hostname", "hosts"]);
    }
  });
});

// Docker 26.1.5 captures (test/differential scenarios on the 26.1-v1 and 26.1-v2 engines, and
// `docker run --runtime rbc-capture` with the flags each test names): the same on cgroup v1 and v2.
describe.each([
  ["v1", docker261v1],
  ["v2", docker261v2],
])("buildMounts for Docker 26.1 (cgroup %s)", (_cgroup, target) => {
  const mountsOf = (state: ContainerState, t: EngineTarget = target) =>
    buildSpec(specInput(state, t)).value?.mounts ?? [];
  const optionsAt = (state: ContainerState, destination: string, t?: EngineTarget) =>
    mountsOf(state, t).find((m) => m.destination === destination)?.options;

  it("makes a read-only bind recursively read-only (-v /etc:/m1:ro), where 20.10 writes ro", () => {
    const state = containerState({ mounts: [bindMount("/etc", "/m1", false)] });
    expect(optionsAt(state, "/m1")).toEqual(["rbind", "rro", "rprivate"]);
    expect(optionsAt(state, "/m1", docker2010v1)).toEqual(["rbind", "ro", "rprivate"]);
  });

  it("keeps the propagation and the non-recursive bind around rro", () => {
    const slave = { ...bindMount("/var", "/host-var", false), Propagation: "rslave" };
    const single = { ...bindMount("/usr", "/host-usr", false), NonRecursive: true };
    const state = containerState({ mounts: [slave, single] });
    expect(optionsAt(state, "/host-var")).toEqual(["rbind", "rro", "rslave"]);
    expect(optionsAt(state, "/host-usr")).toEqual(["bind", "rro", "rprivate"]);
  });

  it("makes a read-only named volume recursively read-only, without a propagation", () => {
    const state = containerState({ mounts: [volume("cache", "/cache", false)] });
    expect(optionsAt(state, "/cache")).toEqual(["rbind", "rro"]);
  });

  it("writes ro for bind-recursive=writable and rro for bind-recursive=readonly", () => {
    const writable = { ...bindMount("/tmp", "/w", false), ReadOnlyNonRecursive: true };
    const forced = { ...bindMount("/tmp", "/f", false), ReadOnlyForceRecursive: true };
    const state = containerState({ mounts: [writable, forced] });
    expect(optionsAt(state, "/w")).toEqual(["rbind", "ro", "rprivate"]);
    expect(optionsAt(state, "/f")).toEqual(["rbind", "rro", "rprivate"]);
  });

  it("makes the network files rro with a read-only rootfs, the defaults and docker-init ro", () => {
    const state = containerState({ hostConfig: { ReadonlyRootfs: true, Init: true } });
    const mounts = mountsOf(state);
    for (const destination of network) {
      expect(optionsAt(state, destination)).toEqual(["rbind", "rro", "rprivate"]);
    }
    expect(optionsAt(state, "/sys")).toEqual(["nosuid", "noexec", "nodev", "ro"]);
    expect(mounts.find((m) => m.destination === "/sbin/docker-init")?.options).toEqual([
      "bind",
      "ro",
    ]);
  });

  it("gives a user bind on /etc/hosts none of its bind options: rbind, rro, rprivate", () => {
    const hosts = {
      ...bindMount("/etc/hosts", "/etc/hosts", false),
      Propagation: "rslave",
      ReadOnlyNonRecursive: true,
    };
    const state = containerState({ mounts: [hosts] });
    expect(optionsAt(state, "/etc/hosts")).toEqual(["rbind", "rro", "rprivate"]);
  });

  it("keeps rro on a read-only bind on /sys when privileged (only ro is cleared)", () => {
    const state = containerState({
      hostConfig: { Privileged: true },
      mounts: [bindMount("/tmp", "/sys", false)],
    });
    expect(optionsAt(state, "/sys")).toEqual(["rbind", "rro", "rprivate"]);
  });

  it("puts tmpfs mounts before binds and volumes of the same depth", () => {
    const state = containerState({
      hostConfig: { Tmpfs: { "/m4": "", "/var/tmp": "" } },
      mounts: [bindMount("/etc", "/m1", false), volume("cache", "/m3", true)],
    });
    expect(destinations(mountsOf(state)).slice(7)).toEqual([
      "/m4",
      "/m1",
      "/m3",
      "/var/tmp",
      ...network,
    ]);
    expect(destinations(mountsOf(state, docker2010v1)).slice(7)).toEqual([
      "/m1",
      "/m3",
      "/m4",
      ...network,
      "/var/tmp",
    ]);
  });

  it("puts a tmpfs volume (--mount type=tmpfs) after the tmpfs entries, before the volumes", () => {
    const state = containerState({
      hostConfig: { Tmpfs: { "/run": "" } },
      mounts: [volume("", "/data", true), tmpfsVolume("/t", "size=1m")],
    });
    expect(destinations(mountsOf(state)).slice(7)).toEqual(["/run", "/t", "/data", ...network]);
  });

  it("puts the IPC /dev/shm bind before the network files (--ipc shareable, host, container:)", () => {
    for (const IpcMode of ["shareable", "host", "container:donor"]) {
      const state = containerState({ hostConfig: { IpcMode } });
      const donors = { donor: { Name: "db", Hostname: "db", Domainname: "" } };
      const mounts = mountsOf({ ...state, Donors: donors });
      expect(destinations(mounts).slice(6)).toEqual(["/dev/shm", ...network]);
      expect(mounts[6]?.options).toEqual(["rbind", "rprivate"]);
    }
  });
});

function volume(name: string, destination: string, rw: boolean): MountPoint {
  return {
    Type: "volume",
    Name: name,
    Source: name === "" ? `volumes/_anonymous${destination}` : `volumes/${name}`,
    Destination: destination,
    RW: rw,
    Propagation: "",
  };
}

function tmpfs(destination: string, ...data: string[]) {
  return {
    destination,
    type: "tmpfs",
    source: "tmpfs",
    options: ["noexec", "nosuid", "nodev", "rprivate", ...data],
  };
}

function tmpfsVolume(destination: string, data: string): MountPoint {
  return {
    Type: "tmpfs",
    Name: "",
    Source: "",
    Destination: destination,
    RW: !data.split(",").includes("ro"),
    Propagation: "",
    TmpfsData: data,
  };
}
