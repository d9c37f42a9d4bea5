/**
 * Every exception rbc raises on purpose, in one place. User-input problems are Diagnostics, not
 * exceptions; these are failures of the surroundings (EnvironmentError, exit 3), of runc
 * (RuncExitError, exit 4) and of rbc itself (InternalError, exit 70). cli/main.ts maps them.
 */
export { EnvironmentError, InternalError, RbcError } from "./rbc-error.ts";
export {
  ContainerNotFoundError,
  DockerContextError,
  DockerUnavailableError,
  EngineConnectionLostError,
  EngineRequestError,
  ImageNotFoundError,
  LockIncompleteError,
  DockerCliError,
} from "./engine-errors.ts";
export { BundleWriteError, RootfsUnresolvedError, UnsafePathError } from "./bundle-errors.ts";
export {
  DuplicateEntryError,
  HostileEntryError,
  ImageArchiveError,
  LayerDigestMismatchError,
  MtreeSyntaxError,
  RootfsMismatchError,
  RootfsParentError,
  TarFormatError,
  UnsupportedEntryError,
} from "./rootfs-errors.ts";
export type { HostileEntryRule, RootfsDifferences } from "./rootfs-errors.ts";
export { CniPluginsNotFoundError, NetworkSetupError, PortInUseError } from "./network-errors.ts";
export {
  AlreadyRunningError,
  ContainerIdInUseError,
  JoinedBundleNotRunningError,
  RunEnvironmentError,
  RuncExitError,
  RuncNotFoundError,
} from "./run-errors.ts";
export { BindSourceMissingError } from "./volume-errors.ts";
