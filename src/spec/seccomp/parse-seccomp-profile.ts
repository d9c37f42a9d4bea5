import type { Uint64 } from "../oci-types.ts";
import {
  DecodeError,
  decodeList,
  decodeSafeUint,
  decodeString,
  decodeStringList,
  decodeUint64,
  foldFieldName,
  objectMembers,
} from "./go-decode.ts";
import type { DockerRelease } from "../../overlay/index.ts";
import { readJsonTree, type JsonTree } from "./read-json-tree.ts";
import type {
  KernelVersion,
  SeccompArchitecture,
  SeccompArg,
  SeccompFilter,
  SeccompProfile,
  SeccompSyscallGroup,
} from "./seccomp-profile.ts";

/*
 * Docker decodes a user profile (`--security-opt seccomp=<file>`, daemon `--seccomp-profile`) with
 * encoding/json into its `Seccomp` type (profiles/seccomp/seccomp.go, LoadProfile), so members it
 * does not know are dropped without a word. In 20.10.24 those include `defaultErrnoRet`, `flags`,
 * `listenerPath` and `listenerMetadata`; 26.1.5's type embeds runtime-spec's LinuxSeccomp and
 * keeps them. setupSeccomp then refuses `architectures` together with `archMap`, and `name`
 * together with `names`.
 *
 * Where rbc is stricter than Docker (each would otherwise yield a config.json that rbc cannot write
 * exactly): a group with both `name` and `names` is refused even when the filters would drop it
 * (Docker only checks kept groups); a group with neither is refused (Docker emits `"names":null`);
 * a `null` group or argument is refused (Docker's daemon dereferences it); `index` and `errnoRet`
 * above 2^53-1 are refused.
 */

/**
 * Parse and validate a user-supplied profile (JSON text, Docker's profile format) into
 * SeccompProfile as `release` decodes it, or return an error message.
 */
export function parseSeccompProfile(
  json: string,
  release: DockerRelease,
): { profile: SeccompProfile } | { error: string } {
  const read = readJsonTree(json);
  if ("error" in read) return { error: `seccomp profile: ${read.error}` };
  try {
    const profile = decodeProfile(read.tree);
    return {
      profile: release === "20.10" ? profile : { ...profile, ...decodeSpecFields(read.tree) },
    };
  } catch (error) {
    if (error instanceof DecodeError) return { error: error.message };
    throw error;
  }
}

function decodeProfile(tree: JsonTree): SeccompProfile {
  if (tree.kind !== "object" && tree.kind !== "null") {
    throw new DecodeError("", "expected a JSON object");
  }
  let defaultAction = "";
  let architectures: string[] | undefined;
  let archMap: SeccompArchitecture[] | undefined;
  let syscalls: SeccompSyscallGroup[] | undefined;
  for (const [key, value] of objectMembers(tree, "")) {
    const name = foldFieldName(key);
    if (name === "defaultaction") defaultAction = decodeString(value, key, defaultAction);
    if (name === "architectures") architectures = decodeStringList(value, key);
    if (name === "archmap") archMap = decodeList(value, key, decodeArchitecture);
    if (name === "syscalls") syscalls = decodeList(value, key, decodeGroup);
  }
  // setupSeccomp returns "no seccomp" for such a profile before it looks at the arches.
  const disabled = defaultAction === "" && (syscalls ?? []).length === 0;
  if (!disabled && architectures?.length && archMap?.length) {
    throw new DecodeError(
      "",
      "'architectures' and 'archMap' were specified in the seccomp profile, use either 'architectures' or 'archMap'",
    );
  }
  return {
    defaultAction,
    ...(architectures?.length ? { architectures } : {}),
    ...(archMap?.length ? { archMap } : {}),
    syscalls: syscalls ?? [],
  };
}

type SpecFields = Pick<
  SeccompProfile,
  "defaultErrnoRet" | "flags" | "listenerPath" | "listenerMetadata"
>;

/** The LinuxSeccomp members 26.1 keeps: `defaultErrnoRet`, `flags` and the listener's. */
function decodeSpecFields(tree: JsonTree): SpecFields {
  if (tree.kind !== "object") return {};
  let defaultErrnoRet: number | undefined;
  let flags: string[] | undefined;
  let listenerPath = "";
  let listenerMetadata = "";
  for (const [key, value] of objectMembers(tree, "")) {
    const name = foldFieldName(key);
    if (name === "defaulterrnoret") defaultErrnoRet = decodeErrnoRet(value, key);
    if (name === "flags") flags = decodeStringList(value, key);
    if (name === "listenerpath") listenerPath = decodeString(value, key, listenerPath);
    if (name === "listenermetadata") listenerMetadata = decodeString(value, key, listenerMetadata);
  }
  return {
    ...(defaultErrnoRet === undefined ? {} : { defaultErrnoRet }),
    ...(flags?.length ? { flags } : {}),
    ...(listenerPath === "" ? {} : { listenerPath }),
    ...(listenerMetadata === "" ? {} : { listenerMetadata }),
  };
}

function decodeArchitecture(tree: JsonTree, path: string): SeccompArchitecture {
  let architecture = "";
  let subArchitectures: string[] | undefined;
  for (const [key, value] of objectMembers(tree, path)) {
    const name = foldFieldName(key);
    const at = `${path}.${key}`;
    if (name === "architecture") architecture = decodeString(value, at, architecture);
    if (name === "subarchitectures") subArchitectures = decodeStringList(value, at);
  }
  return { architecture, subArchitectures: subArchitectures ?? [] };
}

function decodeGroup(tree: JsonTree, path: string): SeccompSyscallGroup {
  if (tree.kind === "null") throw new DecodeError(path, "a syscall group cannot be null");
  let name = "";
  let names: string[] | undefined;
  let action = "";
  let errnoRet: number | undefined;
  let args: SeccompArg[] | undefined;
  let comment = "";
  let includes: SeccompFilter = {};
  let excludes: SeccompFilter = {};
  for (const [key, value] of objectMembers(tree, path)) {
    const field = foldFieldName(key);
    const at = `${path}.${key}`;
    if (field === "name") name = decodeString(value, at, name);
    if (field === "names") names = decodeStringList(value, at);
    if (field === "action") action = decodeString(value, at, action);
    if (field === "errnoret") errnoRet = decodeErrnoRet(value, at);
    if (field === "args") args = decodeList(value, at, decodeArg);
    if (field === "comment") comment = decodeString(value, at, comment);
    if (field === "includes") includes = decodeFilter(value, at, includes);
    if (field === "excludes") excludes = decodeFilter(value, at, excludes);
  }
  return {
    names: groupNames(name, names, path),
    action,
    ...(errnoRet === undefined ? {} : { errnoRet }),
    ...(args?.length ? { args } : {}),
    ...(comment === "" ? {} : { comment }),
    ...(isEmptyFilter(includes) ? {} : { includes }),
    ...(isEmptyFilter(excludes) ? {} : { excludes }),
  };
}

/** setupSeccomp: `name` becomes `[name]`; otherwise `names` as decoded. */
function groupNames(name: string, names: string[] | undefined, path: string): string[] {
  if (name !== "" && names?.length) {
    throw new DecodeError(
      path,
      "'name' and 'names' were specified in the seccomp profile, use either 'name' or 'names'",
    );
  }
  if (name !== "") return [name];
  if (names === undefined) throw new DecodeError(path, "a syscall group needs 'name' or 'names'");
  return names;
}

function decodeErrnoRet(tree: JsonTree, path: string): number | undefined {
  return tree.kind === "null" ? undefined : decodeSafeUint(tree, path, 0);
}

function decodeArg(tree: JsonTree, path: string): SeccompArg {
  if (tree.kind === "null") throw new DecodeError(path, "an argument cannot be null");
  let index = 0;
  let value = 0n;
  let valueTwo = 0n;
  let op = "";
  for (const [key, member] of objectMembers(tree, path)) {
    const field = foldFieldName(key);
    const at = `${path}.${key}`;
    if (field === "index") index = decodeSafeUint(member, at, index);
    if (field === "value") value = decodeUint64(member, at, value);
    if (field === "valuetwo") valueTwo = decodeUint64(member, at, valueTwo);
    if (field === "op") op = decodeString(member, at, op);
  }
  return {
    index,
    value: toUint64(value),
    ...(valueTwo === 0n ? {} : { valueTwo: toUint64(valueTwo) }),
    op,
  };
}

/** A Filter member; a repeated `includes`/`excludes` decodes into the same struct, as in Go. */
function decodeFilter(tree: JsonTree, path: string, previous: SeccompFilter): SeccompFilter {
  let { caps, arches, minKernel } = previous;
  for (const [key, value] of objectMembers(tree, path)) {
    const field = foldFieldName(key);
    const at = `${path}.${key}`;
    if (field === "caps") caps = decodeStringList(value, at);
    if (field === "arches") arches = decodeStringList(value, at);
    if (field === "minkernel") minKernel = decodeMinKernel(value, at);
  }
  return {
    ...(caps?.length ? { caps } : {}),
    ...(arches?.length ? { arches } : {}),
    ...(minKernel === undefined ? {} : { minKernel }),
  };
}

/**
 * Docker's KernelVersion.UnmarshalJSON: a string "<kernel>.<major>", each part a decimal 0…255,
 * not "0.0"; the empty string decodes to 0.0 (a minimum every kernel meets).
 */
function decodeMinKernel(tree: JsonTree, path: string): KernelVersion | undefined {
  if (tree.kind === "null") return undefined;
  const expected = `expected "<kernel>.<major>"`;
  if (tree.kind !== "string") throw new DecodeError(path, `invalid kernel version, ${expected}`);
  if (tree.value === "") return { major: 0, minor: 0 };
  const parts = tree.value.split(".");
  const [major, minor] = parts.map((part) => (/^[0-9]+$/.test(part) ? Number(part) : NaN));
  const valid = parts.length === 2 && major !== undefined && minor !== undefined;
  if (!valid || !(major <= 255 && minor <= 255)) {
    throw new DecodeError(
      path,
      `invalid kernel version ${JSON.stringify(tree.value)}, ${expected}`,
    );
  }
  if (major === 0 && minor === 0) throw new DecodeError(path, "kernel version cannot be 0.0");
  return { major, minor };
}

function isEmptyFilter(filter: SeccompFilter): boolean {
  return filter.caps === undefined && filter.arches === undefined && filter.minKernel === undefined;
}

/** Seccomp values are uint64: a number while exact (≤ 2^53), a bigint beyond. */
function toUint64(value: bigint): Uint64 {
  return value <= 2n ** 53n ? Number(value) : value;
}
