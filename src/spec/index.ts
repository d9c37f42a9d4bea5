/**
 * The spec stage (pure): a resolved container (Docker's container state: Config, HostConfig,
 * mounts, donors) becomes the OCI runtime config.json Docker would hand runc, then the overlay's
 * JSON patches apply. Also the data model of that container state, which resolve fills, and
 * Docker's defaults that resolve applies when it creates a container.
 */
export { compileSpec } from "./compile-spec.ts";
export type { SpecInput } from "./build-spec.ts";
/** What decided each field of config.json, as spec generation and the patches record it. */
export { pointerToken, specRecorder } from "./spec-recorder.ts";
export type { SpecCause, SpecCauses, SpecRecorder } from "./spec-recorder.ts";
export type {
  ContainerConfig,
  ContainerState,
  DeviceMapping,
  DonorContainer,
  HostConfig,
  HostDevice,
  HostDeviceTable,
  ImageConfig,
  ImageInfo,
  MountPoint,
  ThrottleDevice,
  Ulimit,
  UserDatabase,
  WeightDevice,
} from "./container-state.ts";
export type { OciHooks, OciMount, OciSpec } from "./oci-types.ts";
/** Docker's create-time defaults (moby daemon/create.go, oci/defaults.go) that resolve applies. */
export { defaultMaskedPaths, defaultReadonlyPaths, defaultShmSize } from "./docker-defaults.ts";
/** Docker's path and tmpfs option rules, which resolve checks a request against. */
export { cleanPath } from "./mounts.ts";
/** The bind of Docker's init binary (`init: true`), which a run finds on the host. */
export { dockerInitMount } from "./docker-init.ts";
export { tmpfsOptionProblem } from "./tmpfs-options.ts";
/** A container's published ports as the hooks publish them (`8080:80/tcp`), sorted. */
export { publishedPorts } from "./hooks.ts";
/** The /etc/passwd and /etc/group entries a user lookup needs, chosen as the files stream by. */
export { userEntrySelector } from "./process-user.ts";
export type { UserEntrySelector, UserQuery } from "./process-user.ts";
