import { describe, expect, it } from "vitest";
import { donorNames, lookUpDonors, withDonors } from "../../src/resolve/donors.ts";
import type { ContainerInspect, Engine } from "../../src/resolve/engine.ts";
import { containerState } from "../helpers/container-state.ts";
import { ContainerNotFoundError } from "../../src/errors/index.ts";

function inspectOf(name: string, id: string, hostname: string, domainname = ""): ContainerInspect {
  const base = containerState();
  return {
    Id: id,
    Name: name,
    Image: "sha256:0",
    Path: base.Path,
    Args: base.Args,
    Config: { ...base.Config, Hostname: hostname, Domainname: domainname },
    HostConfig: base.HostConfig,
    Mounts: [],
    Binds: [],
    MountRequests: [],
  };
}

/** An engine that knows a few containers by name and by id. */
function engineWith(containers: readonly ContainerInspect[]): Engine {
  const find = (ref: string) => containers.find((c) => c.Name === ref || c.Id === ref);
  return {
    endpoint: "fake://donors",
    inspectImage: () => Promise.reject(new Error("unused")),
    inspectContainer: (ref) => {
      const found = find(ref);
      return found ? Promise.resolve(found) : Promise.reject(new ContainerNotFoundError(ref));
    },
    lookUpUsers: () => Promise.reject(new Error("unused")),
    saveImage: () => Promise.reject(new Error("unused")),
    exportContainer: () => Promise.reject(new Error("unused")),
    events: () => Promise.reject(new Error("unused")),
  };
}

const dbId = `${"ab".repeat(6)}${"0".repeat(52)}`;

describe("donorNames", () => {
  it("lists each joined container once, network first", () => {
    const hc = containerState({
      hostConfig: { NetworkMode: "container:a", IpcMode: "container:b", PidMode: "container:a" },
    }).HostConfig;
    expect(donorNames(hc)).toEqual(["a", "b"]);
    expect(donorNames(containerState().HostConfig)).toEqual([]);
  });
});

describe("lookUpDonors", () => {
  it("keys donors by the reference and names a defaulted hostname after the container", async () => {
    const engine = engineWith([
      inspectOf("db", dbId, dbId.slice(0, 12)),
      inspectOf("cache", "c".repeat(64), "cachehost", "example.org"),
    ]);
    const donors = await lookUpDonors([dbId, "cache"], engine);
    expect(Object.fromEntries(donors)).toEqual({
      [dbId]: { Name: "db", Hostname: "db", Domainname: "" },
      cache: { Name: "cache", Hostname: "cachehost", Domainname: "example.org" },
    });
  });

  it("fails for a missing donor as for a missing container", async () => {
    await expect(lookUpDonors(["nope"], engineWith([]))).rejects.toBeInstanceOf(
      ContainerNotFoundError,
    );
  });
});

describe("withDonors", () => {
  const db = { Name: "db", Hostname: "dbhost", Domainname: "example.org" };

  it("takes the network donor's hostname and domain name, as Docker does at start", () => {
    const state = withDonors(
      containerState({ hostConfig: { NetworkMode: "container:db" } }),
      new Map([["db", db]]),
    );
    expect(state.Donors).toEqual({ db });
    expect(state.Config).toMatchObject({ Hostname: "dbhost", Domainname: "example.org" });
  });

  it("keeps the hostname for IPC and PID donors", () => {
    const state = withDonors(
      containerState({ hostConfig: { IpcMode: "container:db", PidMode: "container:db" } }),
      new Map([["db", db]]),
    );
    expect(state.Donors).toEqual({ db });
    expect(state.Config.Hostname).toBe("web");
  });

  it("drops donors no mode joins any more", () => {
    const state = withDonors({ ...containerState(), Donors: { db } }, new Map());
    expect(state.Donors).toBeUndefined();
  });
});
