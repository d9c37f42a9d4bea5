import { describe, expect, it } from "vitest";
import { buildSeccomp, parseSeccompProfile } from "../../../src/spec/seccomp/index.ts";
import type { SeccompProfile } from "../../../src/spec/seccomp/index.ts";

const host = { release: "20.10", arch: "amd64", kernel: { major: 6, minor: 18 } } as const;
const defaultCaps = ["CAP_CHOWN", "CAP_SYS_CHROOT", "CAP_KILL", "CAP_AUDIT_WRITE"];

function parsed(json: string): SeccompProfile {
  const result = parseSeccompProfile(json, "20.10");
  if ("error" in result) throw new Error(`unexpected parse error: ${result.error}`);
  return result.profile;
}

function errorOf(json: string): string | undefined {
  const result = parseSeccompProfile(json, "20.10");
  return "error" in result ? result.error : undefined;
}

/*
 * The profiles in this block were run with `docker run --security-opt seccomp=<file>` on Debian's
 * Docker 20.10.24 (amd64, kernel 6.18); the expected linux.seccomp objects are copied from the
 * captured config.json, and rbc's serialization of them was byte-identical to Docker's.
 */
describe("parseSeccompProfile against Docker 20.10.24", () => {
  it("copies architectures verbatim and keeps uint64 argument values exact", () => {
    const profile = parsed(`{"defaultAction":"SCMP_ACT_ALLOW",
      "architectures":["SCMP_ARCH_X86_64","SCMP_ARCH_AARCH64"],
      "syscalls":[{"name":"mkdir","action":"SCMP_ACT_ERRNO","args":[]},
        {"names":["chmod","fchmod"],"action":"SCMP_ACT_ERRNO","errnoRet":13,"comment":"x","args":[
          {"index":1,"value":18446744073709551615,"valueTwo":0,"op":"SCMP_CMP_MASKED_EQ"},
          {"index":2,"value":0,"valueTwo":9007199254740993,"op":"SCMP_CMP_NE"}]}]}`);
    expect(buildSeccomp(profile, defaultCaps, host)).toStrictEqual({
      defaultAction: "SCMP_ACT_ALLOW",
      architectures: ["SCMP_ARCH_X86_64", "SCMP_ARCH_AARCH64"],
      syscalls: [
        { names: ["mkdir"], action: "SCMP_ACT_ERRNO" },
        {
          names: ["chmod", "fchmod"],
          action: "SCMP_ACT_ERRNO",
          errnoRet: 13,
          args: [
            { index: 1, value: 18446744073709551615n, op: "SCMP_CMP_MASKED_EQ" },
            { index: 2, value: 0, valueTwo: 9007199254740993n, op: "SCMP_CMP_NE" },
          ],
        },
      ],
    });
  });

  it("drops defaultErrnoRet, flags and listenerPath and decodes keys case-insensitively", () => {
    const profile = parsed(`{"defaultAction":"SCMP_ACT_ERRNO","defaultErrnoRet":38,
      "flags":["SECCOMP_FILTER_FLAG_LOG"],"listenerPath":"/x",
      "archMap":[{"architecture":"SCMP_ARCH_X86_64","subArchitectures":null}],
      "syscalls":[
        {"names":["read","write"],"action":"SCMP_ACT_ALLOW","errnoRet":0},
        {"names":["ptrace"],"action":"SCMP_ACT_ALLOW","includes":{"minKernel":"6.19"}},
        {"names":["kcmp"],"action":"SCMP_ACT_ALLOW","includes":{"minKernel":"6.18"}},
        {"names":["acct"],"action":"SCMP_ACT_ALLOW","excludes":{"minKernel":"6.18"}},
        {"names":["iopl"],"action":"SCMP_ACT_ALLOW","excludes":{"minKernel":"6.19"}},
        {"names":["vhangup"],"action":"SCMP_ACT_ALLOW","includes":{"arches":["x86"]}},
        {"names":["reboot"],"action":"SCMP_ACT_ALLOW","excludes":{"arches":["amd64"]}},
        {"names":["syslog"],"action":"SCMP_ACT_ALLOW","includes":{"caps":["CAP_CHOWN","CAP_KILL"]}},
        {"names":["mount"],"action":"SCMP_ACT_ALLOW","includes":{"caps":["CAP_CHOWN","CAP_SYS_ADMIN"]}},
        {"names":["umount2"],"action":"SCMP_ACT_ALLOW","excludes":{"caps":["CAP_SYS_ADMIN","CAP_KILL"]}},
        {"Names":["unshare"],"Action":"SCMP_ACT_ALLOW","Includes":{"MinKernel":""}},
        {"names":["setns"],"action":"SCMP_ACT_LOG","excludes":{"minKernel":""}},
        {"name":"chroot","names":[],"action":"SCMP_ACT_TRACE"}]}`);
    expect(buildSeccomp(profile, defaultCaps, host)).toStrictEqual({
      defaultAction: "SCMP_ACT_ERRNO",
      architectures: ["SCMP_ARCH_X86_64"],
      syscalls: [
        { names: ["read", "write"], action: "SCMP_ACT_ALLOW", errnoRet: 0 },
        { names: ["kcmp"], action: "SCMP_ACT_ALLOW" },
        { names: ["iopl"], action: "SCMP_ACT_ALLOW" },
        { names: ["syslog"], action: "SCMP_ACT_ALLOW" },
        { names: ["unshare"], action: "SCMP_ACT_ALLOW" },
        { names: ["chroot"], action: "SCMP_ACT_TRACE" },
      ],
    });
  });

  it("omits architectures when archMap has no entry for the native arch", () => {
    const profile = parsed(`{"defaultAction":"SCMP_ACT_ALLOW",
      "archMap":[{"architecture":"SCMP_ARCH_AARCH64","subArchitectures":["SCMP_ARCH_ARM"]}],
      "syscalls":[{"names":["mkdir"],"action":"SCMP_ACT_ERRNO"}]}`);
    expect(buildSeccomp(profile, defaultCaps, host)).toStrictEqual({
      defaultAction: "SCMP_ACT_ALLOW",
      syscalls: [{ names: ["mkdir"], action: "SCMP_ACT_ERRNO" }],
    });
  });

  it("emits only defaultAction for a profile without syscalls", () => {
    const profile = parsed(`{"defaultAction":"SCMP_ACT_ALLOW"}`);
    expect(buildSeccomp(profile, defaultCaps, host)).toStrictEqual({
      defaultAction: "SCMP_ACT_ALLOW",
    });
  });

  it("lets a later duplicate member win, treats null as no value and ignores unknown members", () => {
    const profile = parsed(`{"defaultAction":"SCMP_ACT_LOG","defaultAction":null,"x":[{"y":1}],
      "syscalls":[{"names":["a"],"NAMES":["b"],"action":"SCMP_ACT_ALLOW",
          "includes":{"caps":["CAP_KILL"]},"includes":{"arches":["amd64"]},
          "excludes":{"arches":["x86"]},"excludes":null},
        {"names":["c"],"action":"SCMP_ACT_ALLOW","includes":{"caps":["CAP_KILL"]},
          "includes":{"arches":["arm64"]}},
        {"names":["d",null],"action":"SCMP_ACT_ALLOW","errnoRet":null,"args":null},
        {"names":["e"],"action":"SCMP_ACT_ALLOW","args":[
          {"index":0,"value":9007199254740992,"op":"x"},{"index":1,"value":9007199254740993,"op":"x"}]}]}`);
    expect(buildSeccomp(profile, defaultCaps, host)).toStrictEqual({
      defaultAction: "SCMP_ACT_LOG",
      syscalls: [
        { names: ["b"], action: "SCMP_ACT_ALLOW" },
        { names: ["d", ""], action: "SCMP_ACT_ALLOW" },
        {
          names: ["e"],
          action: "SCMP_ACT_ALLOW",
          args: [
            { index: 0, value: 9007199254740992, op: "x" },
            { index: 1, value: 9007199254740993n, op: "x" },
          ],
        },
      ],
    });
  });

  it("allows architectures with archMap when the profile disables seccomp anyway", () => {
    expect(
      errorOf(`{"architectures":["SCMP_ARCH_X86"],"archMap":[{"architecture":"SCMP_ARCH_X86"}]}`),
    ).toBeUndefined();
  });

  it("parses a profile with no defaultAction and no syscalls (Docker then emits no seccomp)", () => {
    expect(parsed(`{"syscalls":[]}`)).toStrictEqual({ defaultAction: "", syscalls: [] });
  });

  it("refuses architectures together with archMap", () => {
    expect(
      errorOf(`{"defaultAction":"SCMP_ACT_ALLOW","architectures":["SCMP_ARCH_X86_64"],
        "archMap":[{"architecture":"SCMP_ARCH_X86_64","subArchitectures":[]}],"syscalls":[]}`),
    ).toMatch(/'architectures' and 'archMap' were specified/);
  });

  it("refuses name together with names", () => {
    expect(
      errorOf(`{"defaultAction":"SCMP_ACT_ALLOW",
        "syscalls":[{"name":"mkdir","names":["rmdir"],"action":"SCMP_ACT_ERRNO"}]}`),
    ).toMatch(/syscalls\[0\]: 'name' and 'names' were specified/);
  });

  it("refuses a minKernel that is not <kernel>.<major>", () => {
    expect(
      errorOf(`{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["rmdir"],
        "action":"SCMP_ACT_ERRNO","includes":{"minKernel":"4.8.1"}}]}`),
    ).toMatch(/syscalls\[0\]\.includes\.minKernel: invalid kernel version "4.8.1"/);
  });

  it("refuses a negative argument value", () => {
    expect(
      errorOf(`{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["rmdir"],
        "action":"SCMP_ACT_ERRNO","args":[{"index":0,"value":-1,"op":"SCMP_CMP_EQ"}]}]}`),
    ).toMatch(/syscalls\[0\]\.args\[0\]\.value: -1 is not an unsigned 64-bit integer/);
  });
});

describe("parseSeccompProfile", () => {
  const group = (fields: string) =>
    `{"defaultAction":"SCMP_ACT_ERRNO","syscalls":[{"action":"SCMP_ACT_ALLOW",${fields}}]}`;

  it("reports JSON syntax errors", () => {
    expect(errorOf(`{"defaultAction":`)).toMatch(/^seccomp profile: invalid JSON/);
    expect(errorOf(`{"a":1,}`)).toMatch(/invalid JSON/);
    expect(errorOf(`{"a":01}`)).toMatch(/invalid JSON/);
    expect(errorOf(`{} {}`)).toMatch(/unexpected data after the top-level value/);
    expect(errorOf(`{"a":"\u0001"}`)).toMatch(/control character/);
  });

  it("refuses a top-level value that is not an object", () => {
    expect(errorOf(`[]`)).toBe("seccomp profile: expected a JSON object");
  });

  it("refuses values of the wrong JSON type", () => {
    expect(errorOf(`{"defaultAction":5}`)).toBe(
      "seccomp profile: defaultAction: expected a string, got number 5",
    );
    expect(errorOf(`{"syscalls":{}}`)).toMatch(/syscalls: expected an array, got an object/);
    expect(errorOf(group(`"names":"read"`))).toMatch(/names: expected an array/);
    expect(errorOf(group(`"names":["a"],"includes":{"minKernel":4}`))).toMatch(
      /minKernel: invalid kernel version/,
    );
  });

  it("accepts only unsigned integer literals for integer fields", () => {
    const arg = (value: string) =>
      errorOf(group(`"names":["a"],"args":[{"index":0,"value":${value},"op":"SCMP_CMP_EQ"}]`));
    expect(arg("1.0")).toMatch(/1\.0 is not an unsigned 64-bit integer/);
    expect(arg("1e3")).toMatch(/1e3 is not an unsigned 64-bit integer/);
    expect(arg("18446744073709551616")).toMatch(/is not an unsigned 64-bit integer/);
    expect(arg("18446744073709551615")).toBeUndefined();
    expect(errorOf(group(`"names":["a"],"errnoRet":-1`))).toMatch(/errnoRet: -1 is not/);
    expect(errorOf(group(`"names":["a"],"errnoRet":9007199254740992`))).toMatch(/too large/);
  });

  it("keeps argument values up to 2^53 as numbers and larger ones as bigint", () => {
    const profile = parsed(
      group(`"names":["a"],"args":[{"index":0,"value":9007199254740992,"op":"x"},
        {"index":1,"value":9007199254740993,"op":"x"}]`),
    );
    expect(profile.syscalls[0]?.args?.map((arg) => arg.value)).toEqual([
      9007199254740992,
      9007199254740993n,
    ]);
  });

  it("refuses kernel versions outside 0.1 … 255.255", () => {
    const minKernel = (version: string) =>
      errorOf(group(`"names":["a"],"includes":{"minKernel":"${version}"}`));
    expect(minKernel("0.0")).toMatch(/kernel version cannot be 0\.0/);
    expect(minKernel("256.1")).toMatch(/invalid kernel version/);
    expect(minKernel("4")).toMatch(/invalid kernel version/);
    expect(minKernel("4.x")).toMatch(/invalid kernel version/);
    expect(minKernel("+4.8")).toMatch(/invalid kernel version/);
    expect(minKernel("04.08")).toBeUndefined();
  });

  it("refuses a group without name or names, and null groups or arguments", () => {
    expect(errorOf(group(`"comment":"x"`))).toMatch(/syscalls\[0\]: a syscall group needs/);
    expect(errorOf(`{"defaultAction":"A","syscalls":[null]}`)).toMatch(/cannot be null/);
    expect(errorOf(group(`"names":["a"],"args":[null]`))).toMatch(/cannot be null/);
  });

  it("lets a later duplicate member win and merges repeated filters, as Go does", () => {
    const profile = parsed(
      group(`"names":["a"],"NAMES":["b"],"includes":{"caps":["CAP_KILL"]},
        "includes":{"arches":["amd64"]},"excludes":{"arches":["x86"]},"excludes":null`),
    );
    expect(profile.syscalls[0]).toStrictEqual({
      names: ["b"],
      action: "SCMP_ACT_ALLOW",
      includes: { caps: ["CAP_KILL"], arches: ["amd64"] },
      excludes: { arches: ["x86"] },
    });
  });

  it("treats null as no value and ignores unknown members", () => {
    const profile = parsed(`{"defaultAction":"SCMP_ACT_LOG","defaultAction":null,"x":[{"y":1}],
      "syscalls":[{"names":["a",null],"action":"SCMP_ACT_ALLOW","errnoRet":null,"args":null}]}`);
    expect(profile).toStrictEqual({
      defaultAction: "SCMP_ACT_LOG",
      syscalls: [{ names: ["a", ""], action: "SCMP_ACT_ALLOW" }],
    });
  });
});

describe("parseSeccompProfile: the LinuxSeccomp members each release keeps", () => {
  const json = `{"defaultAction":"SCMP_ACT_ERRNO","defaultErrnoRet":0,"flags":["SECCOMP_FILTER_FLAG_LOG"],
    "listenerPath":"/run/seccomp.sock","listenerMetadata":"x","architectures":["SCMP_ARCH_X86_64"],
    "syscalls":[{"names":["read"],"action":"SCMP_ACT_ALLOW"}]}`;
  const built = (release: "20.10" | "26.1") => {
    const result = parseSeccompProfile(json, release);
    if ("error" in result) throw new Error(result.error);
    return JSON.stringify(buildSeccomp(result.profile, [], { ...host, release }));
  };

  it("drops them on 20.10, whose Seccomp type does not have them", () => {
    expect(built("20.10")).toBe(
      '{"defaultAction":"SCMP_ACT_ERRNO","architectures":["SCMP_ARCH_X86_64"],"syscalls":[{"names":["read"],"action":"SCMP_ACT_ALLOW"}]}',
    );
  });

  it("keeps them on 26.1, in runtime-spec's field order, a zero errno included", () => {
    expect(built("26.1")).toBe(
      '{"defaultAction":"SCMP_ACT_ERRNO","defaultErrnoRet":0,"architectures":["SCMP_ARCH_X86_64"],"flags":["SECCOMP_FILTER_FLAG_LOG"],"listenerPath":"/run/seccomp.sock","listenerMetadata":"x","syscalls":[{"names":["read"],"action":"SCMP_ACT_ALLOW"}]}',
    );
  });
});
