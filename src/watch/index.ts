/** Watch mode: rebuild bundles when the files they read change, and restart their containers. */
export { watchBundles } from "./watch.ts";
export type { WatchPorts, Watching } from "./watch.ts";
