import { describe, expect, it } from "vitest";
import { buildRlimits } from "../../src/spec/rlimits.ts";

// Docker 20.10.24, captured with `--ulimit nofile=1024:2048 --ulimit core=-1 --ulimit nproc=10:20`
// (inspect listed the ulimits core, nofile, nproc; config.json keeps that order).
describe("buildRlimits", () => {
  it("maps each ulimit in HostConfig order, -1 as 2^64-1", () => {
    expect(
      buildRlimits([
        { Name: "core", Soft: -1, Hard: -1 },
        { Name: "nofile", Soft: 1024, Hard: 2048 },
        { Name: "nproc", Soft: 10, Hard: 20 },
      ]),
    ).toEqual([
      { type: "RLIMIT_CORE", hard: 18446744073709551615n, soft: 18446744073709551615n },
      { type: "RLIMIT_NOFILE", hard: 2048, soft: 1024 },
      { type: "RLIMIT_NPROC", hard: 20, soft: 10 },
    ]);
  });

  it("emits no rlimits without ulimits", () => {
    expect(buildRlimits(null)).toBeUndefined();
    expect(buildRlimits([])).toBeUndefined();
  });
});
