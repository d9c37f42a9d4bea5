import { describe, expect, it } from "vitest";
import { file, problemsOf, settingsOf } from "./overlay-settings.ts";

describe("normalizeOverlay: resource settings", () => {
  it("turns sizes into bytes with binary units, any case, fractions allowed", () => {
    const yaml = [
      "mem_limit: 64m",
      "mem_reservation: 6144k",
      "memswap_limit: 1g",
      "shm_size: 100",
      "",
    ].join("\n");
    expect(settingsOf(yaml)).toEqual({
      mem_limit: 67108864,
      mem_reservation: 6291456,
      memswap_limit: 1073741824,
      shm_size: 100,
    });
    expect(settingsOf("mem_limit: 1.5g\n").mem_limit).toBe(1610612736);
    expect(settingsOf("mem_limit: 2GB\n").mem_limit).toBe(2147483648);
    expect(settingsOf("shm_size: '100'\n").shm_size).toBe(100);
    expect(settingsOf("shm_size: 10b\n").shm_size).toBe(10);
    expect(settingsOf("shm_size: 3Mb\n").shm_size).toBe(3145728);
    expect(settingsOf("shm_size: 1.5k\n").shm_size).toBe(1536);
    expect(settingsOf("mem_limit: 64 mb\n").mem_limit).toBe(67108864);
    expect(settingsOf("shm_size: 0.1k\n").shm_size).toBe(102);
  });

  it("keeps -1 for unlimited swap", () => {
    expect(settingsOf("mem_limit: 1g\nmemswap_limit: -1\n").memswap_limit).toBe(-1);
    expect(settingsOf("mem_limit: 1g\nmemswap_limit: '-1'\n").memswap_limit).toBe(-1);
  });

  it("reports a malformed size at its value", () => {
    expect(problemsOf("mem_limit: 12x\nshm_size: 1.5.2m\nmemswap_limit: ''\n")).toBe(
      [
        `${file}:2:12: error OVL202: malformed size "12x" (use bytes or a number with b, k, m or g) (at mem_limit)`,
        `${file}:3:11: error OVL202: malformed size "1.5.2m" (use bytes or a number with b, k, m or g) (at shm_size)`,
        `${file}:4:16: error OVL202: malformed size "" (use bytes or a number with b, k, m or g) (at memswap_limit)`,
      ].join("\n"),
    );
    expect(problemsOf("mem_limit: 64  mb\nshm_size: 1t\n")).toBe(
      [
        `${file}:2:12: error OVL202: malformed size "64  mb" (use bytes or a number with b, k, m or g) (at mem_limit)`,
        `${file}:3:11: error OVL202: malformed size "1t" (use bytes or a number with b, k, m or g) (at shm_size)`,
      ].join("\n"),
    );
  });

  it("reports a size too large to count in bytes", () => {
    expect(problemsOf("mem_limit: 99999999999g\n")).toBe(
      `${file}:2:12: error OVL202: size "99999999999g" is too large (at mem_limit)`,
    );
  });

  it("takes cpus as a number or a decimal string", () => {
    expect(settingsOf("cpus: 1.5\n").cpus).toBe(1.5);
    expect(settingsOf("cpus: '1.5'\n").cpus).toBe(1.5);
    expect(settingsOf("cpus: '.5'\n").cpus).toBe(0.5);
    expect(settingsOf("cpus: 64\n").cpus).toBe(64);
  });

  it("rejects cpus of 0 or less, and strings that are not decimals", () => {
    expect(problemsOf("cpus: -1\n")).toBe(
      `${file}:2:7: error OVL202: "cpus" must be a number of CPUs greater than 0, such as 1.5, got -1 (at cpus)`,
    );
    expect(problemsOf("cpus: '-0.5'\n")).toBe(
      `${file}:2:7: error OVL202: "cpus" must be a number of CPUs greater than 0, such as 1.5, got "-0.5" (at cpus)`,
    );
    expect(problemsOf("cpus: '0'\n")).toBe(
      `${file}:2:7: error OVL202: "cpus" must be a number of CPUs greater than 0, such as 1.5, got "0" (at cpus)`,
    );
    expect(problemsOf("cpus: two\n")).toBe(
      `${file}:2:7: error OVL202: "cpus" must be a number of CPUs greater than 0, such as 1.5, got "two" (at cpus)`,
    );
  });

  it("keeps the integer CPU and memory settings as numbers", () => {
    const yaml = [
      "cpu_shares: 512",
      "cpu_quota: 50000",
      "cpu_period: 100000",
      "cpuset: 0-3",
      "cpuset_mems: '0,1'",
      "pids_limit: -1",
      "mem_swappiness: 60",
      "oom_score_adj: -500",
      "oom_kill_disable: true",
      "",
    ].join("\n");
    expect(settingsOf(yaml)).toEqual({
      cpu_shares: 512,
      cpu_quota: 50000,
      cpu_period: 100000,
      cpuset: "0-3",
      cpuset_mems: "0,1",
      pids_limit: -1,
      mem_swappiness: 60,
      oom_score_adj: -500,
      oom_kill_disable: true,
    });
  });

  it("counts the realtime CPU settings in microseconds, from a number or a duration", () => {
    expect(settingsOf("cpu_rt_runtime: 95ms\ncpu_rt_period: 1s\n")).toEqual({
      cpu_rt_runtime: 95000,
      cpu_rt_period: 1000000,
    });
    expect(settingsOf("cpu_rt_runtime: 950\n").cpu_rt_runtime).toBe(950);
    expect(problemsOf("cpu_rt_period: 1 sec\n")).toBe(
      `${file}:2:16: error OVL202: "cpu_rt_period" must be a number of microseconds or a duration such as "95ms", got "1 sec" (at cpu_rt_period)`,
    );
  });

  it("reads ulimits as soft and hard values, one number setting both", () => {
    const yaml = [
      "ulimits:",
      "  nofile: { soft: 1024, hard: 4096 }",
      "  nproc: 512",
      "  core: -1",
      "  memlock: { soft: -1, hard: -1 }",
      "",
    ].join("\n");
    expect(settingsOf(yaml).ulimits).toEqual({
      nofile: { soft: 1024, hard: 4096 },
      nproc: { soft: 512, hard: 512 },
      core: { soft: -1, hard: -1 },
      memlock: { soft: -1, hard: -1 },
    });
  });

  it("reports an unknown ulimit at its name, suggesting the close one", () => {
    expect(problemsOf("ulimits:\n  nofiles: 10\n  files: 10\n")).toBe(
      [
        `${file}:3:3: error OVL201: unknown key "nofiles" in "ulimits"; did you mean "nofile"? (at ulimits.nofiles)`,
        `${file}:4:3: error OVL201: unknown key "files" in "ulimits"; use one of core, cpu, data, fsize, locks, memlock, msgqueue, nice, nofile, nproc, rss, rtprio, rttime, sigpending, stack (at ulimits.files)`,
      ].join("\n"),
    );
  });

  it("reports a soft limit above the hard one", () => {
    expect(problemsOf("ulimits:\n  nofile: { soft: 2048, hard: 1024 }\n")).toBe(
      `${file}:3:11: error OVL202: "ulimits.nofile" has soft limit 2048 above hard limit 1024 (at ulimits.nofile)`,
    );
    expect(problemsOf("ulimits:\n  core: { soft: -1, hard: 0 }\n")).toBe(
      `${file}:3:27: error OVL202: an unlimited (-1) soft limit needs an unlimited (-1) hard limit (at ulimits.core.hard)`,
    );
  });

  it("reads blkio_config with byte rates in bytes and operation rates as written", () => {
    const yaml = [
      "blkio_config:",
      "  weight: 300",
      "  weight_device: [{ path: /dev/sda, weight: 400 }]",
      "  device_read_bps: [{ path: /dev/sda, rate: 10mb }]",
      "  device_write_bps: [{ path: /dev/sda, rate: 1048576 }]",
      "  device_read_iops: [{ path: /dev/sdb, rate: 120 }]",
      "  device_write_iops: [{ path: /dev/sdb, rate: 30 }]",
      "",
    ].join("\n");
    expect(settingsOf(yaml).blkio_config).toEqual({
      weight: 300,
      weight_device: [{ path: "/dev/sda", weight: 400 }],
      device_read_bps: [{ path: "/dev/sda", rate: 10485760 }],
      device_write_bps: [{ path: "/dev/sda", rate: 1048576 }],
      device_read_iops: [{ path: "/dev/sdb", rate: 120 }],
      device_write_iops: [{ path: "/dev/sdb", rate: 30 }],
    });
  });

  it("accepts a blkio weight of 0, Docker's unset", () => {
    expect(settingsOf("blkio_config: { weight: 0 }\n").blkio_config).toEqual({ weight: 0 });
  });

  it("reports a malformed blkio byte rate at the rate", () => {
    expect(
      problemsOf("blkio_config:\n  device_write_bps: [{ path: /dev/sda, rate: 10 mbps }]\n"),
    ).toBe(
      `${file}:3:46: error OVL202: "blkio_config.device_write_bps[0].rate" must be a byte size such as 67108864 or "64m", got "10 mbps" (at blkio_config.device_write_bps[0].rate)`,
    );
  });

  it("turns stop_grace_period into seconds", () => {
    const cases: [string, number][] = [
      ["10s", 10],
      ["1m30s", 90],
      ["1h", 3600],
      ["500ms", 0.5],
      ["1m0.5s", 60.5],
      ["1h2m3s4ms", 3723.004],
      ["250us", 0.00025],
      ["0", 0],
      ["2.5", 2.5],
      ["30", 30],
    ];
    for (const [written, seconds] of cases) {
      expect({
        written,
        seconds: settingsOf(`stop_grace_period: ${written}\n`).stop_grace_period,
      }).toEqual({ written, seconds });
    }
  });

  it("reports a stop_grace_period that is no duration", () => {
    expect(problemsOf("stop_grace_period: 10 sec\n")).toBe(
      `${file}:2:20: error OVL202: "stop_grace_period" must be a duration such as "10s", "1m30s" or "500ms", or a number of seconds, got "10 sec" (at stop_grace_period)`,
    );
    expect(problemsOf("stop_grace_period: 1d\n")).toBe(
      `${file}:2:20: error OVL202: "stop_grace_period" must be a duration such as "10s", "1m30s" or "500ms", or a number of seconds, got "1d" (at stop_grace_period)`,
    );
    expect(problemsOf("stop_grace_period: -1\n")).toBe(
      `${file}:2:20: error OVL202: "stop_grace_period" must be a duration such as "10s" or "1m30s", or a number of seconds, got -1 (at stop_grace_period)`,
    );
  });

  it("keeps a stop signal as written when Docker knows it", () => {
    for (const signal of ["SIGTERM", "TERM", "sigquit", "15", "SIGRTMIN+3", "RTMAX-1"]) {
      expect(settingsOf(`stop_signal: '${signal}'\n`).stop_signal).toBe(signal);
    }
  });

  it("reports an unknown stop signal, suggesting the close name", () => {
    expect(problemsOf("stop_signal: SIGTREM\n")).toBe(
      `${file}:2:14: error OVL202: "stop_signal" must be a signal name such as "SIGTERM" or "TERM", or a number from 1 to 64, got "SIGTREM"; did you mean "SIGTERM"? (at stop_signal)`,
    );
    expect(problemsOf("stop_signal: '0'\n")).toBe(
      `${file}:2:14: error OVL202: "stop_signal" must be a signal name such as "SIGTERM" or "TERM", or a number from 1 to 64, got "0" (at stop_signal)`,
    );
  });

  it("keeps booleans and plain strings", () => {
    expect(
      settingsOf("init: true\ncgroup: host\ncgroup_parent: /docker\nuserns_mode: host\n"),
    ).toEqual({
      init: true,
      cgroup: "host",
      cgroup_parent: "/docker",
      userns_mode: "host",
    });
  });
});
