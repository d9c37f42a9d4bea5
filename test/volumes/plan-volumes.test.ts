import { describe, expect, it } from "vitest";
import type { OciMount } from "../../src/spec/index.ts";
import { planVolumes, volumeIntents } from "../../src/volumes/index.ts";

const bind = (source: string, destination: string): OciMount => ({
  destination,
  type: "bind",
  source,
  options: ["rbind", "rprivate"],
});

describe("planVolumes", () => {
  it("plans the overlay's binds and volumes, and a volume of the image it does not name", () => {
    const mounts: OciMount[] = [
      { destination: "/proc", type: "proc", source: "proc" },
      bind("volumes/_anonymous/var/lib/app", "/var/lib/app"),
      bind("state", "/state"),
      bind("must-exist", "/strict"),
      bind("volumes/cache", "/cache"),
      bind("volumes/data", "/data"),
      bind("/srv/www", "/www"),
    ];
    const intents = volumeIntents([
      "./state:/state",
      { type: "bind", source: "./must-exist", target: "/strict" },
      "cache:/cache:nocopy",
      "data:/data",
    ]);
    expect(planVolumes(mounts, intents)).toEqual([
      {
        kind: "volume",
        source: "volumes/_anonymous/var/lib/app",
        destination: "/var/lib/app",
        seed: true,
      },
      { kind: "bind", source: "state", destination: "/state", create: true },
      { kind: "bind", source: "must-exist", destination: "/strict", create: false },
      { kind: "volume", source: "volumes/cache", destination: "/cache", seed: false },
      { kind: "volume", source: "volumes/data", destination: "/data", seed: true },
      // A bind the overlay does not name (a container source's): created as docker run -v does.
      { kind: "bind", source: "/srv/www", destination: "/www", create: true },
    ]);
  });

  it("leaves rbc's own binds alone: network files, shm, a joined bundle's, docker-init", () => {
    const mounts: OciMount[] = [
      bind("resolv.conf", "/etc/resolv.conf"),
      bind("hostname", "/etc/hostname"),
      bind("hosts", "/etc/hosts"),
      bind("shm", "/dev/shm"),
      bind("/run/rbc/db/hosts", "/etc/hosts"),
      bind("/usr/bin/docker-init", "/sbin/docker-init"),
    ];
    expect(planVolumes(mounts, new Map())).toEqual([]);
  });

  it("keeps a bind the overlay names into volumes/ a bind", () => {
    const intents = volumeIntents(["./volumes/seeded-by-hand:/x"]);
    expect(planVolumes([bind("volumes/seeded-by-hand", "/x")], intents)).toEqual([
      { kind: "bind", source: "volumes/seeded-by-hand", destination: "/x", create: true },
    ]);
  });
});
