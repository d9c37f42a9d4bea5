/**
 * Seccomp for `linux.seccomp`: Docker 20.10.24's default profile as data, the parser for
 * user-supplied profiles in Docker's format, and Docker's filter-and-convert step (setupSeccomp).
 */
export { buildSeccomp } from "./build-seccomp.ts";
export { defaultSeccompProfile } from "./default-profile.ts";
export { parseSeccompProfile } from "./parse-seccomp-profile.ts";
export type {
  KernelVersion,
  SeccompArchitecture,
  SeccompArg,
  SeccompFilter,
  SeccompProfile,
  SeccompSyscallGroup,
} from "./seccomp-profile.ts";
export type { SeccompTarget } from "./seccomp-target.ts";
