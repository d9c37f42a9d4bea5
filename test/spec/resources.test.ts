import { describe, expect, it } from "vitest";
import { buildCpu, buildMemory, buildResources } from "../../src/spec/resources.ts";
import { containerState } from "../helpers/container-state.ts";

// Expected values are Docker 20.10.24's: config.json captured with `docker run --runtime
// rbc-capture` for the flags each test names, HostConfig as `docker inspect` showed it.
const hostConfig = (overrides: Parameters<typeof containerState>[0] = {}) =>
  containerState(overrides).HostConfig;

describe("buildMemory", () => {
  it("writes only disableOOMKiller by default", () => {
    expect(buildMemory(hostConfig({ hostConfig: { OomKillDisable: false } }))).toEqual({
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
    const memory = buildMemory(hc);
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
    expect(buildMemory(hc)).toEqual({ limit: 67108864, disableOOMKiller: false });
  });

  it("keeps a swappiness of 0 and drops an unset one", () => {
    expect(buildMemory(hostConfig({ hostConfig: { MemorySwappiness: 0 } })).swappiness).toBe(0);
    expect(buildMemory(hostConfig({ hostConfig: { MemorySwappiness: null } }))).not.toHaveProperty(
      "swappiness",
    );
  });
});

describe("buildCpu", () => {
  it("writes shares 0 by default", () => {
    expect(buildCpu(hostConfig())).toEqual({ shares: 0 });
  });

  it("turns --cpus 1.5 into quota 150000 over period 100000", () => {
    const cpu = buildCpu(hostConfig({ hostConfig: { NanoCpus: 1500000000 } }));
    expect(cpu).toEqual({ shares: 0, quota: 150000, period: 100000 });
    expect(Object.keys(cpu)).toEqual(["shares", "quota", "period"]);
  });

  it("maps --cpu-period 50000 --cpu-quota 25000", () => {
    const hc = hostConfig({ hostConfig: { CpuPeriod: 50000, CpuQuota: 25000 } });
    expect(buildCpu(hc)).toEqual({ shares: 0, quota: 25000, period: 50000 });
  });

  it("maps --cpu-shares 512 --cpuset-cpus 0 --cpuset-mems 0", () => {
    const hc = hostConfig({ hostConfig: { CpuShares: 512, CpusetCpus: "0", CpusetMems: "0" } });
    expect(buildCpu(hc)).toEqual({ shares: 512, cpus: "0", mems: "0" });
  });
});

describe("buildResources", () => {
  it("orders devices, memory, cpu, pids, blockIO and adds pids for --pids-limit 100", () => {
    const resources = buildResources(hostConfig({ hostConfig: { PidsLimit: 100 } }), [], {
      weight: 0,
    });
    expect(Object.keys(resources)).toEqual(["devices", "memory", "cpu", "pids", "blockIO"]);
    expect(resources.pids).toEqual({ limit: 100 });
  });

  it("leaves pids out for --pids-limit -1", () => {
    const resources = buildResources(hostConfig({ hostConfig: { PidsLimit: null } }), [], {
      weight: 0,
    });
    expect(resources).not.toHaveProperty("pids");
  });
});
