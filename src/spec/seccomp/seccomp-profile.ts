import type { Uint64 } from "../oci-types.ts";

/**
 * A seccomp profile in Docker's own format (moby `profiles/seccomp/seccomp.go`, type `Seccomp`):
 * the format of `--security-opt seccomp=<file>`, of daemon `--seccomp-profile` and of the built-in
 * default. It is not yet `linux.seccomp`: `buildSeccomp` filters and converts it. Docker 26.1's
 * type embeds the runtime-spec `LinuxSeccomp`, so it also keeps `defaultErrnoRet`, `flags` and the
 * listener fields, which 20.10 drops while decoding.
 */
export interface SeccompProfile {
  /** `defaultAction`, e.g. `SCMP_ACT_ERRNO`. Docker does not validate it; runc does. */
  readonly defaultAction: string;
  /** 26.1: the errno of `defaultAction` (`*uint`, emitted whenever present, also 0). */
  readonly defaultErrnoRet?: number;
  /** 26.1: seccomp(2) filter flags (`SECCOMP_FILTER_FLAG_LOG`, ...), emitted when non-empty. */
  readonly flags?: readonly string[];
  /** 26.1: the seccomp notify listener's socket and metadata, emitted when non-empty. */
  readonly listenerPath?: string;
  readonly listenerMetadata?: string;
  /** Legacy `architectures` (SCMP names), copied verbatim; exclusive with a non-empty `archMap`. */
  readonly architectures?: readonly string[];
  /** `archMap`: the SCMP arch of each native arch and the sub-arches that go with it. */
  readonly archMap?: readonly SeccompArchitecture[];
  /** Syscall groups, in order; every kept group becomes one `linux.seccomp.syscalls` entry. */
  readonly syscalls: readonly SeccompSyscallGroup[];
}

/** An `archMap` entry: `{architecture, subArchitectures}`. */
export interface SeccompArchitecture {
  readonly architecture: string;
  readonly subArchitectures: readonly string[];
}

/**
 * A syscall group (Docker's `Syscall`). Docker's singular `name` is stored as `names: [name]`,
 * which is what Docker emits for it.
 */
export interface SeccompSyscallGroup {
  readonly names: readonly string[];
  readonly action: string;
  /** Emitted whenever present, also when 0 (Docker's `*uint`). */
  readonly errnoRet?: number;
  readonly args?: readonly SeccompArg[];
  /** Documentation only; never emitted. */
  readonly comment?: string;
  /** The group is kept only if every condition here holds. */
  readonly includes?: SeccompFilter;
  /** The group is dropped if any condition here holds. */
  readonly excludes?: SeccompFilter;
}

/** A syscall argument condition (runtime-spec `LinuxSeccompArg`). */
export interface SeccompArg {
  readonly index: number;
  readonly value: Uint64;
  /** Dropped from the output when 0 (`omitempty`). */
  readonly valueTwo?: Uint64;
  readonly op: string;
}

/** Docker's `Filter`: conditions on the bounding capabilities, the native arch and the kernel. */
export interface SeccompFilter {
  /** `CAP_`-prefixed names, compared case-sensitively with the bounding set. */
  readonly caps?: readonly string[];
  /**
   * libseccomp-style native arch names as Docker's `goToNative` gives them (`amd64`, `x86`, `arm`,
   * `arm64`, `mipsel64`, `s390x`, ...), compared case-sensitively.
   */
  readonly arches?: readonly string[];
  /** `minKernel` ("4.8" → `{major: 4, minor: 8}`); `""` decodes to 0.0, met by every kernel. */
  readonly minKernel?: KernelVersion;
}

/** A kernel version as Docker compares it: only the first two numbers of the release. */
export interface KernelVersion {
  readonly major: number;
  readonly minor: number;
}
