import { describe, expect, it } from "vitest";
import { validateSpec } from "../../src/spec/validate-spec.ts";
import dockerDefault from "./fixtures/docker-default-config.json" with { type: "json" };
import dockerOptions from "./fixtures/docker-options-config.json" with { type: "json" };

// Fixtures: config.json files Docker 20.10.24 wrote for runc (captured through a copying runtime
// wrapper). docker-default: `docker run IMAGE /bin/busybox true`. docker-options: the same with -t,
// -u 1000:1000, --group-add, -w, --read-only, --ulimit nofile=1024:2048 --ulimit core=-1, -m,
// --memory-reservation, --memory-swappiness, --pids-limit, --cap-add/--cap-drop, --device
// /dev/fuse, --tmpfs, -v, no-new-privileges, --cpus, --cpuset-cpus, --cpu-shares, --sysctl,
// --oom-score-adj, --cgroupns private, --shm-size and --init.

type JsonObject = Record<string, unknown>;

/** A deep copy of Docker's default config with one edit applied. */
function edited(edit: (spec: JsonObject) => void): JsonObject {
  const spec = structuredClone(dockerDefault) as JsonObject;
  edit(spec);
  return spec;
}

/** The object or array at `path` inside `root`, for editing in place. */
function at(root: JsonObject, ...path: (string | number)[]): JsonObject {
  let current: unknown = root;
  for (const key of path) {
    if (typeof current !== "object" || current === null) throw new Error(`no ${String(key)}`);
    current = (current as JsonObject)[key];
  }
  if (typeof current !== "object" || current === null)
    throw new Error(`no object at ${path.join("/")}`);
  return current as JsonObject;
}

describe("validateSpec", () => {
  it("accepts the config Docker 20.10 writes for a default container", () => {
    expect(validateSpec(dockerDefault)).toEqual([]);
  });

  it("accepts a Docker config with rlimits, cgroup limits, a device and a cgroup namespace", () => {
    expect(validateSpec(dockerOptions)).toEqual([]);
  });

  it.each(["1.0.2-dev", "1.0.2", "1.1.0-rc.1+build.5", "0.5.0-dev"])(
    "accepts ociVersion %s",
    (v) => {
      expect(validateSpec(edited((s) => (s["ociVersion"] = v)))).toEqual([]);
    },
  );

  it.each(["1.0", "v1.0.2", "01.0.2", "1.0.2-", ""])("rejects ociVersion %j", (v) => {
    const messages = validateSpec(edited((s) => (s["ociVersion"] = v)));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^\/ociVersion: must match pattern /);
  });

  it("accepts bigint uint64 values in rlimits and seccomp arguments", () => {
    const max = 18446744073709551615n;
    const spec = edited((s) => {
      at(s, "process")["rlimits"] = [{ type: "RLIMIT_CORE", hard: max, soft: max }];
      at(s, "linux", "seccomp", "syscalls", 2, "args", 0)["value"] = max;
      at(s, "linux", "seccomp", "syscalls", 2, "args", 0)["valueTwo"] = 0n;
    });
    expect(validateSpec(spec)).toEqual([]);
  });

  it("rejects a bigint beyond uint64 at its own path", () => {
    const spec = edited((s) => {
      at(s, "process")["rlimits"] = [{ type: "RLIMIT_CORE", hard: 2n ** 64n, soft: 0n }];
    });
    expect(validateSpec(spec)).toEqual([
      "/process/rlimits/0/hard: must be <= 18446744073709552000",
    ]);
  });

  it("ignores members whose value is undefined, as JSON text does", () => {
    const spec = edited((s) => {
      at(s, "process")["terminal"] = undefined;
      s["hostname"] = undefined;
    });
    expect(validateSpec(spec)).toEqual([]);
  });

  it("accepts blkio weight 0, which Docker writes for unset, and 10..1000", () => {
    for (const weight of [0, 10, 500, 1000]) {
      const spec = edited((s) => (at(s, "linux", "resources", "blockIO")["weight"] = weight));
      expect(validateSpec(spec)).toEqual([]);
    }
  });

  it("accepts FIFO devices without major and minor", () => {
    const spec = edited((s) => (at(s, "linux")["devices"] = [{ path: "/dev/fifo", type: "p" }]));
    expect(validateSpec(spec)).toEqual([]);
  });

  it("accepts an empty device cgroup access string", () => {
    const spec = edited((s) => (at(s, "linux", "resources", "devices", 0)["access"] = ""));
    expect(validateSpec(spec)).toEqual([]);
  });

  it("reports a non-object config at the root pointer", () => {
    expect(validateSpec(null)).toEqual(["/: must be object"]);
  });

  const topLevelKeys = "ociVersion, root, process, hostname, mounts, hooks, annotations, linux";
  const invalid: { name: string; edit: (s: JsonObject) => void; messages: string[] }[] = [
    {
      name: "a missing ociVersion",
      edit: (s) => delete s["ociVersion"],
      messages: ["/ociVersion: is required"],
    },
    {
      name: "a missing process",
      edit: (s) => delete s["process"],
      messages: ["/process: is required"],
    },
    {
      name: "a relative cwd",
      edit: (s) => (at(s, "process")["cwd"] = "work"),
      messages: ['/process/cwd: must match pattern "^/"'],
    },
    {
      name: "empty args",
      edit: (s) => (at(s, "process")["args"] = []),
      messages: ["/process/args: must NOT have fewer than 1 items"],
    },
    {
      name: "a capability without the CAP_ prefix",
      edit: (s) => (at(s, "process", "capabilities", "effective")[1] = "NET_ADMIN"),
      messages: ['/process/capabilities/effective/1: must match pattern "^CAP_[A-Z_]+$"'],
    },
    {
      name: "an unknown top-level key",
      edit: (s) => (s["platform"] = { os: "linux", arch: "amd64" }),
      messages: [`/platform: is not a known property (known: ${topLevelKeys})`],
    },
    {
      name: "an unknown namespace type",
      edit: (s) => (at(s, "linux", "namespaces", 1)["type"] = "net"),
      messages: [
        '/linux/namespaces/1/type: must be one of "pid", "network", "mount", "ipc", "uts", "user", "cgroup", "time"',
      ],
    },
    {
      name: "a repeated namespace type",
      edit: (s) => (at(s, "linux", "namespaces")[5] = { type: "pid", path: "/proc/1/ns/pid" }),
      messages: ['/linux/namespaces/5/type: repeats namespace type "pid" (first at 3)'],
    },
    {
      name: "a repeated rlimit type",
      edit: (s) =>
        (at(s, "process")["rlimits"] = [
          { type: "RLIMIT_NOFILE", hard: 1024, soft: 1024 },
          { type: "RLIMIT_NOFILE", hard: 2048, soft: 2048 },
        ]),
      messages: ['/process/rlimits/1/type: repeats rlimit type "RLIMIT_NOFILE" (first at 0)'],
    },
    {
      name: "an unknown seccomp action",
      edit: (s) => (at(s, "linux", "seccomp", "syscalls", 0)["action"] = "SCMP_ACT_DENY"),
      messages: [
        '/linux/seccomp/syscalls/0/action: must be one of "SCMP_ACT_KILL", "SCMP_ACT_KILL_PROCESS", "SCMP_ACT_KILL_THREAD", "SCMP_ACT_TRAP", "SCMP_ACT_ERRNO", "SCMP_ACT_TRACE", "SCMP_ACT_ALLOW", "SCMP_ACT_LOG", "SCMP_ACT_NOTIFY"',
      ],
    },
    {
      name: "a mount without destination",
      edit: (s) => delete at(s, "mounts", 7)["destination"],
      messages: ["/mounts/7/destination: is required"],
    },
    {
      name: "a relative mount destination",
      edit: (s) => (at(s, "mounts", 0)["destination"] = "proc"),
      messages: ['/mounts/0/destination: must match pattern "^/"'],
    },
    {
      name: "a negative uid",
      edit: (s) => (at(s, "process", "user")["uid"] = -1),
      messages: ["/process/user/uid: must be >= 0"],
    },
    {
      name: "a gid beyond uint32",
      edit: (s) => (at(s, "process", "user")["gid"] = 4294967296),
      messages: ["/process/user/gid: must be <= 4294967295"],
    },
    {
      name: "an unknown rootfsPropagation",
      edit: (s) => (at(s, "linux")["rootfsPropagation"] = "recursive"),
      messages: [
        '/linux/rootfsPropagation: must be one of "private", "shared", "slave", "unbindable", "rprivate", "rshared", "rslave", "runbindable"',
      ],
    },
    {
      name: "an env entry without =",
      edit: (s) => (at(s, "process", "env")[1] = "HOSTNAME"),
      messages: ['/process/env/1: must match pattern "^[^=]+="'],
    },
    {
      name: "a hook with a relative path and zero timeout",
      edit: (s) => (at(s, "hooks")["poststop"] = [{ path: "bin/hook", timeout: 0 }]),
      messages: [
        '/hooks/poststop/0/path: must match pattern "^/"',
        "/hooks/poststop/0/timeout: must be >= 1",
      ],
    },
    {
      name: "a char device without major and minor",
      edit: (s) => (at(s, "linux")["devices"] = [{ path: "/dev/fuse", type: "c" }]),
      messages: ["/linux/devices/0/major: is required", "/linux/devices/0/minor: is required"],
    },
    {
      name: "a seccomp rule with no syscall names",
      edit: (s) => (at(s, "linux", "seccomp", "syscalls", 1)["names"] = []),
      messages: ["/linux/seccomp/syscalls/1/names: must NOT have fewer than 1 items"],
    },
    {
      name: "memory swappiness above 100",
      edit: (s) => (at(s, "linux", "resources", "memory")["swappiness"] = 101),
      messages: ["/linux/resources/memory/swappiness: must be <= 100"],
    },
    {
      name: "an empty annotation key",
      edit: (s) => (s["annotations"] = { "": "x" }),
      messages: ["/annotations/: property name must NOT have fewer than 1 characters"],
    },
  ];

  it.each(invalid)("rejects $name", ({ edit, messages }) => {
    expect(validateSpec(edited(edit))).toEqual(messages);
  });

  it("rejects a typo'd key in process and names the known keys", () => {
    const spec = edited((s) => (at(s, "process")["termial"] = true));
    const messages = validateSpec(spec);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^\/process\/termial: is not a known property \(known: terminal, /);
  });

  it("rejects a blkio weight between 1 and 9 at its path", () => {
    const spec = edited((s) => (at(s, "linux", "resources", "blockIO")["weight"] = 5));
    const messages = validateSpec(spec);
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(m).toMatch(/^\/linux\/resources\/blockIO\/weight: /);
  });

  it("rejects a device access string with a letter other than r, w and m", () => {
    const spec = edited((s) => (at(s, "linux", "resources", "devices", 1)["access"] = "rwx"));
    const messages = validateSpec(spec);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^\/linux\/resources\/devices\/1\/access: must match pattern /);
  });

  it("reports every problem at once", () => {
    const spec = edited((s) => {
      delete s["ociVersion"];
      at(s, "process")["cwd"] = "";
      at(s, "root")["readOnly"] = true;
    });
    expect(validateSpec(spec)).toEqual([
      "/ociVersion: is required",
      "/root/readOnly: is not a known property (known: path, readonly)",
      '/process/cwd: must match pattern "^/"',
    ]);
  });
});
