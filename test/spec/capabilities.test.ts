import { describe, expect, it } from "vitest";
import { capabilitySets, tweakCapabilities } from "../../src/spec/capabilities.ts";
import { allCapabilities, defaultCapabilities } from "../../src/spec/docker-defaults.ts";

function caps(add: string[], drop: string[], privileged = false): string[] {
  const result = tweakCapabilities(add, drop, privileged);
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
    expect(caps(["ALL"], ["ALL"])).toEqual([...allCapabilities]);
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
    expect(tweakCapabilities(["NET_ADMN"], [], false)).toEqual({ unknown: "NET_ADMN" });
  });
});

describe("capabilitySets", () => {
  it("gives root bounding, effective and permitted, and other users bounding only", () => {
    expect(capabilitySets(["CAP_KILL"], 0)).toEqual({
      bounding: ["CAP_KILL"],
      effective: ["CAP_KILL"],
      permitted: ["CAP_KILL"],
    });
    expect(capabilitySets(["CAP_KILL"], 1000)).toEqual({ bounding: ["CAP_KILL"] });
  });

  it("emits an empty object when no capability remains", () => {
    expect(capabilitySets([], 0)).toEqual({});
  });
});
