/** Watch mode: rebuild bundles when the files they read change, and restart their containers. */
export { watchBundles } from "./watch.ts";
export type { WatchPorts, Watching } from "./watch.ts";
/** A bundle whose image or container is missing, as its overlay names them: watched until it compiles. */
export { unresolvedBundle } from "./unresolved-bundle.ts";
/** What the check before a start found: go on, why not, or materialize the rootfs again. */
export type { StartCheck } from "./container-runs.ts";
