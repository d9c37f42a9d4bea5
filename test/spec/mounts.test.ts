import { describe, expect, it } from "vitest";
import { buildMounts } from "../../src/spec/mounts.ts";
import { bindMount, containerState } from "../helpers/container-state.ts";

const destinations = (mounts: { destination: string }[]): string[] =>
  mounts.map((m) => m.destination);
const defaults = ["/proc", "/dev", "/dev/pts", "/sys", "/sys/fs/cgroup", "/dev/mqueue", "/dev/shm"];
const network = ["/etc/resolv.conf", "/etc/hostname", "/etc/hosts"];

// Mount order and options as in Docker 20.10.24 captures (shared/reference/docker-spec.md §2, §4.3).
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
});
