import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { containerFromInspect } from "../../src/resolve/container-from-inspect.ts";
import { connectDocker } from "../../src/resolve/docker.ts";
import { donorFromInspect, donorNames, lookUpDonors } from "../../src/resolve/donors.ts";
import type { ContainerInspect } from "../../src/resolve/engine.ts";
import { toContainerInspect } from "../../src/resolve/inspect-json.ts";
import type { ContainerState } from "../../src/spec/container-state.ts";
import {
  createContainer,
  inspectContainer,
  removeContainer,
  runDocker,
} from "../support/docker.ts";
import {
  containerFixtures,
  containerFixturesDir,
  donorFixture,
  fixtureVolume,
  fullFixture,
  joinedFixture,
} from "./container-fixtures.ts";
import { ContainerNotFoundError } from "../../src/errors/index.ts";

/**
 * The recorded inspect fixtures (test/fixtures/docker/containers) are what this engine answers for
 * the same `docker create` flags, up to ids and host-specific values, so the unit tests that map
 * them test real data. RBC_RECORD_CONTAINERS=1 re-records them.
 */
describe("container source on the engine", () => {
  const engine = connectDocker();
  const record = process.env.RBC_RECORD_CONTAINERS === "1";

  const removeAll = async (): Promise<void> => {
    for (const { name } of [...containerFixtures].reverse()) await removeContainer(name);
    await runDocker(["volume", "rm", "--force", fixtureVolume]);
  };

  beforeAll(async () => {
    await removeAll();
    for (const fixture of containerFixtures) {
      await createContainer(["--name", fixture.name, ...fixture.args]);
      if (record) {
        const raw = await inspectContainer(fixture.name);
        const file = join(containerFixturesDir, `${fixture.name}.json`);
        await writeFile(file, `${JSON.stringify(raw, null, 2)}\n`);
      }
    }
  });
  afterAll(removeAll);

  const recorded = async (name: string): Promise<ContainerInspect> =>
    toContainerInspect(
      JSON.parse(await readFile(join(containerFixturesDir, `${name}.json`), "utf8")) as unknown,
    );

  /** The container state from inspect data, its donors looked up from `donors`. */
  const mapped = (
    inspect: ContainerInspect,
    donors: readonly ContainerInspect[],
  ): ContainerState => {
    return containerFromInspect(
      inspect,
      "web",
      new Map(donors.map((d) => [d.Id, donorFromInspect(d)])),
    );
  };

  /** Drops what this engine rewrites by the kernel's support (blkio weights without blkio.weight). */
  const portable = (state: ContainerState): unknown => {
    const hostConfig = {
      ...state.HostConfig,
      BlkioWeight: undefined,
      BlkioWeightDevice: undefined,
    };
    return { ...state, HostConfig: hostConfig };
  };

  it("maps every setting of a fresh container as it maps the recorded one", async () => {
    const fresh = await engine.inspectContainer(fullFixture.name);
    expect(portable(mapped(fresh, []))).toEqual(
      portable(mapped(await recorded(fullFixture.name), [])),
    );
  });

  it("names the donors of a fresh joined container as in the recording", async () => {
    const fresh = await engine.inspectContainer(joinedFixture.name);
    const donors = await lookUpDonors(donorNames(fresh.HostConfig), engine);
    const state = containerFromInspect(fresh, "web", donors);
    const recordedDonor = await recorded(donorFixture.name);
    expect(state).toEqual(mapped(await recorded(joinedFixture.name), [recordedDonor]));
    expect(state.HostConfig.NetworkMode).toBe(`container:${donorFixture.name}`);
  });

  it("reports a missing donor as a missing container", async () => {
    await expect(lookUpDonors(["rbc-fixture-nope"], engine)).rejects.toBeInstanceOf(
      ContainerNotFoundError,
    );
  });
});
