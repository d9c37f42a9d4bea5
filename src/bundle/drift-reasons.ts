import type { BundleIdentity } from "../identity/index.ts";
import { describeTarget, type EngineTarget } from "../overlay/index.ts";
import type { BundleLock } from "./bundle-lock.ts";
import type { FileSet } from "./plan.ts";

/** Why a bundle's committed files no longer match: each reason asks for a different response. */
export type DriftReason =
  | { readonly kind: "not-built"; readonly message: string }
  | { readonly kind: "overlay-changed"; readonly message: string }
  | { readonly kind: "target-changed"; readonly message: string }
  | { readonly kind: "identity-changed"; readonly message: string }
  | { readonly kind: "upstream-moved"; readonly message: string }
  | { readonly kind: "container-changed"; readonly message: string }
  | { readonly kind: "rootfs-changed"; readonly message: string };

export interface DriftEvidence {
  readonly committed: FileSet;
  readonly committedLock: BundleLock | undefined;
  /** A fresh compilation through the engine. */
  readonly fresh: FileSet;
  readonly freshLock: BundleLock | undefined;
  /**
   * The committed lock's inputs compiled again (no engine) for the lock's target: files that
   * differ from the committed ones mean the overlay (or rbc) changed; undefined when the lock lacks
   * what the overlay needs.
   */
  readonly fromLock: FileSet | undefined;
  /** The target the overlay asks for now, when it is not the one the lock was built for. */
  readonly targetChange?: { readonly from: EngineTarget; readonly to: EngineTarget };
  /**
   * The container id the bundle has now, when it is not the one its lock records (`from` is
   * undefined for a lock written before bundles had one).
   */
  readonly identityChange?: {
    readonly from: BundleIdentity | undefined;
    readonly to: BundleIdentity;
  };
  /**
   * The overlay files whose lines decide what changed (the drift's causes), named by
   * the overlay-changed reason; when none is known, the reason names the overlay as a whole.
   */
  readonly changedOverlayFiles?: readonly string[];
}

/** The files the overlay decides, as opposed to the rootfs manifest and the lock. */
const specFiles = ["config.json", "hostname", "hosts", "resolv.conf", ".gitignore"];

/** Tell the kinds of drift apart (pure). Empty when nothing drifted. */
export function driftReasons(evidence: DriftEvidence): DriftReason[] {
  const { committed, committedLock, fresh, freshLock } = evidence;
  const changed = [...fresh]
    .filter(([name, content]) => committed.get(name) !== content)
    .map(([n]) => n);
  // A lock built for another target is stale even where the files compile the same.
  if (changed.length === 0 && evidence.targetChange === undefined) return [];
  if (committedLock === undefined || !committed.has("config.json")) {
    return [{ kind: "not-built", message: "never built: run rbc build and commit the result" }];
  }
  const reasons: DriftReason[] = [];
  const { targetChange } = evidence;
  if (targetChange !== undefined) {
    reasons.push({
      kind: "target-changed",
      message: `the target changed: the bundle was built for ${describeTarget(targetChange.from)}, the overlay now targets ${describeTarget(targetChange.to)}`,
    });
  }
  if (evidence.identityChange !== undefined) {
    reasons.push({ kind: "identity-changed", message: identityMessage(evidence.identityChange) });
  }
  // A lock from before bundles had a container id cannot compile to its config.json again (that
  // named the bundle by its directory alone): the changed id is the reason to give.
  const idless =
    evidence.identityChange !== undefined && evidence.identityChange.from === undefined;
  const stale = specFiles.some((name) => evidence.fromLock?.get(name) !== committed.get(name));
  if (!idless && (evidence.fromLock === undefined || stale)) {
    reasons.push(overlayChangedReason(evidence.changedOverlayFiles ?? []));
  }
  if (
    freshLock !== undefined &&
    freshLock.image.id !== committedLock.image.id &&
    "image" in committedLock.source
  ) {
    reasons.push({
      kind: "upstream-moved",
      message: `upstream moved: ${committedLock.source.image} now resolves to ${freshLock.image.id}, the lock has ${committedLock.image.id}`,
    });
  }
  if (
    freshLock !== undefined &&
    "container" in committedLock.source &&
    containerChanged(committedLock, freshLock)
  ) {
    reasons.push({
      kind: "container-changed",
      message: `the container ${committedLock.source.container} changed since the bundle was built`,
    });
  }
  if (freshLock !== undefined && freshLock.rootfs.format !== committedLock.rootfs.format) {
    reasons.push({
      kind: "rootfs-changed",
      message: `rootfs.mtree was written by ${describeFormat(committedLock.rootfs.format)}, this rbc writes format ${freshLock.rootfs.format ?? "?"}: rebuild to record it`,
    });
  }
  if (changed.includes("rootfs.mtree")) {
    reasons.push({ kind: "rootfs-changed", message: "the rootfs manifest changed (rootfs.mtree)" });
  }
  return reasons;
}

/**
 * The overlay-changed reason, naming the overlay files behind the change (`bundle.yaml` for the
 * bundle's own file, a base by its path), or the overlay as a whole when no line is known.
 */
export function overlayChangedReason(files: readonly string[]): DriftReason {
  const named = [...new Set(files)];
  const against =
    named.length === 0 ? "the overlay (bundle.yaml or a file it extends)" : named.join(", ");
  return {
    kind: "overlay-changed",
    message: `the overlay changed: the committed files are stale relative to ${against}`,
  };
}

function describeFormat(format: number | undefined): string {
  return format === undefined
    ? "an rbc that did not record its manifest format"
    : `manifest format ${format}`;
}

function identityMessage(change: NonNullable<DriftEvidence["identityChange"]>): string {
  const { from, to } = change;
  const now = `${to.containerId}${describePlace(to)}`;
  if (from === undefined) {
    return `the container id changed: the bundle was built before bundles had one of their own, and now runs as ${now}`;
  }
  return `the container id changed: the bundle was built to run as ${from.containerId}${describePlace(from)}, and now runs as ${now} (it moved, or its container_name changed)`;
}

/** ` (bundles/web in repository 8d272121bf4c)`, ` (container_name)`. */
function describePlace(identity: BundleIdentity): string {
  if (identity.path === undefined) return " (container_name)";
  const repository = identity.repository?.slice(0, 12);
  return ` (${identity.path}${repository === undefined ? "" : ` in repository ${repository}`})`;
}

function containerChanged(before: BundleLock, after: BundleLock): boolean {
  return (
    before.container?.id !== after.container?.id ||
    JSON.stringify(before.inputs.engine.containers) !==
      JSON.stringify(after.inputs.engine.containers)
  );
}
