import { describe, expect, it } from "vitest";
import { runtimeConfig } from "../../src/run/runtime-bundle.ts";

describe("runtimeConfig", () => {
  it("fills in the environment and makes bundle-relative paths absolute", () => {
    const config = {
      ociVersion: "1.2.0",
      root: { path: ".rootfs/rootfs", readonly: false },
      process: { env: ["A=${A}"], cwd: "/" },
      mounts: [
        { destination: "/proc", type: "proc", source: "proc" },
        { destination: "/tmp", type: "tmpfs", source: "tmpfs", options: ["nosuid"] },
        {
          destination: "/etc/hosts",
          type: "bind",
          source: "hosts",
          options: ["rbind", "rprivate"],
        },
        { destination: "/data", type: "none", source: "volumes/data", options: ["rbind"] },
        { destination: "/srv", type: "bind", source: "/srv", options: ["rbind"] },
      ],
      annotations: { "rbc.environment": "{}" },
    };
    expect(runtimeConfig(config, "/repo/bundles/web", ["A=filled"])).toEqual({
      ociVersion: "1.2.0",
      root: { path: "/repo/bundles/web/.rootfs/rootfs", readonly: false },
      process: { env: ["A=filled"], cwd: "/" },
      mounts: [
        { destination: "/proc", type: "proc", source: "proc" },
        { destination: "/tmp", type: "tmpfs", source: "tmpfs", options: ["nosuid"] },
        {
          destination: "/etc/hosts",
          type: "bind",
          source: "/repo/bundles/web/hosts",
          options: ["rbind", "rprivate"],
        },
        {
          destination: "/data",
          type: "none",
          source: "/repo/bundles/web/volumes/data",
          options: ["rbind"],
        },
        { destination: "/srv", type: "bind", source: "/srv", options: ["rbind"] },
      ],
      annotations: { "rbc.environment": "{}", "rbc.bundle": "/repo/bundles/web" },
    });
  });
});
