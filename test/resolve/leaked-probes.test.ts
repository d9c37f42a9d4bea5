import { describe, expect, it } from "vitest";
import { leakedProbes, toListedProbes } from "../../src/resolve/leaked-probes.ts";
import type { ListedProbe } from "../../src/resolve/leaked-probes.ts";
import { probeLabels } from "../../src/resolve/probe-owner.ts";
import type { ProbeOwner } from "../../src/resolve/probe-owner.ts";

const NOW = 1_800_000_000;
const HOUR = 3600;

const self: ProbeOwner = {
  host: "ci-runner-1",
  bootId: "b0b0",
  pidNamespace: "pid:[4026531836]",
  pid: 100,
  startTicks: "5000",
};

/** Processes that run, as pid → start ticks. */
const running = new Map([
  [100, "5000"],
  [200, "6000"],
]);

function probe(id: string, owner: Partial<ProbeOwner> | undefined, age = 60): ListedProbe {
  const labels =
    owner === undefined ? { "dev.rbc.probe": "true" } : probeLabels({ ...self, ...owner });
  return { id, created: NOW - age, labels };
}

function leaked(probes: readonly ListedProbe[]): string[] {
  return leakedProbes(probes, {
    self,
    nowSeconds: NOW,
    maxAgeSeconds: HOUR,
    runs: (pid, start) => running.get(pid) === start,
  });
}

describe("leakedProbes", () => {
  it("keeps the probes of processes that run here, this one included", () => {
    expect(leaked([probe("mine", {}), probe("other", { pid: 200, startTicks: "6000" })])).toEqual(
      [],
    );
  });

  it("removes the probes of processes that run here no more, a reused pid included", () => {
    const probes = [probe("gone", { pid: 300 }), probe("reused", { pid: 200, startTicks: "1" })];
    expect(leaked(probes)).toEqual(["gone", "reused"]);
  });

  it("keeps a young probe whose creator it cannot look up: elsewhere, or an older rbc", () => {
    const probes = [
      probe("other-host", { host: "ci-runner-2", pid: 300 }),
      probe("other-boot", { bootId: "c0c0", pid: 300 }),
      probe("other-container", { pidNamespace: "pid:[4026532000]", pid: 300 }),
      probe("unknown-namespace", { pidNamespace: "", pid: 300 }),
      probe("unknown-start", { startTicks: "", pid: 300 }),
      probe("older-rbc", undefined),
    ];
    expect(leaked(probes)).toEqual([]);
  });

  it("removes any probe older than the age limit, whoever made it", () => {
    const probes = [
      probe("old-elsewhere", { host: "ci-runner-2" }, HOUR + 1),
      probe("old-rbc", undefined, HOUR + 1),
      probe("young-elsewhere", { host: "ci-runner-2" }, HOUR - 1),
    ];
    expect(leaked(probes)).toEqual(["old-elsewhere", "old-rbc"]);
  });
});

describe("toListedProbes", () => {
  it("reads id, creation time and labels, and skips entries of another shape", () => {
    const json = [
      { Id: "a", Created: 5, Labels: { "dev.rbc.probe": "true" } },
      { Id: "b", Created: 6, Labels: null },
      { Id: 7, Created: 6 },
      null,
      "c",
    ];
    expect(toListedProbes(json)).toEqual([
      { id: "a", created: 5, labels: { "dev.rbc.probe": "true" } },
      { id: "b", created: 6, labels: {} },
    ]);
    expect(toListedProbes({ message: "server error" })).toEqual([]);
  });
});
