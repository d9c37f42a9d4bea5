import { describe, expect, it } from "vitest";
import { defaultCapabilities } from "../../../src/spec/docker-defaults.ts";
import type { OciSeccomp } from "../../../src/spec/oci-types.ts";
import { buildSeccomp, defaultSeccompProfile } from "../../../src/spec/seccomp/index.ts";

/*
 * The amd64 output of this profile is checked against Docker itself in build-seccomp.test.ts. The
 * other arches cannot be run here (dockerd filters by its own GOARCH), so these expectations follow
 * from Debian's 20.10.24 source: default_linux.go plus engine-seccomp-mipsx.patch.
 */

const kernel = { major: 6, minor: 18 };
const defaultCaps = defaultCapabilities;

const profile2010 = defaultSeccompProfile("20.10");
const profile261 = defaultSeccompProfile("26.1");

function rulesOn(arch: string, caps: readonly string[] = defaultCaps): OciSeccomp["syscalls"] {
  return buildSeccomp(profile2010, caps, { release: "20.10", arch, kernel }).syscalls;
}

describe("defaultSeccompProfile 20.10", () => {
  it("has Docker's 28 groups with a 346-name base allow list", () => {
    const { syscalls } = profile2010;
    expect(syscalls).toHaveLength(28);
    expect(syscalls[0]?.names).toHaveLength(346);
    expect(new Set(syscalls[0]?.names).size).toBe(346);
    expect(syscalls[0]?.includes).toBeUndefined();
    expect(profile2010.defaultAction).toBe("SCMP_ACT_ERRNO");
    expect(profile2010.defaultErrnoRet).toBeUndefined();
    expect(profile2010.architectures).toBeUndefined();
  });

  it("answers clone3 with ENOSYS 38 off MIPS and 89 on MIPS (Debian's patch)", () => {
    const clone3 = (arch: string, caps = defaultCaps) =>
      rulesOn(arch, caps)?.filter((rule) => rule.names[0] === "clone3");
    const enosys = (errnoRet: number) => [
      { names: ["clone3"], action: "SCMP_ACT_ERRNO", errnoRet },
    ];
    expect(clone3("amd64")).toEqual(enosys(38));
    expect(clone3("arm64")).toEqual(enosys(38));
    expect(clone3("mips64le")).toEqual(enosys(89));
    expect(clone3("mips64")).toEqual(enosys(89));
    expect(clone3("mipsle")).toEqual(enosys(89));
    expect(clone3("mips64le", [...defaultCaps, "CAP_SYS_ADMIN"])).toEqual([]);
  });

  it("checks clone flags in argument 1 on s390x and argument 0 elsewhere", () => {
    const cloneIndex = (arch: string) =>
      rulesOn(arch)
        ?.filter((rule) => rule.names.length === 1 && rule.names[0] === "clone")
        .map((rule) => rule.args?.[0]?.index);
    expect(cloneIndex("s390x")).toEqual([1]);
    expect(cloneIndex("arm64")).toEqual([0]);
  });

  it("adds each arch's own group", () => {
    const extra = (arch: string) =>
      rulesOn(arch)
        ?.slice(7, -3)
        .map((rule) => rule.names.join(","));
    expect(extra("amd64")).toEqual(["arch_prctl", "modify_ldt"]);
    expect(extra("386")).toEqual(["modify_ldt"]);
    expect(extra("ppc64le")).toEqual(["sync_file_range2"]);
    expect(extra("arm")).toEqual([
      "arm_fadvise64_64,arm_sync_file_range,sync_file_range2,breakpoint,cacheflush,set_tls",
    ]);
    expect(extra("s390x")).toEqual(["s390_pci_mmio_read,s390_pci_mmio_write,s390_runtime_instr"]);
  });

  it("allows ptrace from kernel 4.8 on", () => {
    const ptrace = (minor: number) =>
      buildSeccomp(profile2010, defaultCaps, {
        release: "20.10",
        arch: "amd64",
        kernel: { major: 4, minor },
      }).syscalls?.some((rule) => rule.names.join() === "ptrace");
    expect([ptrace(7), ptrace(8)]).toEqual([false, true]);
  });
});

/*
 * Docker 26.1.5 (Debian trixie), from moby v26.1.5 profiles/seccomp/default_linux.go; the amd64
 * output is checked against Docker 26.1 itself by the differential tests.
 */
describe("defaultSeccompProfile 26.1", () => {
  const rules = (caps: readonly string[] = defaultCaps, arch = "amd64") =>
    buildSeccomp(profile261, caps, { release: "26.1", arch, kernel }).syscalls ?? [];

  it("has Docker's 31 groups with a 352-name base allow list and EPERM as default errno", () => {
    expect(profile261.syscalls).toHaveLength(31);
    const base = profile261.syscalls[0]?.names ?? [];
    expect(new Set(base).size).toBe(352);
    expect(profile261.defaultErrnoRet).toBe(1);
    for (const name of ["cachestat", "fchmodat2", "futex_wait", "name_to_handle_at", "pkey_alloc"])
      expect(base).toContain(name);
    for (const name of ["io_uring_setup", "io_uring_enter", "io_uring_register", "socket"])
      expect(base).not.toContain(name);
  });

  it("allows socket for every family but AF_VSOCK, and process_vm_* with ptrace from 4.8", () => {
    expect(rules().slice(1, 3)).toEqual([
      { names: ["process_vm_readv", "process_vm_writev", "ptrace"], action: "SCMP_ACT_ALLOW" },
      {
        names: ["socket"],
        action: "SCMP_ACT_ALLOW",
        args: [{ index: 0, value: 40, op: "SCMP_CMP_NE" }],
      },
    ]);
  });

  it("answers clone3 with ENOSYS on every arch, MIPS included", () => {
    const clone3 = (arch: string) =>
      rules(defaultCaps, arch).filter((r) => r.names[0] === "clone3");
    const enosys = [{ names: ["clone3"], action: "SCMP_ACT_ERRNO", errnoRet: 38 }];
    expect(clone3("amd64")).toEqual(enosys);
    expect(clone3("mips64le")).toEqual(enosys);
  });

  it("keeps bpf and perf_event_open for CAP_BPF and CAP_PERFMON", () => {
    const names = rules([...defaultCaps, "CAP_BPF", "CAP_PERFMON"]).slice(-2);
    expect(names.map((r) => r.names)).toEqual([["bpf"], ["perf_event_open"]]);
  });
});
