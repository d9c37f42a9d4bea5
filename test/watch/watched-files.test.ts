import { describe, expect, it } from "vitest";
import type { BundleCompilation } from "../../src/compile.ts";
import { watchedFiles } from "../../src/watch/watched-files.ts";

describe("watchedFiles", () => {
  it("lists the overlay files read and the seccomp profiles named, relative to the bundle", () => {
    const bundle = {
      name: "web",
      dir: "bundles/web",
      overlayFile: "bundles/web/bundle.yaml",
      overlay: {
        files: ["bundles/web/bundle.yaml", "bundles/base.yaml"],
        settings: { security_opt: ["seccomp=profile.json", "no-new-privileges"] },
      },
      diagnostics: [],
    } as unknown as BundleCompilation;
    expect(watchedFiles(bundle)).toEqual([
      "bundles/web/bundle.yaml",
      "bundles/base.yaml",
      "bundles/web/profile.json",
    ]);
  });

  it("watches the overlay file alone when it could not be loaded", () => {
    const bundle = {
      name: "web",
      dir: "bundles/web",
      overlayFile: "bundles/web/bundle.yaml",
      diagnostics: [],
    } as unknown as BundleCompilation;
    expect(watchedFiles(bundle)).toEqual(["bundles/web/bundle.yaml"]);
  });
});
