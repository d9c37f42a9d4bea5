/**
 * The native arch as Docker's setupSeccomp sees it (moby v20.10.24
 * `profiles/seccomp/seccomp_linux.go`): `goToNative` turns the Go arch into the libseccomp-style
 * name that profile `includes`/`excludes` arches are compared with, and `nativeToSeccomp` turns
 * that name into the SCMP arch looked up in `archMap`.
 */
export interface SeccompArch {
  /** Name compared with filter `arches`; `""` for a Go arch Docker does not know. */
  readonly native: string;
  /** SCMP arch for the `archMap` lookup; undefined when Docker has none. */
  readonly scmp: string | undefined;
}

// goToNative, verbatim from Docker 20.10.24.
const goToNative: ReadonlyMap<string, string> = new Map([
  ["386", "x86"],
  ["amd64", "amd64"],
  ["arm", "arm"],
  ["arm64", "arm64"],
  ["mips64", "mips64"],
  ["mips64p32", "mips64n32"],
  ["mips64le", "mipsel64"],
  ["mips64p32le", "mips3l64n32"],
  ["mipsle", "mipsel"],
  ["ppc", "ppc"],
  ["ppc64", "ppc64"],
  ["ppc64le", "ppc64le"],
  ["s390", "s390"],
  ["s390x", "s390x"],
]);

// nativeToSeccomp, verbatim from Docker 20.10.24. Its key for 32-bit little-endian MIPS is
// "mipsle" while goToNative yields "mipsel", so on mipsle no archMap entry ever matches.
const nativeToSeccomp: ReadonlyMap<string, string> = new Map([
  ["x86", "SCMP_ARCH_X86"],
  ["amd64", "SCMP_ARCH_X86_64"],
  ["arm", "SCMP_ARCH_ARM"],
  ["arm64", "SCMP_ARCH_AARCH64"],
  ["mips64", "SCMP_ARCH_MIPS64"],
  ["mips64n32", "SCMP_ARCH_MIPS64N32"],
  ["mipsel64", "SCMP_ARCH_MIPSEL64"],
  ["mips3l64n32", "SCMP_ARCH_MIPSEL64N32"],
  ["mipsle", "SCMP_ARCH_MIPSEL"],
  ["ppc", "SCMP_ARCH_PPC"],
  ["ppc64", "SCMP_ARCH_PPC64"],
  ["ppc64le", "SCMP_ARCH_PPC64LE"],
  ["s390", "SCMP_ARCH_S390"],
  ["s390x", "SCMP_ARCH_S390X"],
]);

/** Map a Go arch name to the names Docker's seccomp setup uses for it. */
export function resolveSeccompArch(goArch: string): SeccompArch {
  const native = goToNative.get(goArch) ?? "";
  return { native, scmp: nativeToSeccomp.get(native) };
}
