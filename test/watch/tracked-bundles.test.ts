import { basename, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { BundleCompilation } from "../../src/compile.ts";
import { trackedBundles } from "../../src/watch/tracked-bundles.ts";
import type { Trigger } from "../../src/watch/trigger.ts";

/** A bundle whose overlay read `files` and names image `ref`; without files, one that did not load. */
function bundle(dir: string, files?: string[], ref = "busybox"): BundleCompilation {
  return {
    name: basename(dir),
    dir,
    overlayFile: `${dir}/bundle.yaml`,
    ...(files === undefined
      ? {}
      : { overlay: { files, settings: { source: { kind: "image", ref } } } }),
    diagnostics: [],
  } as unknown as BundleCompilation;
}

const changed = (path: string): Trigger => ({ kind: "file", path: resolve(path) });

describe("trackedBundles", () => {
  it("returns the files a bundle read, made absolute, and records the images it names", () => {
    const tracking = trackedBundles();
    const files = tracking.track(bundle("bundles/web", ["bundles/web/bundle.yaml", "base.yaml"]));
    expect(files).toEqual([resolve("bundles/web/bundle.yaml"), resolve("base.yaml")]);
    expect(tracking.references().get("bundles/web")?.imageNames).toEqual(["busybox:latest"]);
  });

  it("matches file triggers by the files a bundle read and engine triggers by its directory", () => {
    const tracking = trackedBundles();
    tracking.track(bundle("bundles/a", ["bundles/a/bundle.yaml", "base.yaml"]));
    tracking.track(bundle("bundles/b", ["bundles/b/bundle.yaml", "base.yaml"]));
    tracking.track(bundle("bundles/c", ["bundles/c/bundle.yaml"]));
    const base = changed("base.yaml");
    const engine: Trigger = { kind: "engine", dir: "bundles/b", label: "engine: image x tag" };
    expect(tracking.concerned([engine, base, changed("other.yaml")])).toEqual(
      new Map([
        ["bundles/a", [base]],
        ["bundles/b", [engine, base]],
      ]),
    );
  });

  it("keeps the order bundles were first tracked in when they are tracked again", () => {
    const tracking = trackedBundles();
    tracking.track(bundle("bundles/a", ["base.yaml"]));
    tracking.track(bundle("bundles/b", ["base.yaml"]));
    tracking.track(bundle("bundles/a", ["base.yaml"]));
    expect([...tracking.concerned([changed("base.yaml")]).keys()]).toEqual([
      "bundles/a",
      "bundles/b",
    ]);
  });

  it("replaces what a bundle read when it compiles again", () => {
    const tracking = trackedBundles();
    tracking.track(bundle("bundles/a", ["bundles/a/bundle.yaml", "old-base.yaml"], "app:1"));
    tracking.track(bundle("bundles/a", ["bundles/a/bundle.yaml", "new-base.yaml"], "app:2"));
    expect(tracking.concerned([changed("old-base.yaml")]).size).toBe(0);
    expect(tracking.concerned([changed("new-base.yaml")]).has("bundles/a")).toBe(true);
    expect(tracking.references().get("bundles/a")?.imageNames).toEqual(["app:2"]);
  });

  it("keeps the bases and engine references of an overlay that no longer loads", () => {
    const tracking = trackedBundles();
    tracking.track(bundle("bundles/a", ["bundles/a/bundle.yaml", "base.yaml"], "app:1"));
    expect(tracking.track(bundle("bundles/a"))).toEqual([resolve("bundles/a/bundle.yaml")]);
    expect(tracking.concerned([changed("base.yaml")]).has("bundles/a")).toBe(true);
    expect(tracking.references().get("bundles/a")?.imageNames).toEqual(["app:1"]);
  });

  it("tracks a bundle that never loaded by its overlay file alone", () => {
    const tracking = trackedBundles();
    tracking.track(bundle("bundles/a"));
    expect(tracking.concerned([changed("bundles/a/bundle.yaml")]).has("bundles/a")).toBe(true);
    expect(tracking.references().get("bundles/a")).toEqual({
      imageNames: [],
      imageIds: [],
      containerNames: [],
      containerIds: [],
    });
  });
});
