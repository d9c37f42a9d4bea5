import { describe, expect, it } from "vitest";
import { capLines, summarizeSpecChange } from "../../src/watch/spec-summary.ts";

const base = {
  ociVersion: "1.0.2-dev",
  process: {
    args: ["sh", "-c", "echo hi"],
    env: ["PATH=/usr/bin:/bin", "OLD=x", "MODE=dev"],
    cwd: "/",
    capabilities: { bounding: ["CAP_CHOWN", "CAP_KILL"] },
  },
  mounts: [
    { destination: "/proc", type: "proc", source: "proc" },
    { destination: "/etc/hosts", type: "bind", source: "hosts", options: ["rbind", "rprivate"] },
  ],
  linux: {
    resources: { memory: { limit: 67108864 } },
    namespaces: [{ type: "pid" }, { type: "network" }],
  },
  annotations: { "org.opencontainers.image.stopSignal": "SIGTERM" },
};

function edit(change: (spec: typeof base) => void): typeof base {
  const copy = structuredClone(base);
  change(copy);
  return copy;
}

describe("summarizeSpecChange", () => {
  it("lists environment variables added, removed and changed by name", () => {
    const after = edit((s) => {
      s.process.env = ["PATH=/usr/bin:/bin", "MODE=prod", "GREETING=hello"];
    });
    expect(summarizeSpecChange(base, after)).toEqual([
      "process.env: MODE=dev → prod, +GREETING=hello, -OLD=x",
    ]);
  });

  it("shows a changed scalar with its old and new value, bigints included", () => {
    const after = edit((s) => {
      s.linux.resources.memory.limit = 134217728;
    });
    expect(summarizeSpecChange(base, after)).toEqual([
      "linux.resources.memory.limit: 67108864 → 134217728",
    ]);
    const huge = { linux: { resources: { memory: { limit: 18446744073709551615n } } } };
    expect(summarizeSpecChange({}, huge)).toEqual([
      "linux.resources.memory.limit: unset → 18446744073709551615",
    ]);
  });

  it("names mounts by destination and descends into a changed one", () => {
    const after = edit((s) => {
      s.mounts.push({ destination: "/data", type: "bind", source: "volumes/data", options: [] });
      const hosts = s.mounts[1];
      if (hosts) hosts.options = ["rbind", "rprivate", "ro"];
    });
    expect(summarizeSpecChange(base, after)).toEqual([
      "mounts: +/data",
      "mounts[/etc/hosts].options: +ro",
    ]);
  });

  it("shows the command as a whole and other string lists as a set difference", () => {
    const after = edit((s) => {
      s.process.args = ["sh", "-c", "echo bye"];
      s.process.capabilities.bounding = ["CAP_KILL", "CAP_NET_RAW"];
    });
    expect(summarizeSpecChange(base, after)).toEqual([
      'process.args: ["sh","-c","echo hi"] → ["sh","-c","echo bye"]',
      "process.capabilities.bounding: +CAP_NET_RAW, -CAP_CHOWN",
    ]);
  });

  it("keys annotations with dots in brackets and reports removed fields as unset", () => {
    const after = edit((s) => {
      s.annotations["org.opencontainers.image.stopSignal"] = "SIGQUIT";
      s.process.cwd = "/srv/my app";
    });
    const removed = edit((s) => {
      delete (s.linux as { resources?: unknown }).resources;
    });
    expect(summarizeSpecChange(base, after)).toEqual([
      'process.cwd: / → "/srv/my app"',
      "annotations[org.opencontainers.image.stopSignal]: SIGTERM → SIGQUIT",
    ]);
    expect(summarizeSpecChange(base, removed)).toEqual([
      "linux.resources.memory.limit: 67108864 → unset",
    ]);
  });

  it("counts unkeyed list items and says when a list was only reordered", () => {
    const rule = (names: string[]) => ({ names, action: "SCMP_ACT_ALLOW" });
    const before = { linux: { seccomp: { syscalls: [rule(["read"]), rule(["write"])] } } };
    const after = {
      linux: { seccomp: { syscalls: [rule(["write"]), rule(["open"]), rule(["x"])] } },
    };
    expect(summarizeSpecChange(before, after)).toEqual([
      "linux.seccomp.syscalls: +2 entries, -1 entry",
    ]);
    const reordered = edit((s) => {
      s.linux.namespaces.reverse();
    });
    expect(summarizeSpecChange(base, reordered)).toEqual(["linux.namespaces: reordered"]);
    expect(summarizeSpecChange({ process: { env: [] } }, { process: {} })).toEqual([
      "process.env: [] → unset",
    ]);
  });

  it("is empty for equal specs and caps long summaries", () => {
    expect(summarizeSpecChange(base, structuredClone(base))).toEqual([]);
    const env = Array.from({ length: 9 }, (_, i) => `V${i}=${i}`);
    expect(summarizeSpecChange({ process: { env: [] } }, { process: { env } })).toEqual([
      "process.env: +V0=0, +V1=1, +V2=2, +V3=3, +V4=4, +V5=5, … and 3 more",
    ]);
    const many = Object.fromEntries(Array.from({ length: 14 }, (_, i) => [`k${i}`, i]));
    const lines = summarizeSpecChange({ annotations: {} }, { annotations: many }, { maxLines: 4 });
    expect(lines).toEqual([
      "annotations.k0: unset → 0",
      "annotations.k1: unset → 1",
      "annotations.k2: unset → 2",
      "annotations.k3: unset → 3",
      "… and 10 more",
    ]);
  });

  it("cuts long values", () => {
    const lines = summarizeSpecChange(
      { hostname: "a" },
      { hostname: "b".repeat(100) },
      {
        maxValue: 10,
      },
    );
    expect(lines).toEqual(["hostname: a → bbbbbbbbb…"]);
  });
});

describe("capLines", () => {
  it("keeps short lists whole", () => {
    expect(capLines(["a", "b"], 2)).toEqual(["a", "b"]);
    expect(capLines(["a", "b", "c"], 2)).toEqual(["a", "b", "… and 1 more"]);
  });
});
