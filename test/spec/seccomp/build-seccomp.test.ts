import { describe, expect, it } from "vitest";
import type { OciSeccomp } from "../../../src/spec/oci-types.ts";
import { buildSeccomp, defaultSeccompProfile } from "../../../src/spec/seccomp/index.ts";
import type { SeccompProfile, SeccompTarget } from "../../../src/spec/seccomp/index.ts";
import golden from "./docker-default-amd64.json" with { type: "json" };

/*
 * Every expectation in the "Docker 20.10.24" block was checked against the config.json that Debian's
 * Docker 20.10.24 (amd64, kernel 6.18) handed runc, captured through a copying runtime wrapper, for
 * `docker run` with the options named in each test; the bounding sets are those of the captured
 * files. The serialized output was byte-identical to Docker's `linux.seccomp` in every case.
 */

const host: SeccompTarget = { release: "20.10", arch: "amd64", kernel: { major: 6, minor: 18 } };

// prettier-ignore
const defaultCaps = [
  "CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_FSETID", "CAP_FOWNER", "CAP_MKNOD", "CAP_NET_RAW",
  "CAP_SETGID", "CAP_SETUID", "CAP_SETFCAP", "CAP_SETPCAP", "CAP_NET_BIND_SERVICE",
  "CAP_SYS_CHROOT", "CAP_KILL", "CAP_AUDIT_WRITE",
];

// prettier-ignore
const allCaps = [
  "CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_DAC_READ_SEARCH", "CAP_FOWNER", "CAP_FSETID", "CAP_KILL",
  "CAP_SETGID", "CAP_SETUID", "CAP_SETPCAP", "CAP_LINUX_IMMUTABLE", "CAP_NET_BIND_SERVICE",
  "CAP_NET_BROADCAST", "CAP_NET_ADMIN", "CAP_NET_RAW", "CAP_IPC_LOCK", "CAP_IPC_OWNER",
  "CAP_SYS_MODULE", "CAP_SYS_RAWIO", "CAP_SYS_CHROOT", "CAP_SYS_PTRACE", "CAP_SYS_PACCT",
  "CAP_SYS_ADMIN", "CAP_SYS_BOOT", "CAP_SYS_NICE", "CAP_SYS_RESOURCE", "CAP_SYS_TIME",
  "CAP_SYS_TTY_CONFIG", "CAP_MKNOD", "CAP_LEASE", "CAP_AUDIT_WRITE", "CAP_AUDIT_CONTROL",
  "CAP_SETFCAP", "CAP_MAC_OVERRIDE", "CAP_MAC_ADMIN", "CAP_SYSLOG", "CAP_WAKE_ALARM",
  "CAP_BLOCK_SUSPEND", "CAP_AUDIT_READ",
];

function summary(seccomp: OciSeccomp): { rules: number; names: number } {
  const syscalls = seccomp.syscalls ?? [];
  return {
    rules: syscalls.length,
    names: syscalls.reduce((total, rule) => total + rule.names.length, 0),
  };
}

function defaultFor(caps: readonly string[]): OciSeccomp {
  return buildSeccomp(defaultSeccompProfile("20.10"), caps, host);
}

describe("buildSeccomp against Docker 20.10.24", () => {
  it("matches the linux.seccomp Docker emitted for a default container", () => {
    expect(defaultFor(defaultCaps)).toStrictEqual(golden);
  });

  it("gives 12 rules and 357 names for the default capabilities", () => {
    const seccomp = defaultFor(defaultCaps);
    expect(summary(seccomp)).toEqual({ rules: 12, names: 357 });
    expect(seccomp.architectures).toEqual(["SCMP_ARCH_X86_64", "SCMP_ARCH_X86", "SCMP_ARCH_X32"]);
  });

  it("replaces the clone and clone3 rules by the SYS_ADMIN group for --cap-add SYS_ADMIN", () => {
    const seccomp = defaultFor([...defaultCaps, "CAP_SYS_ADMIN"]);
    expect(summary(seccomp)).toEqual({ rules: 11, names: 379 });
    const names = (seccomp.syscalls ?? []).map((rule) => rule.names);
    expect(names).not.toContainEqual(["clone3"]);
    expect(names.some((group) => group.length === 24 && group.includes("mount"))).toBe(true);
  });

  it("gives 21 rules and 401 names for --cap-add ALL", () => {
    expect(summary(defaultFor(allCaps))).toEqual({ rules: 21, names: 401 });
  });

  it("gives 22 rules and 379 names for --cap-add ALL --cap-drop SYS_ADMIN", () => {
    const caps = allCaps.filter((cap) => cap !== "CAP_SYS_ADMIN");
    expect(summary(defaultFor(caps))).toEqual({ rules: 22, names: 379 });
  });

  it("gives 11 rules and 356 names (no chroot) for --cap-drop ALL", () => {
    const seccomp = defaultFor([]);
    expect(summary(seccomp)).toEqual({ rules: 11, names: 356 });
    expect((seccomp.syscalls ?? []).map((rule) => rule.names)).not.toContainEqual(["chroot"]);
  });

  it("adds the SYS_PTRACE group, keeping the earlier ptrace rule, for --cap-add SYS_PTRACE", () => {
    const seccomp = defaultFor([...defaultCaps, "CAP_SYS_PTRACE"]);
    expect(summary(seccomp)).toEqual({ rules: 13, names: 363 });
    expect(seccomp.syscalls?.[1]?.names).toEqual(["ptrace"]);
    expect(seccomp.syscalls?.at(-1)?.names).toContain("ptrace");
  });

  it("gives 14 rules and 361 names for --cap-add DAC_READ_SEARCH --cap-add SYS_NICE", () => {
    const caps = [...defaultCaps, "CAP_DAC_READ_SEARCH", "CAP_SYS_NICE"];
    expect(summary(defaultFor(caps))).toEqual({ rules: 14, names: 361 });
  });

  it("filters by the bounding set for a non-root user (--user 1000 +SYS_ADMIN -SYS_CHROOT)", () => {
    const caps = [...defaultCaps.filter((cap) => cap !== "CAP_SYS_CHROOT"), "CAP_SYS_ADMIN"];
    expect(summary(defaultFor(caps))).toEqual({ rules: 10, names: 378 });
  });

  it("gives 13 rules and 360 names for --cap-drop SYS_CHROOT --cap-add sys_boot,Sys_Time", () => {
    const caps = [
      ...defaultCaps.filter((cap) => cap !== "CAP_SYS_CHROOT"),
      "CAP_SYS_BOOT",
      "CAP_SYS_TIME",
    ];
    expect(summary(defaultFor(caps))).toEqual({ rules: 13, names: 360 });
  });
});

function profile(syscalls: SeccompProfile["syscalls"]): SeccompProfile {
  return { defaultAction: "SCMP_ACT_ERRNO", syscalls };
}

function keptNames(seccomp: OciSeccomp): string[] {
  return (seccomp.syscalls ?? []).flatMap((rule) => rule.names);
}

describe("buildSeccomp filters", () => {
  const allow = "SCMP_ACT_ALLOW";

  it("drops a group whose excludes.arches holds the native arch", () => {
    const seccomp = buildSeccomp(
      profile([
        { names: ["a"], action: allow, excludes: { arches: ["amd64"] } },
        { names: ["b"], action: allow, excludes: { arches: ["arm64"] } },
      ]),
      [],
      host,
    );
    expect(keptNames(seccomp)).toEqual(["b"]);
  });

  it("drops a group when any excludes.caps is in the bounding set", () => {
    const groups = profile([
      { names: ["a"], action: allow, excludes: { caps: ["CAP_KILL", "CAP_SYS_ADMIN"] } },
    ]);
    expect(keptNames(buildSeccomp(groups, ["CAP_SYS_ADMIN"], host))).toEqual([]);
    expect(keptNames(buildSeccomp(groups, ["CAP_CHOWN"], host))).toEqual(["a"]);
  });

  it("drops a group whose excludes.minKernel is at or below the kernel", () => {
    const groups = profile([
      { names: ["at"], action: allow, excludes: { minKernel: { major: 6, minor: 18 } } },
      { names: ["below"], action: allow, excludes: { minKernel: { major: 5, minor: 30 } } },
      { names: ["above"], action: allow, excludes: { minKernel: { major: 6, minor: 19 } } },
    ]);
    expect(keptNames(buildSeccomp(groups, [], host))).toEqual(["above"]);
  });

  it("keeps an includes.arches group only on a listed native arch", () => {
    const groups = profile([
      { names: ["a"], action: allow, includes: { arches: ["amd64", "x86"] } },
    ]);
    expect(keptNames(buildSeccomp(groups, [], host))).toEqual(["a"]);
    expect(keptNames(buildSeccomp(groups, [], { ...host, arch: "386" }))).toEqual(["a"]);
    expect(keptNames(buildSeccomp(groups, [], { ...host, arch: "arm64" }))).toEqual([]);
  });

  it("keeps an includes.caps group only when every cap is in the bounding set", () => {
    const groups = profile([
      { names: ["a"], action: allow, includes: { caps: ["CAP_CHOWN", "CAP_KILL"] } },
    ]);
    expect(keptNames(buildSeccomp(groups, ["CAP_KILL", "CAP_CHOWN"], host))).toEqual(["a"]);
    expect(keptNames(buildSeccomp(groups, ["CAP_CHOWN"], host))).toEqual([]);
    expect(keptNames(buildSeccomp(groups, ["cap_chown", "cap_kill"], host))).toEqual([]);
  });

  it("keeps an includes.minKernel group only from that kernel on", () => {
    const groups = profile([
      { names: ["ptrace"], action: allow, includes: { minKernel: { major: 4, minor: 8 } } },
    ]);
    const at = (major: number, minor: number) =>
      keptNames(
        buildSeccomp(groups, [], { release: "20.10", arch: "amd64", kernel: { major, minor } }),
      );
    expect([at(4, 7), at(4, 8), at(4, 20), at(5, 0), at(3, 99)]).toEqual([
      [],
      ["ptrace"],
      ["ptrace"],
      ["ptrace"],
      [],
    ]);
  });

  it("neither merges nor deduplicates groups", () => {
    const groups = profile([
      { names: ["read"], action: allow },
      { names: ["read", "read"], action: allow },
    ]);
    expect(buildSeccomp(groups, [], host).syscalls).toEqual([
      { names: ["read"], action: allow },
      { names: ["read", "read"], action: allow },
    ]);
  });

  it("emits only names, action, errnoRet and args, dropping empty args and zero valueTwo", () => {
    const groups = profile([
      {
        names: ["a"],
        action: "SCMP_ACT_ERRNO",
        errnoRet: 0,
        args: [
          { index: 0, value: 1, valueTwo: 0, op: "SCMP_CMP_EQ" },
          { index: 1, value: 2n ** 64n - 1n, valueTwo: 0n, op: "SCMP_CMP_MASKED_EQ" },
          { index: 2, value: 0, valueTwo: 7, op: "SCMP_CMP_NE" },
        ],
        comment: "not emitted",
        includes: { caps: [] },
      },
      { names: ["b"], action: allow, args: [] },
    ]);
    expect(buildSeccomp(groups, [], host).syscalls).toStrictEqual([
      {
        names: ["a"],
        action: "SCMP_ACT_ERRNO",
        errnoRet: 0,
        args: [
          { index: 0, value: 1, op: "SCMP_CMP_EQ" },
          { index: 1, value: 2n ** 64n - 1n, op: "SCMP_CMP_MASKED_EQ" },
          { index: 2, value: 0, valueTwo: 7, op: "SCMP_CMP_NE" },
        ],
      },
      { names: ["b"], action: allow },
    ]);
  });

  it("omits syscalls and architectures when there are none", () => {
    expect(buildSeccomp(profile([]), [], host)).toStrictEqual({ defaultAction: "SCMP_ACT_ERRNO" });
  });
});

describe("buildSeccomp architectures", () => {
  const withArchMap: SeccompProfile = { ...defaultSeccompProfile("20.10"), syscalls: [] };
  const archesOn = (arch: string) =>
    buildSeccomp(withArchMap, [], { release: "20.10", arch, kernel: host.kernel }).architectures;

  it("takes the native archMap entry followed by its sub-arches", () => {
    expect(archesOn("amd64")).toEqual(["SCMP_ARCH_X86_64", "SCMP_ARCH_X86", "SCMP_ARCH_X32"]);
    expect(archesOn("arm64")).toEqual(["SCMP_ARCH_AARCH64", "SCMP_ARCH_ARM"]);
    expect(archesOn("s390x")).toEqual(["SCMP_ARCH_S390X", "SCMP_ARCH_S390"]);
    expect(archesOn("mips64le")).toEqual([
      "SCMP_ARCH_MIPSEL64",
      "SCMP_ARCH_MIPSEL",
      "SCMP_ARCH_MIPSEL64N32",
    ]);
  });

  it("omits architectures for an arch without an archMap entry or unknown to Docker", () => {
    // mipsle maps to native "mipsel", which Docker's nativeToSeccomp spells "mipsle": no match.
    for (const arch of ["arm", "386", "ppc64le", "mipsle", "riscv64"]) {
      expect(archesOn(arch)).toBeUndefined();
    }
  });

  it("copies a profile's own architectures verbatim", () => {
    const own: SeccompProfile = {
      defaultAction: "SCMP_ACT_ALLOW",
      architectures: ["SCMP_ARCH_AARCH64", "SCMP_ARCH_X86_64"],
      syscalls: [],
    };
    expect(buildSeccomp(own, [], host).architectures).toEqual([
      "SCMP_ARCH_AARCH64",
      "SCMP_ARCH_X86_64",
    ]);
  });
});
