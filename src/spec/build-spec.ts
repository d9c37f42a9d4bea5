import { ROOTFS_PATH } from "../contract/index.ts";
import type { EngineTarget } from "../overlay/index.ts";
import { error, hasErrors, type Diagnostic, type Result } from "../diagnostics.ts";
import { buildAnnotations } from "./annotations.ts";
import { normalizeCapabilities, tweakCapabilities } from "./capabilities.ts";
import type {
  ContainerState,
  HostDeviceTable,
  ImageInfo,
  UserDatabase,
} from "./container-state.ts";
import { ociVersion } from "./docker-defaults.ts";
import { effectiveConfig } from "./joined-container.ts";
import { buildHooks } from "./hooks.ts";
import { buildLinux } from "./linux.ts";
import { buildRootfsPropagation } from "./rootfs-propagation.ts";
import { buildMounts } from "./mounts.ts";
import type { OciSpec } from "./oci-types.ts";
import { optionalField } from "./optional-field.ts";
import { buildProcess } from "./process.ts";
import { resolveUser, type ResolvedUser } from "./process-user.ts";
import { parseSecurityOptions } from "./security-options.ts";
import { noRecord, type RecordCause } from "./spec-recorder.ts";

export interface SpecInput {
  /**
   * The bundle's runc container id (identity/): names its cgroup (`<cgroup_parent or /rbc>/<id>`)
   * and its state under /run/rbc in the hooks' arguments, and is recorded as an annotation.
   */
  readonly containerId: string;
  /** The Docker release and host cgroup version whose rules the spec follows. */
  readonly target: EngineTarget;
  readonly state: ContainerState;
  /** The image's /etc/passwd and /etc/group, for user and group names. */
  readonly users: UserDatabase;
  /** The image: its architecture (Go naming: amd64, arm64, ...) selects the seccomp architectures. */
  readonly image: ImageInfo;
  /** Host devices named by `devices` and the blkio device settings, resolved on the build host. */
  readonly hostDevices: HostDeviceTable;
  /** The overlay's raw `annotations`. */
  readonly annotations: Readonly<Record<string, string>>;
  /** Told, field by field, what decided each part of the spec (provenance/); none by default. */
  readonly record?: RecordCause;
}

/**
 * rbc's target kernel for Docker's kernel-conditional rules (seccomp minKernel): the oldest kernel
 * rbc supports. Docker probes the running kernel instead; a bundle must not depend on the build host.
 */
export const targetKernel = { major: 5, minor: 10 } as const;

/**
 * The OCI runtime config Docker Engine would hand runc for this container (moby daemon/oci_linux.go
 * createSpec, in its order: user, capabilities after the user, seccomp after the capabilities),
 * with host-specific parts made bundle-relative: `root.path` is `.rootfs/rootfs`, the network files are
 * files in the bundle, the cgroup is named after the bundle's container id, joined bundles are found under
 * /run/rbc/<id>/. Settings Docker would refuse at start come back as diagnostics, keyed by the
 * overlay key that holds them.
 */
export function buildSpec(input: SpecInput): Result<OciSpec> {
  const { state } = input;
  const hc = state.HostConfig;
  const record = input.record ?? noRecord;
  const diagnostics: Diagnostic[] = [];
  const user = resolveProcessUser(input, diagnostics);
  const caps = resolveCapabilities(state, input.target, diagnostics);
  const security = parseSecurityOptions(hc.SecurityOpt ?? []);
  diagnostics.push(...security.diagnostics);
  const mounts = buildMounts(state, input.target, record);
  const linux = buildLinux({
    state,
    rootfsPropagation: buildRootfsPropagation(mounts),
    containerId: input.containerId,
    target: input.target,
    hostDevices: input.hostDevices,
    boundingCaps: caps ?? [],
    security: security.value,
    record,
    seccompTarget: {
      release: input.target.docker,
      arch: input.image.Architecture,
      kernel: targetKernel,
    },
  });
  diagnostics.push(...linux.diagnostics);
  if (user === undefined || caps === undefined || hasErrors(diagnostics)) {
    return { value: undefined, diagnostics };
  }

  const hostname = effectiveConfig(state).Hostname;
  recordTopLevel(input, record);
  const spec: OciSpec = {
    ociVersion: ociVersion(input.target.docker),
    process: buildProcess(state, user, caps, security.value, input.target.docker, record),
    // Bundle-relative, inside the private directory materialization creates (contract/rootfs-layout.ts).
    root: { path: ROOTFS_PATH, ...(hc.ReadonlyRootfs ? { readonly: true } : {}) },
    // WithNamespaces: a host UTS namespace keeps the host's hostname.
    ...(hc.UTSMode === "host" ? {} : optionalField("hostname", nonEmpty(hostname))),
    mounts,
    hooks: buildHooks(state, input.containerId, record),
    annotations: buildAnnotations(input.image, state, input.annotations, input.containerId, record),
    linux: linux.value,
  };
  return { value: spec, diagnostics };
}

/**
 * What decides the top-level fields: the Go types' runtime-spec version, rbc's rootfs path, the
 * read-only switch and the hostname (a `container:` network's donor's, as effectiveConfig says).
 */
function recordTopLevel(input: SpecInput, record: RecordCause): void {
  const hc = input.state.HostConfig;
  record("/ociVersion", {
    rule: `specs-go Version of the runtime-spec Docker ${input.target.docker} is built against`,
  });
  record("/root/path", {
    rbc: "the bundle's rootfs directory, where rbc rootfs puts the image's files",
    source: "contract/rootfs-layout.ts",
  });
  record("/root/readonly", { state: "HostConfig.ReadonlyRootfs" });
  const joined = hc.NetworkMode.startsWith("container:");
  record("/hostname", { state: joined ? "HostConfig.NetworkMode" : "Config.Hostname" });
}

function resolveCapabilities(
  state: ContainerState,
  target: EngineTarget,
  diagnostics: Diagnostic[],
): string[] | undefined {
  const hc = state.HostConfig;
  const caps = tweakCapabilities(hc.CapAdd ?? [], hc.CapDrop ?? [], hc.Privileged, target.docker);
  if ("caps" in caps) return caps.caps;
  const key = capabilityKey(state, caps.unknown);
  const later = normalizeCapabilities([caps.unknown], "26.1");
  const hint =
    target.docker === "20.10" && "caps" in later
      ? ` (Docker 20.10 does not know it; target docker 26.1 does)`
      : "";
  diagnostics.push(error("SPC502", `unknown capability "${caps.unknown}"${hint}`, { key }));
  return undefined;
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

function nonEmpty(value: string): string | undefined {
  return value === "" ? undefined : value;
}
