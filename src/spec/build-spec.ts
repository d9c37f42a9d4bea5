import { error, type Diagnostic, type Result } from "../diagnostics.ts";
import { capabilitySets, tweakCapabilities } from "./capabilities.ts";
import { buildAnnotations } from "./annotations.ts";
import type {
  ContainerState,
  HostDeviceTable,
  ImageInfo,
  UserDatabase,
} from "./container-state.ts";
import { ociVersion } from "./docker-defaults.ts";
import { buildNamespaces, buildResources, buildSysctl } from "./linux.ts";
import { buildMounts, cleanPath } from "./mounts.ts";
import type { OciLinux, OciProcess, OciSeccomp, OciSpec } from "./oci-types.ts";
import { buildProcessEnv } from "./process-env.ts";
import { resolveUser, type ResolvedUser } from "./process-user.ts";
import { buildSeccomp, defaultSeccompProfile } from "./seccomp/index.ts";

export interface SpecInput {
  /** Names the cgroup (`/rbc/<name>`). */
  readonly bundleName: string;
  readonly state: ContainerState;
  /** The image's /etc/passwd and /etc/group, for user and group names. */
  readonly users: UserDatabase;
  /** The image: its architecture (Go naming: amd64, arm64, ...) selects the seccomp architectures. */
  readonly image: ImageInfo;
  /** Host devices named by `devices` and the blkio device settings, resolved on the build host. */
  readonly hostDevices: HostDeviceTable;
  /** The overlay's raw `annotations`. */
  readonly annotations: Readonly<Record<string, string>>;
}

/**
 * rbc's target kernel for Docker's kernel-conditional rules (seccomp minKernel): the oldest kernel
 * rbc supports. Docker probes the running kernel instead; a bundle must not depend on the build host.
 */
export const targetKernel = { major: 5, minor: 10 } as const;

/**
 * The OCI runtime config Docker Engine would hand runc for this container (moby daemon/oci_linux.go
 * createSpec, in its order: user, capabilities after the user, seccomp after the capabilities),
 * with host-specific parts made bundle-relative: `root.path` is `rootfs`, the network files are
 * files in the bundle, the cgroup is named after the bundle.
 */
export function buildSpec(input: SpecInput): Result<OciSpec> {
  const { state } = input;
  const diagnostics: Diagnostic[] = [];
  const user = resolveProcessUser(input, diagnostics);
  const caps = tweakCapabilities(
    state.HostConfig.CapAdd ?? [],
    state.HostConfig.CapDrop ?? [],
    state.HostConfig.Privileged,
  );
  if ("unknown" in caps) {
    diagnostics.push(
      error("SPC502", `unknown capability "${caps.unknown}"`, {
        key: capabilityKey(state, caps.unknown),
      }),
    );
  }
  if (user === undefined || "unknown" in caps) return { value: undefined, diagnostics };

  const process = buildProcess(state, user, caps.caps);
  const spec: OciSpec = {
    ociVersion,
    process,
    root: { path: "rootfs", ...(state.HostConfig.ReadonlyRootfs ? { readonly: true } : {}) },
    ...(state.HostConfig.UTSMode === "host" ? {} : { hostname: state.Config.Hostname }),
    mounts: buildMounts(state),
    hooks: {},
    ...optional("annotations", buildAnnotations(input.image, state.Config, input.annotations)),
    linux: buildLinux(input, caps.caps),
  };
  return { value: spec, diagnostics };
}

/** The overlay list item that names a capability (`cap_add[1]`). */
function capabilityKey(state: ContainerState, name: string): string {
  const added = (state.HostConfig.CapAdd ?? []).indexOf(name);
  if (added !== -1) return `cap_add[${added}]`;
  return `cap_drop[${(state.HostConfig.CapDrop ?? []).indexOf(name)}]`;
}

function resolveProcessUser(input: SpecInput, diagnostics: Diagnostic[]): ResolvedUser | undefined {
  const { Config, HostConfig } = input.state;
  const resolved = resolveUser(Config.User, HostConfig.GroupAdd ?? [], input.users);
  if ("user" in resolved) return resolved.user;
  const key = resolved.error.kind === "group" && !Config.User.includes(":") ? "group_add" : "user";
  diagnostics.push(
    error(resolved.error.kind === "user" ? "RES401" : "RES402", resolved.error.message, { key }),
  );
  return undefined;
}

function buildProcess(state: ContainerState, user: ResolvedUser, caps: string[]): OciProcess {
  const { Config, HostConfig } = state;
  return {
    ...(Config.Tty ? { terminal: true } : {}),
    user: { uid: user.uid, gid: user.gid, additionalGids: user.additionalGids },
    args: [state.Path, ...state.Args],
    env: buildProcessEnv(Config.Env, Config.Hostname, Config.Tty),
    cwd: Config.WorkingDir === "" ? "/" : cleanPath(Config.WorkingDir),
    capabilities: capabilitySets(caps, user.uid),
    ...(hasSecurityOpt(state, "no-new-privileges") ? { noNewPrivileges: true } : {}),
    oomScoreAdj: HostConfig.OomScoreAdj,
  };
}

function buildLinux(input: SpecInput, caps: string[]): OciLinux {
  const { state } = input;
  const sysctl = buildSysctl(state);
  const seccomp = buildLinuxSeccomp(input, caps);
  const masked = state.HostConfig.MaskedPaths ?? [];
  const readonly = state.HostConfig.ReadonlyPaths ?? [];
  return {
    ...(sysctl === undefined ? {} : { sysctl }),
    resources: buildResources(state),
    cgroupsPath: `/rbc/${input.bundleName}`,
    namespaces: buildNamespaces(state),
    ...(seccomp === undefined ? {} : { seccomp }),
    ...(masked.length === 0 ? {} : { maskedPaths: [...masked] }),
    ...(readonly.length === 0 ? {} : { readonlyPaths: [...readonly] }),
  };
}

/** No seccomp for privileged containers or `seccomp=unconfined` (daemon/seccomp_linux.go). */
function buildLinuxSeccomp(input: SpecInput, caps: string[]): OciSeccomp | undefined {
  const { state } = input;
  if (state.HostConfig.Privileged) return undefined;
  if (securityOptValue(state, "seccomp") === "unconfined") return undefined;
  return buildSeccomp(defaultSeccompProfile, caps, {
    arch: input.image.Architecture,
    kernel: targetKernel,
  });
}

/** Docker accepts `key=value` and the legacy `key:value` forms of security options. */
function securityOptValue(state: ContainerState, key: string): string | undefined {
  for (const opt of state.HostConfig.SecurityOpt ?? []) {
    const match = /^([^=:]+)[=:](.*)$/s.exec(opt);
    if (match?.[1] === key) return match[2];
  }
  return undefined;
}

function hasSecurityOpt(state: ContainerState, key: string): boolean {
  const value = securityOptValue(state, key);
  return (state.HostConfig.SecurityOpt ?? []).includes(key) || value === "true";
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
