import { describe, expect, it } from "vitest";
import { buildCpu, buildMemory, buildResources } from "../../src/spec/resources.ts";
import { containerState } from "../helpers/container-state.ts";
import { docker2010v1, docker261v1, docker261v2 } from "../helpers/targets.ts";

// Expected values are Docker 20.10.24's: config.json captured with `docker run --runtime
// rbc-capture` for the flags each test names, HostConfig as `docker inspect` showed it.
const hostConfig = (overrides: Parameters<typeof containerState>[0] = {}) =>
  containerState(overrides).HostConfig;

describe("buildMemory", () => {
  it("writes only disableOOMKiller by default", () => {
    expect(
      buildMemory(hostConfig({ hostConfig: { OomKillDisable: false } }), docker2010v1),
    ).toEqual({
      disableOOMKiller: false,
    });
  });

  it("maps -m 64m --memory-reservation 32m --memory-swappiness 10 --oom-kill-disable", () => {
    const hc = hostConfig({
      hostConfig: {
        Memory: 67108864,
        MemoryReservation: 33554432,
        MemorySwap: 134217728,
        MemorySwappiness: 10,
        OomKillDisable: true,
      },
    });
    const memory = buildMemory(hc, docker2010v1);
    expect(memory).toEqual({
      limit: 67108864,
      reservation: 33554432,
      swap: 134217728,
      swappiness: 10,
      disableOOMKiller: true,
    });
    expect(Object.keys(memory)).toEqual([
      "limit",
      "reservation",
      "swap",
      "swappiness",
      "disableOOMKiller",
    ]);
  });

  it("leaves out an unlimited swap (--memory-swap -1)", () => {
    const hc = hostConfig({ hostConfig: { Memory: 67108864, MemorySwap: -1 } });
    expect(buildMemory(hc, docker2010v1)).toEqual({ limit: 67108864, disableOOMKiller: false });
  });

  it("keeps a swappiness of 0 and drops an unset one", () => {
    expect(
      buildMemory(hostConfig({ hostConfig: { MemorySwappiness: 0 } }), docker2010v1).swappiness,
    ).toBe(0);
    expect(
      buildMemory(hostConfig({ hostConfig: { MemorySwappiness: null } }), docker2010v1),
    ).not.toHaveProperty("swappiness");
  });
});

describe("buildCpu", () => {
  it("writes shares 0 by default", () => {
    expect(buildCpu(hostConfig(), docker2010v1)).toEqual({ shares: 0 });
  });

  it("turns --cpus 1.5 into quota 150000 over period 100000", () => {
    const cpu = buildCpu(hostConfig({ hostConfig: { NanoCpus: 1500000000 } }), docker2010v1);
    expect(cpu).toEqual({ shares: 0, quota: 150000, period: 100000 });
    expect(Object.keys(cpu)).toEqual(["shares", "quota", "period"]);
  });

  it("maps --cpu-period 50000 --cpu-quota 25000", () => {
    const hc = hostConfig({ hostConfig: { CpuPeriod: 50000, CpuQuota: 25000 } });
    expect(buildCpu(hc, docker2010v1)).toEqual({ shares: 0, quota: 25000, period: 50000 });
  });

  it("maps --cpu-shares 512 --cpuset-cpus 0 --cpuset-mems 0", () => {
    const hc = hostConfig({ hostConfig: { CpuShares: 512, CpusetCpus: "0", CpusetMems: "0" } });
    expect(buildCpu(hc, docker2010v1)).toEqual({ shares: 512, cpus: "0", mems: "0" });
  });
});

describe("buildResources", () => {
  it("orders devices, memory, cpu, pids, blockIO and adds pids for --pids-limit 100", () => {
    const resources = buildResources(
      hostConfig({ hostConfig: { PidsLimit: 100 } }),
      [],
      { weight: 0 },
      docker2010v1,
    );
    expect(Object.keys(resources)).toEqual(["devices", "memory", "cpu", "pids", "blockIO"]);
    expect(resources.pids).toEqual({ limit: 100 });
  });

  it("leaves pids out for --pids-limit -1", () => {
    const resources = buildResources(
      hostConfig({ hostConfig: { PidsLimit: null } }),
      [],
      { weight: 0 },
      docker2010v1,
    );
    expect(resources).not.toHaveProperty("pids");
  });
});

// Docker 26.1.5 captures on cgroup v1 (26.1-v1) for the flags each test names; the v2 shapes are
// the 26.1-v2 engine's where it kept the setting, moby's getMemoryResources/getCPUResources and
// verifyPlatformContainerResources where it had no controller to keep it.
describe("buildResources for Docker 26.1", () => {
  // As create leaves them: adaptContainerSettings stores OomKillDisable false.
  const defaults = hostConfig({ hostConfig: { OomKillDisable: false } });

  it("writes only the OOM-killer switch and an empty blockIO by default on cgroup v1", () => {
    const resources = buildResources(defaults, [], {}, docker261v1);
    expect(resources).toEqual({ devices: [], memory: { disableOOMKiller: false }, blockIO: {} });
  });

  it("writes no memory and no cpu by default on cgroup v2", () => {
    expect(buildResources(defaults, [], {}, docker261v2)).toEqual({ devices: [], blockIO: {} });
  });

  it("writes cpu only with a setting, and shares only when positive (--cpu-shares 512)", () => {
    const cpu = (hc: Parameters<typeof hostConfig>[0]) =>
      buildResources(hostConfig(hc), [], {}, docker261v1).cpu;
    expect(cpu({ hostConfig: { CpuShares: 512 } })).toEqual({ shares: 512 });
    expect(cpu({ hostConfig: { CpuShares: 0, CpusetCpus: "0" } })).toEqual({ cpus: "0" });
    expect(cpu({ hostConfig: { CpuShares: 0 } })).toBeUndefined();
  });

  it("maps every resource limit together (--memory 256m ... --cpus 0.5 --pids-limit 64)", () => {
    const hc = hostConfig({
      hostConfig: {
        Memory: 268435456,
        MemoryReservation: 134217728,
        MemorySwap: 536870912,
        MemorySwappiness: 60,
        CpuShares: 2048,
        NanoCpus: 500000000,
        CpusetCpus: "0",
        PidsLimit: 64,
        OomKillDisable: false,
      },
    });
    const resources = buildResources(hc, [], {}, docker261v1);
    expect(resources).toEqual({
      devices: [],
      memory: {
        limit: 268435456,
        reservation: 134217728,
        swap: 536870912,
        swappiness: 60,
        disableOOMKiller: false,
      },
      cpu: { shares: 2048, quota: 50000, period: 100000, cpus: "0" },
      pids: { limit: 64 },
      blockIO: {},
    });
  });

  it("keeps limits on cgroup v2 but never the OOM-killer switch or swappiness", () => {
    const hc = hostConfig({
      hostConfig: {
        Memory: 67108864,
        MemorySwap: 134217728,
        MemorySwappiness: 10,
        OomKillDisable: true,
        CpuShares: 512,
        PidsLimit: 10,
      },
    });
    const resources = buildResources(hc, [], {}, docker261v2);
    expect(resources.memory).toEqual({ limit: 67108864, swap: 134217728 });
    expect(resources.cpu).toEqual({ shares: 512 });
    expect(resources.pids).toEqual({ limit: 10 });
  });

  it("leaves out an OOM-killer switch a container never had (created on cgroup v2)", () => {
    const hc = hostConfig({ hostConfig: { OomKillDisable: null } });
    expect(buildResources(hc, [], {}, docker261v1)).not.toHaveProperty("memory");
    expect(buildMemory(hc, docker2010v1)).toEqual({ disableOOMKiller: false });
  });

  it("writes --oom-kill-disable on cgroup v1", () => {
    const hc = hostConfig({
      hostConfig: { Memory: 33554432, MemorySwap: 67108864, OomKillDisable: true },
    });
    expect(buildMemory(hc, docker261v1)).toEqual({
      limit: 33554432,
      swap: 67108864,
      disableOOMKiller: true,
    });
  });
});

describe("buildResources for Docker 20.10 on cgroup v2", () => {
  it("keeps memory and cpu objects, without the OOM-killer switch", () => {
    const target = { docker: "20.10", cgroup: "v2" } as const;
    expect(buildResources(hostConfig(), [], { weight: 0 }, target)).toEqual({
      devices: [],
      memory: {},
      cpu: { shares: 0 },
      blockIO: { weight: 0 },
    });
  });
});
