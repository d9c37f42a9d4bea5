import { describe, expect, it } from "vitest";
import { deployEquivalents } from "../../src/overlay/deploy-equivalents.ts";

describe("deployEquivalents", () => {
  it("maps deploy.resources limits and the memory reservation to service keys", () => {
    const deploy = {
      replicas: 3,
      resources: {
        limits: { cpus: 1.5, memory: "1g", pids: 64 },
        reservations: { cpus: "0.25", memory: "256m" },
      },
    };
    expect(deployEquivalents(deploy)).toEqual([
      "mem_limit: 1g",
      "cpus: 1.5",
      "pids_limit: 64",
      "mem_reservation: 256m",
    ]);
  });

  it("names only what the section sets, and nothing for other forms", () => {
    expect(deployEquivalents({ resources: { limits: { memory: "50M" } } })).toEqual([
      "mem_limit: 50M",
    ]);
    expect(deployEquivalents({ replicas: 2 })).toEqual([]);
    expect(deployEquivalents("deploy")).toEqual([]);
    expect(deployEquivalents({ resources: { limits: [{ memory: "1g" }] } })).toEqual([]);
    expect(deployEquivalents({ resources: { limits: { memory: { x: 1 } } } })).toEqual([]);
  });
});
