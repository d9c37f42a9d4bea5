/**
 * The runtime contract: what compile time writes into a bundle and run time reads back, so both
 * sides import it from here and test against it. The annotation keys, the hooks' command lines,
 * the `/run/rbc` layout, the files that park a network across a restart, the published-port
 * format, and where the materialized rootfs lives. Pure data and functions; no I/O.
 */
export {
  CONTAINER_ID_ANNOTATION,
  STOP_SIGNAL_ANNOTATION,
  STOP_TIMEOUT_ANNOTATION,
} from "./annotation-keys.ts";
/** What of a bundle's environment is filled in at run time (the `rbc.environment` annotation). */
export {
  bundleDirOfState,
  formatRunEnvironment,
  readRunEnvironment,
  RUN_ENVIRONMENT_ANNOTATION,
  RUNTIME_BUNDLE_ANNOTATION,
} from "./run-environment.ts";
export type { RunEnvFile, RunEnvironment } from "./run-environment.ts";
export {
  createRuntimeArgs,
  hookNetwork,
  hookNetworks,
  poststopArgs,
  rbcHook,
  readNetworkHook,
} from "./hook-command.ts";
export type { HookNetwork, NetworkHookRequest } from "./hook-command.ts";
export type { OciHook, OciHooks } from "./oci-hooks.ts";
export { parkingFiles } from "./parking-files.ts";
export { formatPublishedPort, parsePublishedPort } from "./published-port.ts";
export type { PublishedPortSpec } from "./published-port.ts";
/** Where a bundle's materialized rootfs lives: `root.path` inside a private (0700) directory. */
export { ROOTFS_PARENT, ROOTFS_PARENT_MODE, ROOTFS_PATH } from "./rootfs-layout.ts";
export {
  isBundleRunName,
  joinedBundlePath,
  namespacePinLeaf,
  NETWORK_RECORD_FILE,
  pinnedNamespaces,
  RUN_ROOT,
  rbcRunDirs,
  runPath,
  runtimeBundleDir,
  sharedBundleFiles,
} from "./run-layout.ts";
export type { PinnedNamespace } from "./run-layout.ts";
