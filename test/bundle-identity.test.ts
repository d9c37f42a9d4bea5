import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { identifyBundle, withJoinedBundles } from "../src/bundle-identity.ts";
import { containerState } from "./helpers/container-state.ts";
import { gitRepository } from "./helpers/git-repository.ts";

const donor = (name: string) => ({ Name: name, Hostname: name, Domainname: "" });

describe("withJoinedBundles", () => {
  it("gives a donor that names a bundle beside this one that bundle's container id", async () => {
    const root = await gitRepository({
      "bundles/web/bundle.yaml": "image: busybox\nnetwork_mode: container:db\n",
      "bundles/db/bundle.yaml": "image: busybox\n",
      "bundles/cache/bundle.yaml": "image: busybox\ncontainer_name: shared-cache\n",
    });
    const web = join(root, "bundles", "web");
    const state = {
      ...containerState({ hostConfig: { NetworkMode: "container:db" } }),
      Donors: { db: donor("db"), c: donor("cache"), other: donor("postgres") },
    };
    const joined = await withJoinedBundles(web, state);
    const db = await identifyBundle(join(root, "bundles", "db"), undefined);
    expect(joined.Donors).toEqual({
      db: { ...donor("db"), BundleId: db.containerId },
      c: { ...donor("cache"), BundleId: "shared-cache" },
      // No bundle directory of that name: the name is the id (a bundle's container_name).
      other: donor("postgres"),
    });
    expect(db.containerId).toMatch(/^rbc-db-[0-9a-f]{8}$/);
  });

  it("leaves a state without donors as it is", async () => {
    const root = await gitRepository({ "bundles/web/bundle.yaml": "image: busybox\n" });
    const state = containerState();
    expect(await withJoinedBundles(join(root, "bundles", "web"), state)).toBe(state);
  });
});
