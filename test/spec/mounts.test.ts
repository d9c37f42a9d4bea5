import { describe, expect, it } from "vitest";
import type { MountPoint } from "../../src/spec/container-state.ts";
import { buildMounts } from "../../src/spec/mounts.ts";
import { bindMount, containerState } from "../helpers/container-state.ts";

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
