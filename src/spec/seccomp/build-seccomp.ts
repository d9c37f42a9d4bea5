import type { OciSeccomp, OciSyscall, OciSyscallArg } from "../oci-types.ts";
import { resolveSeccompArch, type SeccompArch } from "./resolve-seccomp-arch.ts";
import type {
  KernelVersion,
  SeccompArg,
  SeccompProfile,
  SeccompSyscallGroup,
} from "./seccomp-profile.ts";
import type { SeccompTarget } from "./seccomp-target.ts";

/**
 * Docker's setupSeccomp (moby `profiles/seccomp/seccomp_linux.go`, the same filter in 20.10.24 and
 * 26.1.5): filter a profile by the final bounding capability set (CAP_-prefixed names) and target,
 * and convert it to `linux.seccomp` (runtime-spec config-linux.md#seccomp).
 *
 * Output keys follow runtime-spec's LinuxSeccomp: `defaultAction`, `defaultErrnoRet`,
 * `architectures`, `flags`, `listenerPath`, `listenerMetadata`, `syscalls`; only 26.1's profiles
 * carry the second and the fourth to sixth (parse-seccomp-profile.ts). `architectures` is the
 * profile's own list if it has one, else the `archMap` entry of the native arch followed by its
 * sub-arches, else absent. Groups are neither merged nor deduplicated.
 *
 * Docker emits no `linux.seccomp` at all when the profile has an empty `defaultAction` and no
 * syscall groups, for `seccomp=unconfined`, and for privileged containers: the caller decides that.
 * The bounding set is `process.capabilities.bounding` (empty when there are no capabilities), also
 * for non-root users.
 */
export function buildSeccomp(
  profile: SeccompProfile,
  boundingCaps: readonly string[],
  target: SeccompTarget,
): OciSeccomp {
  const arch = resolveSeccompArch(target.arch);
  const architectures = profileArchitectures(profile, arch);
  const syscalls = profile.syscalls
    .filter((group) => isKept(group, arch.native, boundingCaps, target.kernel))
    .map(toOciSyscall);
  const { defaultErrnoRet, flags = [], listenerPath = "", listenerMetadata = "" } = profile;
  return {
    defaultAction: profile.defaultAction,
    ...(defaultErrnoRet === undefined ? {} : { defaultErrnoRet }),
    ...(architectures.length > 0 ? { architectures } : {}),
    ...(flags.length > 0 ? { flags: [...flags] } : {}),
    ...(listenerPath === "" ? {} : { listenerPath }),
    ...(listenerMetadata === "" ? {} : { listenerMetadata }),
    ...(syscalls.length > 0 ? { syscalls } : {}),
  };
}

function profileArchitectures(profile: SeccompProfile, arch: SeccompArch): string[] {
  const given = profile.architectures ?? [];
  if (given.length > 0) return [...given];
  const entry = profile.archMap?.find((candidate) => candidate.architecture === arch.scmp);
  return entry === undefined ? [] : [entry.architecture, ...entry.subArchitectures];
}

/** setupSeccomp's filter, in Docker's order of checks. */
function isKept(
  group: SeccompSyscallGroup,
  nativeArch: string,
  boundingCaps: readonly string[],
  kernel: KernelVersion,
): boolean {
  const { includes = {}, excludes = {} } = group;
  if (excludes.arches?.includes(nativeArch)) return false;
  if (excludes.caps?.some((cap) => boundingCaps.includes(cap))) return false;
  if (excludes.minKernel !== undefined && kernelAtLeast(kernel, excludes.minKernel)) return false;
  if (includes.arches?.length && !includes.arches.includes(nativeArch)) return false;
  if (includes.caps?.some((cap) => !boundingCaps.includes(cap))) return false;
  if (includes.minKernel !== undefined && !kernelAtLeast(kernel, includes.minKernel)) return false;
  return true;
}

/** Docker's kernelGreaterEqualThan: compares the first two numbers of the release only. */
function kernelAtLeast(kernel: KernelVersion, minimum: KernelVersion): boolean {
  return (
    kernel.major > minimum.major ||
    (kernel.major === minimum.major && kernel.minor >= minimum.minor)
  );
}

function toOciSyscall(group: SeccompSyscallGroup): OciSyscall {
  const args = group.args ?? [];
  return {
    names: [...group.names],
    action: group.action,
    ...(group.errnoRet === undefined ? {} : { errnoRet: group.errnoRet }),
    ...(args.length > 0 ? { args: args.map(toOciArg) } : {}),
  };
}

/** runtime-spec LinuxSeccompArg: `valueTwo` is `omitempty`, so a zero disappears. */
function toOciArg(arg: SeccompArg): OciSyscallArg {
  const { valueTwo } = arg;
  const isZero = valueTwo === undefined || valueTwo === 0 || valueTwo === 0n;
  return {
    index: arg.index,
    value: arg.value,
    ...(isZero ? {} : { valueTwo }),
    op: arg.op,
  };
}
