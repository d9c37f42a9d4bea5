import { describe, expect, it } from "vitest";
import { buildContainerSeccomp } from "../../src/spec/container-seccomp.ts";
import { defaultCapabilities } from "../../src/spec/docker-defaults.ts";
import { parseSecurityOptions } from "../../src/spec/security-options.ts";

// Docker 20.10.24 captures with `--security-opt seccomp=<file>` for the profiles below (the CLI
// inlines the file), with and without `--privileged`, and `seccomp=unconfined`.
const target = { release: "20.10", arch: "amd64", kernel: { major: 5, minor: 10 } } as const;
const smallProfile = JSON.stringify({
  defaultAction: "SCMP_ACT_ALLOW",
  defaultErrnoRet: 1,
  architectures: ["SCMP_ARCH_X86_64"],
  syscalls: [
    { names: ["chown"], action: "SCMP_ACT_ERRNO", errnoRet: 1 },
    { name: "mount", action: "SCMP_ACT_ALLOW", includes: { caps: ["CAP_SYS_ADMIN"] } },
    { names: ["reboot"], action: "SCMP_ACT_ERRNO", excludes: { caps: ["CAP_SYS_BOOT"] } },
  ],
});
const seccomp = (options: string[], privileged = false) =>
  buildContainerSeccomp(
    privileged,
    parseSecurityOptions(options).value,
    defaultCapabilities,
    target,
  );

describe("buildContainerSeccomp", () => {
  it("filters a custom profile by the capabilities and drops defaultErrnoRet", () => {
    expect(seccomp([`seccomp=${smallProfile}`])).toEqual({
      value: {
        defaultAction: "SCMP_ACT_ALLOW",
        architectures: ["SCMP_ARCH_X86_64"],
        syscalls: [
          { names: ["chown"], action: "SCMP_ACT_ERRNO", errnoRet: 1 },
          { names: ["reboot"], action: "SCMP_ACT_ERRNO" },
        ],
      },
      diagnostics: [],
    });
  });

  it("emits no seccomp for a profile without default action or syscalls", () => {
    expect(seccomp(['seccomp={"defaultAction":""}']).value).toBeUndefined();
  });

  it("emits no seccomp for a privileged container, even with a custom profile", () => {
    expect(seccomp([`seccomp=${smallProfile}`], true).value).toBeUndefined();
  });

  it("emits no seccomp for seccomp=unconfined and the default profile otherwise", () => {
    expect(seccomp(["seccomp=unconfined"]).value).toBeUndefined();
    expect(seccomp([]).value?.defaultAction).toBe("SCMP_ACT_ERRNO");
  });

  it("reports an invalid profile at its security_opt key", () => {
    const { value, diagnostics } = seccomp(["no-new-privileges", "seccomp={"]);
    expect(value).toBeUndefined();
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: "SPC506", key: "security_opt[1]" }),
    ]);
  });
});
