import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { bundleContainerId, CONTAINER_ID_PREFIX } from "../../src/identity/index.ts";

const root = "8d272121bf4c4420b9a10188950f9e0c12974f61";

describe("bundleContainerId", () => {
  it("is rbc-<name>-<the first 8 hex digits of sha256(repository:path)>", () => {
    const hex = createHash("sha256").update(`${root}:bundles/web`).digest("hex").slice(0, 8);
    const id = bundleContainerId("web", { repository: root, path: "bundles/web" });
    expect(id).toBe(`rbc-web-${hex}`);
    expect(id).toMatch(/^rbc-web-[0-9a-f]{8}$/);
    expect(id.startsWith(CONTAINER_ID_PREFIX)).toBe(true);
  });

  it("is the same for the same repository and path, wherever it is computed", () => {
    const place = { repository: root, path: "bundles/web" };
    expect(bundleContainerId("web", place)).toBe(bundleContainerId("web", { ...place }));
  });

  it("sets apart the same name in two repositories, and in two folders of one", () => {
    const ids = new Set([
      bundleContainerId("web", { repository: root, path: "bundles/web" }),
      bundleContainerId("web", { repository: "f".repeat(40), path: "bundles/web" }),
      bundleContainerId("web", { repository: root, path: "staging/web" }),
      bundleContainerId("web", { repository: "", path: "/srv/infra/bundles/web" }),
    ]);
    expect(ids.size).toBe(4);
  });

  it("makes ids runc accepts ([\\w+.-]) from every valid bundle name", () => {
    for (const name of ["web", "a", "my_app.v2", "A-1"]) {
      expect(bundleContainerId(name, { repository: root, path: name })).toMatch(/^[\w+.-]+$/);
    }
  });
});
