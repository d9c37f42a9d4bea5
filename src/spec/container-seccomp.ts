import { error, type Diagnostic } from "../diagnostics.ts";
import type { OciSeccomp } from "./oci-types.ts";
import {
  buildSeccomp,
  defaultSeccompProfile,
  parseSeccompProfile,
  type SeccompTarget,
} from "./seccomp/index.ts";
import type { SecurityOptions } from "./security-options.ts";

/**
 * `linux.seccomp` (config-linux.md#seccomp) as Docker's WithSeccomp decides it: none for a
 * privileged container (the profile is not even read) or `seccomp=unconfined`; a `seccomp=<json>`
 * profile, else the default profile, filtered by the final bounding capabilities; none when the
 * profile has neither a default action nor syscalls (setupSeccomp: "seccomp disabled").
 */
export function buildContainerSeccomp(
  privileged: boolean,
  security: SecurityOptions,
  boundingCaps: readonly string[],
  target: SeccompTarget,
): { value: OciSeccomp | undefined; diagnostics: Diagnostic[] } {
  const requested = security.seccomp;
  if (privileged || requested?.value === "unconfined") return { value: undefined, diagnostics: [] };
  if (requested === undefined || requested.value === "") {
    const profile = defaultSeccompProfile(target.release);
    return { value: buildSeccomp(profile, boundingCaps, target), diagnostics: [] };
  }
  const parsed = parseSeccompProfile(requested.value, target.release);
  if ("error" in parsed) {
    const key = `security_opt[${requested.index}]`;
    return { value: undefined, diagnostics: [error("SPC506", parsed.error, { key })] };
  }
  const { profile } = parsed;
  if (profile.defaultAction === "" && profile.syscalls.length === 0) {
    return { value: undefined, diagnostics: [] };
  }
  return { value: buildSeccomp(profile, boundingCaps, target), diagnostics: [] };
}
