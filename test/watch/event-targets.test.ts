import { describe, expect, it } from "vitest";
import type { BundleCompilation } from "../../src/compile.ts";
import type { EngineEvent } from "../../src/resolve/engine.ts";
import {
  engineReferences,
  normalizeImageName,
  type EngineReferences,
} from "../../src/watch/engine-references.ts";
import { describeEvent, eventTargets, needsResolution } from "../../src/watch/event-targets.ts";

const appId = `sha256:${"a".repeat(64)}`;
const otherId = `sha256:${"b".repeat(64)}`;
const dbId = "d".repeat(64);
const sidecarId = "e".repeat(64);

/** A bundle as compiled: its overlay's source and modes, and what its lock recorded. */
function compiled(
  source: { kind: "image" | "container"; ref: string },
  lock?: {
    imageId: string;
    images: string[];
    containers?: Record<string, { Id: string; Name: string }>;
    container?: { id: string; name: string };
  },
  modes: Record<string, string> = {},
): BundleCompilation {
  return {
    name: "b",
    dir: "bundles/b",
    overlayFile: "bundles/b/bundle.yaml",
    overlay: { settings: { source, ...modes } },
    ...(lock === undefined
      ? {}
      : {
          lock: {
            image: { id: lock.imageId },
            ...(lock.container ? { container: lock.container } : {}),
            inputs: {
              engine: {
                images: Object.fromEntries(lock.images.map((ref) => [ref, {}])),
                containers: lock.containers ?? {},
                files: {},
              },
            },
          },
        }),
    diagnostics: [],
  } as unknown as BundleCompilation;
}

function imageEvent(action: string, id: string, name = id): EngineEvent {
  return { type: "image", action, id, attributes: { name } };
}

function containerEvent(action: string, id: string, attributes: Record<string, string>) {
  return { type: "container", action, id, attributes } satisfies EngineEvent;
}

describe("engineReferences", () => {
  it("takes an image bundle's tag and id from its lock, and donors from its modes", () => {
    const bundle = compiled(
      { kind: "image", ref: "rbc.local/app:1" },
      {
        imageId: appId,
        images: ["rbc.local/app:1"],
        containers: { db: { Id: dbId, Name: "/db" } },
      },
      { network_mode: "container:db", ipc: "shareable" },
    );
    expect(engineReferences(bundle)).toEqual({
      imageNames: ["rbc.local/app:1"],
      imageIds: [appId],
      containerNames: ["db"],
      containerIds: [dbId],
    });
  });

  it("takes a container bundle's container, its image id and its donors by id", () => {
    const bundle = compiled(
      { kind: "container", ref: "web" },
      {
        imageId: appId,
        images: [appId],
        containers: {
          web: { Id: "c".repeat(64), Name: "/web" },
          [sidecarId]: { Id: sidecarId, Name: "/sidecar" },
        },
        container: { id: "c".repeat(64), name: "/web" },
      },
    );
    expect(engineReferences(bundle)).toEqual({
      imageNames: [],
      imageIds: [appId],
      containerNames: ["web", sidecarId, "sidecar"],
      containerIds: ["c".repeat(64), sidecarId],
    });
  });

  it("falls back on the overlay for a bundle that never resolved", () => {
    const bundle = compiled({ kind: "image", ref: "busybox" }, undefined, { pid: "container:x" });
    expect(engineReferences(bundle)).toEqual({
      imageNames: ["busybox:latest"],
      imageIds: [],
      containerNames: ["x"],
      containerIds: [],
    });
  });
});

describe("normalizeImageName", () => {
  it("gives names as the engine reports them in events", () => {
    expect(normalizeImageName("busybox")).toBe("busybox:latest");
    expect(normalizeImageName("docker.io/library/busybox:1")).toBe("busybox:1");
    expect(normalizeImageName("library/busybox")).toBe("busybox:latest");
    expect(normalizeImageName("docker.io/me/app")).toBe("me/app:latest");
    expect(normalizeImageName("localhost:5000/app")).toBe("localhost:5000/app:latest");
    expect(normalizeImageName(`app@sha256:${"f".repeat(64)}`)).toBe(`app@sha256:${"f".repeat(64)}`);
  });
});

describe("eventTargets", () => {
  const bundles = new Map<string, EngineReferences>([
    [
      "bundles/app",
      engineReferences(
        compiled(
          { kind: "image", ref: "rbc.local/app:1" },
          { imageId: appId, images: ["rbc.local/app:1"] },
        ),
      ),
    ],
    [
      "bundles/joined",
      engineReferences(
        compiled(
          { kind: "image", ref: "busybox" },
          { imageId: otherId, images: ["busybox"], containers: { db: { Id: dbId, Name: "/db" } } },
          { network_mode: "container:db" },
        ),
      ),
    ],
    ["bundles/waiting", engineReferences(compiled({ kind: "container", ref: "web" }))],
  ]);

  it("matches a tag by the name it moves, not by the image that got it", () => {
    expect(eventTargets(imageEvent("tag", otherId, "rbc.local/app:1"), bundles)).toEqual([
      "bundles/app",
    ]);
    expect(eventTargets(imageEvent("tag", appId, "rbc.local/app:2"), bundles)).toEqual([]);
    expect(eventTargets(imageEvent("tag", otherId, "busybox:latest"), bundles)).toEqual([
      "bundles/joined",
    ]);
  });

  it("matches untag and delete by the image id a bundle was built from", () => {
    expect(eventTargets(imageEvent("untag", appId), bundles)).toEqual(["bundles/app"]);
    expect(eventTargets(imageEvent("delete", otherId), bundles)).toEqual(["bundles/joined"]);
    expect(eventTargets(imageEvent("delete", `sha256:${"9".repeat(64)}`), bundles)).toEqual([]);
  });

  it("matches a loaded image by what the watched names resolve to now", () => {
    const loaded = imageEvent("load", `sha256:${"9".repeat(64)}`);
    expect(needsResolution(loaded)).toBe(true);
    expect(eventTargets(loaded, bundles)).toEqual([]);
    const resolved = new Map([["rbc.local/app:1", loaded.id]]);
    expect(eventTargets(loaded, bundles, resolved)).toEqual(["bundles/app"]);
    // Loading the image a bundle was built from again changes nothing.
    const reloaded = imageEvent("load", appId);
    expect(eventTargets(reloaded, bundles, new Map([["rbc.local/app:1", appId]]))).toEqual([]);
  });

  it("matches containers by name, former name and id, including donors", () => {
    expect(eventTargets(containerEvent("update", dbId, { name: "db" }), bundles)).toEqual([
      "bundles/joined",
    ]);
    const renamed = containerEvent("rename", "1".repeat(64), { name: "web", oldName: "/old" });
    expect(eventTargets(renamed, bundles)).toEqual(["bundles/waiting"]);
    const away = containerEvent("rename", dbId, { name: "db2", oldName: "/db" });
    expect(eventTargets(away, bundles)).toEqual(["bundles/joined"]);
    expect(
      eventTargets(containerEvent("create", "2".repeat(64), { name: "web" }), bundles),
    ).toEqual(["bundles/waiting"]);
    expect(eventTargets(containerEvent("destroy", "3".repeat(64), { name: "x" }), bundles)).toEqual(
      [],
    );
  });

  it("matches a container named by an id prefix", () => {
    const byId = new Map([
      ["bundles/c", engineReferences(compiled({ kind: "container", ref: dbId.slice(0, 12) }))],
    ]);
    expect(eventTargets(containerEvent("update", dbId, { name: "db" }), byId)).toEqual([
      "bundles/c",
    ]);
  });
});

describe("describeEvent", () => {
  it("names the tag, the container or the short image id", () => {
    expect(describeEvent(imageEvent("tag", appId, "rbc.local/app:1"))).toBe(
      "image rbc.local/app:1 tag",
    );
    expect(describeEvent(imageEvent("delete", appId))).toBe(`image ${"a".repeat(12)} delete`);
    expect(describeEvent(containerEvent("rename", dbId, { name: "db2", oldName: "/db" }))).toBe(
      "container db2 rename (was db)",
    );
  });
});
