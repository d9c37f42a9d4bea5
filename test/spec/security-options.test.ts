import { describe, expect, it } from "vitest";
import { parseSecurityOptions } from "../../src/spec/security-options.ts";

// Docker 20.10.24: captures for `--security-opt no-new-privileges`, `no-new-privileges:true`,
// `no-new-privileges=true` then `=false`, `seccomp=unconfined` then `seccomp=<file>`, `label=disable`;
// create refused `foo=bar` and `no-new-privileges=yes` ("invalid --security-opt 2").
describe("parseSecurityOptions", () => {
  it("reads no-new-privileges alone, with =, and with the legacy :", () => {
    for (const opt of ["no-new-privileges", "no-new-privileges=true", "no-new-privileges:true"]) {
      expect(parseSecurityOptions([opt]).value.noNewPrivileges).toBe(true);
    }
  });

  it("lets the last option of a kind win", () => {
    const { value } = parseSecurityOptions([
      "no-new-privileges=true",
      "no-new-privileges=false",
      "seccomp=unconfined",
      "seccomp={}",
    ]);
    expect(value).toEqual({ noNewPrivileges: false, seccomp: { value: "{}", index: 3 } });
  });

  it("accepts SELinux labels without effect and keeps an AppArmor profile", () => {
    expect(parseSecurityOptions(["label=disable", "apparmor=myprof"])).toEqual({
      value: { noNewPrivileges: false, apparmorProfile: "myprof" },
      diagnostics: [],
    });
  });

  it("refuses unknown options and non-boolean no-new-privileges at their keys", () => {
    const { diagnostics } = parseSecurityOptions(["foo=bar", "no-new-privileges=yes"]);
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: "SPC506", key: "security_opt[0]" }),
      expect.objectContaining({ code: "SPC506", key: "security_opt[1]" }),
    ]);
  });
});
