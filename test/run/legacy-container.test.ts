import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  foreignHolder,
  legacyContainer,
  restartDetached,
  type ContainerState,
  type Runc,
  type RunBundle,
} from "../../src/run/index.ts";

const dir = "/srv/infra/bundles/web";

/** A bundle of `dir` whose config.json gives it the id `rbc-web-0123abcd`. */
const bundle: RunBundle = {
  dir,
  id: "rbc-web-0123abcd",
  rootfs: `${dir}/.rootfs/rootfs`,
  rootfsPresent: true,
  terminal: false,
  stopSignal: "TERM",
  stopTimeout: 10,
  networkHook: { name: "rbc-web-0123abcd", network: "none", publish: [] },
  bindDirs: [],
  joins: [],
};

/** A runc that knows the given containers (by id) and records what rbc asks of it. */
function runcWith(containers: readonly Omit<ContainerState, "annotations">[]): {
  runc: Runc;
  calls: string[];
} {
  const calls: string[] = [];
  const known = new Map(containers.map((c) => [c.id, { ...c, annotations: {} }]));
  const runc: Runc = {
    run: () => Promise.resolve(0),
    runDetached: (_dir, id) => {
      calls.push(`run ${id}`);
      return Promise.resolve();
    },
    state: (id) => Promise.resolve(known.get(id)),
    kill: (id, signal) => {
      calls.push(`kill ${signal} ${id}`);
      const state = known.get(id);
      if (state !== undefined) known.set(id, { ...state, status: "stopped" });
      return Promise.resolve();
    },
    delete: (id) => {
      calls.push(`delete ${id}`);
      known.delete(id);
      return Promise.resolve();
    },
    list: () => Promise.resolve([...known.values()]),
  };
  return { runc, calls };
}

const running = (id: string, from: string) => ({ id, status: "running", pid: 0, bundle: from });

describe("legacyContainer", () => {
  it("finds what an older rbc started from this directory as rbc-<name>, with its state's name", async () => {
    const { runc } = runcWith([running("rbc-web", dir)]);
    expect(await legacyContainer(runc, bundle)).toEqual({
      ...bundle,
      id: "rbc-web",
      networkHook: { name: "web", network: "none", publish: [] },
    });
  });

  it("leaves another directory's rbc-<name> alone (another repository's bundles/web)", async () => {
    const { runc } = runcWith([running("rbc-web", "/srv/other/bundles/web")]);
    expect(await legacyContainer(runc, bundle)).toBeUndefined();
  });

  it("with live, takes a stopped one for none", async () => {
    const { runc } = runcWith([{ ...running("rbc-web", dir), status: "stopped" }]);
    expect(await legacyContainer(runc, bundle, { live: true })).toBeUndefined();
    expect((await legacyContainer(runc, bundle))?.id).toBe("rbc-web");
  });

  it("is none for a bundle that still runs as rbc-<name> (built by the older rbc)", async () => {
    const { runc } = runcWith([running("rbc-web", dir)]);
    expect(await legacyContainer(runc, { ...bundle, id: "rbc-web" })).toBeUndefined();
  });
});

describe("foreignHolder", () => {
  it("names the directory of another bundle whose container holds the id", async () => {
    const { runc } = runcWith([running(bundle.id, "/home/me/clone/bundles/web")]);
    expect(await foreignHolder(runc, bundle)).toBe("/home/me/clone/bundles/web");
  });

  it("is none when the id's container runs from this directory, or there is none", async () => {
    expect(await foreignHolder(runcWith([running(bundle.id, dir)]).runc, bundle)).toBeUndefined();
    expect(await foreignHolder(runcWith([]).runc, bundle)).toBeUndefined();
  });
});

describe("restartDetached across a change of id", () => {
  it("stops and deletes the old container as rbc stop does, then starts the new id", async () => {
    const own = join(await mkdtemp(join(tmpdir(), "rbc-legacy-")), "web");
    await mkdir(own);
    // A config.json with nothing for run time to fill in: runc runs the bundle's own directory.
    await writeFile(join(own, "config.json"), JSON.stringify({ ociVersion: "1.2.0" }));
    const next = { ...bundle, dir: own, networkHook: undefined };
    const { runc, calls } = runcWith([running("rbc-web", own)]);
    const legacy = await legacyContainer(runc, next);
    expect(legacy?.id).toBe("rbc-web");
    if (legacy !== undefined) await restartDetached(runc, legacy, next);
    expect(calls).toEqual([
      "kill TERM rbc-web",
      "delete rbc-web",
      // What a killed runc create of the new id may have left.
      "delete rbc-web-0123abcd",
      "run rbc-web-0123abcd",
    ]);
  });
});
