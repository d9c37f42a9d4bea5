/** Running compiled bundles under runc: the runc adapter and the naming rules around it. */
export { legacyContainerId } from "./container-id.ts";
export { foreignHolder, legacyContainer } from "./legacy-container.ts";
export { normalizeSignal, stopSignal } from "./stop-signal.ts";
export { findRunc, runcAdapter } from "./runc.ts";
export type { ContainerState, Runc } from "./runc.ts";
export { readRunBundle } from "./read-run-bundle.ts";
export type { RunBundle } from "./read-run-bundle.ts";
export { hookEnvironment } from "./hook-environment.ts";
export { runningContainer } from "./running-container.ts";
export type { InitProcess } from "./init-process.ts";
export type { Stoppable } from "./stop-container.ts";
export {
  prepareStart,
  restartDetached,
  restartInterrupted,
  type LaunchOptions,
  type RestartStep,
  runForeground,
  runLog,
  startDetached,
  stopAndDelete,
  type StopOutcome,
} from "./bundle-container.ts";
