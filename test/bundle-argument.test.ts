import { describe, expect, it } from "vitest";
import {
  bundleArgumentCandidates,
  nameNotFound,
  newBundleDir,
  parseBundleArgument,
} from "../src/bundle-argument.ts";

describe("parseBundleArgument", () => {
  it("takes a path to a bundle.yaml as its directory", () => {
    expect(parseBundleArgument("bundles/web/bundle.yaml")).toEqual({
      kind: "overlay-file",
      given: "bundles/web/bundle.yaml",
      dir: "bundles/web",
    });
    expect(parseBundleArgument("bundle.yaml")).toMatchObject({ kind: "overlay-file", dir: "." });
    expect(parseBundleArgument("/srv/web/bundle.yaml")).toMatchObject({ dir: "/srv/web" });
  });

  it("tries a bare name here, then in bundles/", () => {
    const web = parseBundleArgument("web");
    expect(web).toEqual({ kind: "name", given: "web", candidates: ["web", "bundles/web"] });
    expect(bundleArgumentCandidates(web)).toEqual(["web", "bundles/web"]);
    expect(bundleArgumentCandidates(parseBundleArgument("web.v2"))).toEqual([
      "web.v2",
      "bundles/web.v2",
    ]);
  });

  it("takes anything with a slash, and . and .., as a path", () => {
    for (const given of ["bundles/web", "web/", "./web", "/srv/web", ".", ".."]) {
      const argument = parseBundleArgument(given);
      expect(argument).toEqual({ kind: "path", given, dir: given });
      expect(bundleArgumentCandidates(argument)).toEqual([given]);
    }
  });
});

describe("newBundleDir", () => {
  it("takes a bare name as bundles/NAME, a bundle.yaml as its directory, other paths as given", () => {
    expect(newBundleDir("web")).toBe("bundles/web");
    expect(newBundleDir("bundles/x/bundle.yaml")).toBe("bundles/x");
    expect(newBundleDir("bundle.yaml")).toBe(".");
    expect(newBundleDir("./web")).toBe("./web");
    expect(newBundleDir("bundles/web")).toBe("bundles/web");
    expect(newBundleDir(".")).toBe(".");
  });
});

describe("nameNotFound", () => {
  it("lists the overlay files looked for, relative to the working directory", () => {
    expect(nameNotFound("web", ["web", "bundles/web"], false)).toBe(
      'no bundle "web": looked for ./web/bundle.yaml and ./bundles/web/bundle.yaml',
    );
    expect(nameNotFound("web", ["web", "bundles/web"], true)).toBe(
      'no bundle "web": looked for ./web/bundle.yaml, ./web/*/bundle.yaml, ./bundles/web/bundle.yaml and ./bundles/web/*/bundle.yaml',
    );
  });
});
