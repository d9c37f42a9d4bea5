import { describe, expect, it } from "vitest";
import { capabilitySets, tweakCapabilities } from "../../src/spec/capabilities.ts";
import { allCapabilities, defaultCapabilities } from "../../src/spec/docker-defaults.ts";
import type { DockerRelease } from "../../src/overlay/index.ts";

function caps(
  add: string[],
  drop: string[],
  privileged = false,
  release: DockerRelease = "20.10",
): string[] {
  const result = tweakCapabilities(add, drop, privileged, release);
  if (!("caps" in result)) throw new Error(`unknown ${result.unknown}`);
  return result.caps;
}

// Docker 20.10.24 TweakCapabilities, as observed (shared/reference/docker-spec.md §4.1).
describe("tweakCapabilities", () => {
  it("returns Docker's 14 defaults with no adds or drops", () => {
    expect(caps([], [])).toHaveLength(14);
    expect(caps([], [])[0]).toBe("CAP_CHOWN");
    expect(caps([], [])[13]).toBe("CAP_AUDIT_WRITE");
  });

  it("gives a privileged container all 38 capabilities up to CAP_AUDIT_READ", () => {
    const all = caps(["NET_ADMIN"], ["ALL"], true);
    expect(all).toHaveLength(38);
    expect(all[37]).toBe("CAP_AUDIT_READ");
  });

  it("removes drops keeping the default order, then appends adds as given, duplicates kept", () => {
    expect(caps(["chown", "Net_Admin"], ["NET_RAW"])).toEqual([
      ...defaultCapabilities.filter((c) => c !== "CAP_NET_RAW"),
      "CAP_CHOWN",
      "CAP_NET_ADMIN",
    ]);
  });

  it("moves a dropped and re-added capability to the end", () => {
    const result = caps(["NET_RAW"], ["NET_RAW"]);
    expect(result[result.length - 1]).toBe("CAP_NET_RAW");
    expect(result).toHaveLength(14);
  });

  it("treats ALL in cap_add as every capability minus the drops, even cap_drop ALL", () => {
    expect(caps(["ALL"], ["ALL"])).toEqual([...allCapabilities("20.10")]);
    expect(caps(["ALL"], ["SYS_ADMIN"])).toHaveLength(37);
  });

  it("treats ALL in cap_drop as exactly the adds", () => {
    expect(caps(["NET_BIND_SERVICE", "CAP_KILL"], ["all"])).toEqual([
      "CAP_NET_BIND_SERVICE",
      "CAP_KILL",
    ]);
    expect(caps([], ["ALL"])).toEqual([]);
  });

  it("reports an unknown capability by the name the user wrote", () => {
    expect(tweakCapabilities(["NET_ADMN"], [], false, "20.10")).toEqual({ unknown: "NET_ADMN" });
  });
});

describe("capabilitySets", () => {
  it("gives root bounding, effective and permitted, and other users bounding only", () => {
    expect(capabilitySets(["CAP_KILL"], 0, "20.10")).toEqual({
      bounding: ["CAP_KILL"],
      effective: ["CAP_KILL"],
      permitted: ["CAP_KILL"],
    });
    expect(capabilitySets(["CAP_KILL"], 1000, "20.10")).toEqual({ bounding: ["CAP_KILL"] });
  });

  it("emits an empty object when no capability remains", () => {
    expect(capabilitySets([], 0, "20.10")).toEqual({});
    expect(capabilitySets([], 1000, "26.1")).toEqual({});
  });
});

// Docker 26.1.5 (26.1-v1 engine captures, shared/notes source-diff-26 §3.2): containerd's 41
// capabilities, in bit order, for privileged and cap_add ALL, given a dockerd with all of them.
describe("tweakCapabilities for Docker 26.1", () => {
  const later = ["CAP_PERFMON", "CAP_BPF", "CAP_CHECKPOINT_RESTORE"];

  it("gives a privileged container the 38 of 20.10, then PERFMON, BPF and CHECKPOINT_RESTORE", () => {
    const all = caps([], [], true, "26.1");
    expect(all).toEqual([...caps([], [], true, "20.10"), ...later]);
    expect(all).toHaveLength(41);
  });

  it("adds all 41 for cap_add ALL, minus the drops", () => {
    expect(caps(["ALL"], [], false, "26.1")).toEqual([...allCapabilities("26.1")]);
    expect(caps(["ALL"], ["bpf"], false, "26.1")).not.toContain("CAP_BPF");
    expect(caps(["ALL"], ["bpf"], false, "26.1")).toHaveLength(40);
  });

  it("accepts the names 20.10 does not know", () => {
    expect(caps(["perfmon", "CAP_BPF", "checkpoint_restore"], [], false, "26.1").slice(-3)).toEqual(
      later,
    );
    for (const name of ["PERFMON", "BPF", "CHECKPOINT_RESTORE"]) {
      expect(tweakCapabilities([name], [], false, "20.10")).toEqual({ unknown: name });
      expect(tweakCapabilities([], [name], false, "20.10")).toEqual({ unknown: name });
    }
  });

  it("keeps the defaults and their order", () => {
    expect(caps([], [], false, "26.1")).toEqual([...defaultCapabilities]);
  });
});

describe("tweakCapabilities for a privileged container", () => {
  it("still refuses an unknown name, as create does on both releases", () => {
    expect(tweakCapabilities(["NET_ADMN"], [], true, "20.10")).toEqual({ unknown: "NET_ADMN" });
    expect(tweakCapabilities([], ["bogus"], true, "26.1")).toEqual({ unknown: "bogus" });
  });
});

describe("capabilitySets for Docker 26.1", () => {
  it("gives every user bounding, effective and permitted", () => {
    const all = { bounding: ["CAP_KILL"], effective: ["CAP_KILL"], permitted: ["CAP_KILL"] };
    expect(capabilitySets(["CAP_KILL"], 1000, "26.1")).toEqual(all);
    expect(capabilitySets(["CAP_KILL"], 0, "26.1")).toEqual(all);
  });
});
