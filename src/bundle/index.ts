/**
 * The bundle stage: a bundle's generated files (plan, pure), written atomically; its lock (what it
 * was resolved from); and drift, the differences between committed files and a fresh compilation,
 * explained (explain-drift, drift-reasons: pure).
 */
export { planBundleFiles, specHostname } from "./plan.ts";
export type { FileSet } from "./plan.ts";
export { writeBundleFiles } from "./write-bundle.ts";
export { readBundleFiles } from "./read-bundle.ts";
export { buildLock, lockedHostDevices, lockedTarget } from "./bundle-lock.ts";
export type { BundleLock } from "./bundle-lock.ts";
export { readLock } from "./read-lock.ts";
export { sha256Hex } from "./sha256.ts";
export { explainDrift, specChangeSources } from "./explain-drift.ts";
export type { DriftSource, FileDrift } from "./explain-drift.ts";
export { driftReasons, overlayChangedReason } from "./drift-reasons.ts";
export type { DriftReason } from "./drift-reasons.ts";
