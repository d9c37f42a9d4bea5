import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { bundleFile, bundleLocation, bundleNameProblem } from "../src/bundle-location.ts";

describe("bundleLocation", () => {
  it("names a bundle after its directory, with or without a trailing slash", () => {
    expect(bundleLocation("bundles/web")).toEqual({
      dir: "bundles/web",
      name: "web",
      overlayFile: "bundles/web/bundle.yaml",
    });
    expect(bundleLocation("bundles/web/")).toEqual({
      dir: "bundles/web/",
      name: "web",
      overlayFile: "bundles/web/bundle.yaml",
    });
  });

  it("names `.` after the working directory, as the container and its hostname are", () => {
    expect(bundleLocation(".")).toEqual({
      dir: ".",
      name: basename(process.cwd()),
      overlayFile: "bundle.yaml",
    });
  });

  it("keeps paths relative and normalized, as messages show them", () => {
    expect(bundleLocation("./bundles//web").overlayFile).toBe("bundles/web/bundle.yaml");
    expect(bundleFile("/srv/bundles/web/", "bundle.lock")).toBe("/srv/bundles/web/bundle.lock");
  });
});

describe("bundleNameProblem", () => {
  it("takes Docker's container names and refuses what would break the id, hostname or cgroup", () => {
    for (const name of ["web", "web-1", "api_v2", "a.b", "9lives"]) {
      expect(bundleNameProblem(name), name).toBeUndefined();
    }
    for (const name of ["my web", "my\nweb", ".hidden", "-x", "wéb", ""]) {
      expect(bundleNameProblem(name), name).toMatch(/cannot name a container/);
    }
  });
});
