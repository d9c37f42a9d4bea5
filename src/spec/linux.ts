import type { Diagnostic } from "../diagnostics.ts";
import type { EngineTarget } from "../overlay/index.ts";
import { buildBlockIO } from "./block-io.ts";
import { buildCgroupsPath } from "./cgroups-path.ts";
import { buildContainerSeccomp } from "./container-seccomp.ts";
import type { ContainerState, HostDeviceTable } from "./container-state.ts";
import { buildDevices } from "./devices.ts";
import { buildNamespaces } from "./namespaces.ts";
import type { OciLinux } from "./oci-types.ts";
import { optionalField } from "./optional-field.ts";
import { buildResources } from "./resources.ts";
import type { SeccompTarget } from "./seccomp/index.ts";
import type { SecurityOptions } from "./security-options.ts";
import { recordLinux } from "./linux-causes.ts";
import { noRecord, type RecordCause } from "./spec-recorder.ts";
import { buildSysctl } from "./sysctl.ts";

export interface LinuxInput {
  readonly state: ContainerState;
  readonly containerId: string;
  /** The Docker release and cgroup version whose rules apply. */
  readonly target: EngineTarget;
  readonly hostDevices: HostDeviceTable;
  /** The final capability set: seccomp keeps the rules these capabilities allow. */
  readonly boundingCaps: readonly string[];
  readonly security: SecurityOptions;
  readonly seccompTarget: SeccompTarget;
  /** From the bind mounts' propagation (rootfs-propagation.ts). */
  readonly rootfsPropagation: string | undefined;
  readonly record?: RecordCause;
}

/**
 * `linux` (config-linux.md) in the runtime-spec field order: sysctl, resources, cgroupsPath,
 * namespaces, devices, seccomp, rootfsPropagation, maskedPaths, readonlyPaths. Masked and read-only paths are
 * HostConfig's verbatim (create fills Docker's defaults; privileged and `systempaths=unconfined`
 * leave them empty, and empty lists are left out).
 */
export function buildLinux(input: LinuxInput): { value: OciLinux; diagnostics: Diagnostic[] } {
  const { state } = input;
  const hc = state.HostConfig;
  const { target } = input;
  const devices = buildDevices(hc, input.hostDevices, target.docker);
  const blockIO = buildBlockIO(hc, input.hostDevices, target.docker);
  const seccomp = buildContainerSeccomp(
    hc.Privileged,
    input.security,
    input.boundingCaps,
    input.seccompTarget,
  );
  const linux: OciLinux = {
    ...optionalField("sysctl", buildSysctl(state)),
    resources: buildResources(hc, devices.value.rules, blockIO.value, target),
    cgroupsPath: buildCgroupsPath(hc.CgroupParent, input.containerId),
    namespaces: buildNamespaces(state, target.docker),
    ...optionalField("devices", devices.value.devices),
    ...optionalField("seccomp", seccomp.value),
    ...optionalField("rootfsPropagation", input.rootfsPropagation),
    ...optionalField("maskedPaths", [...(hc.MaskedPaths ?? [])]),
    ...optionalField("readonlyPaths", [...(hc.ReadonlyPaths ?? [])]),
  };
  recordLinux(state, linux, target, input.record ?? noRecord);
  return {
    value: linux,
    diagnostics: [...devices.diagnostics, ...blockIO.diagnostics, ...seccomp.diagnostics],
  };
}
