import { describe, expect, it } from "vitest";
import { volumeIntents } from "../../src/volumes/index.ts";

describe("volumeIntents", () => {
  it("lets the short syntax create a bind source and fill a volume unless nocopy", () => {
    const intents = volumeIntents([
      "./state:/state",
      "/srv/data:/data/:ro",
      "cache:/cache:ro,nocopy",
      "worker-data:/var/lib/worker",
      "/anonymous",
    ]);
    expect(Object.fromEntries(intents)).toEqual({
      "/state": { type: "bind", createHostPath: true, nocopy: false },
      "/data": { type: "bind", createHostPath: true, nocopy: false },
      "/cache": { type: "volume", createHostPath: false, nocopy: true },
      "/var/lib/worker": { type: "volume", createHostPath: false, nocopy: false },
      "/anonymous": { type: "volume", createHostPath: false, nocopy: false },
    });
  });

  it("creates a long-syntax bind source only with create_host_path", () => {
    const intents = volumeIntents([
      { type: "bind", source: "./must-exist", target: "/a" },
      { type: "bind", source: "./may-create", target: "/b", bind: { create_host_path: true } },
      { type: "volume", source: "v", target: "/c/./d", volume: { nocopy: true } },
      { type: "tmpfs", target: "/t" },
    ]);
    expect(Object.fromEntries(intents)).toEqual({
      "/a": { type: "bind", createHostPath: false, nocopy: false },
      "/b": { type: "bind", createHostPath: true, nocopy: false },
      "/c/d": { type: "volume", createHostPath: false, nocopy: true },
      "/t": { type: "tmpfs", createHostPath: false, nocopy: false },
    });
  });
});
