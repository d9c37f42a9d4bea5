import {
  type BundleLock,
  driftReasons,
  overlayChangedReason,
  type DriftReason,
  explainDrift,
  type FileDrift,
  type FileSet,
  lockedTarget,
  readBundleFiles,
  readLock,
  sha256Hex,
} from "./bundle/index.ts";
import { compileBundle, type BundleCompilation, type RootfsReads } from "./compile.ts";
import { compileBundles, settledCompilation, type CompiledBundles } from "./compile-bundles.ts";
import { compileFromLock } from "./compile-from-lock.ts";
import {
  engineTarget,
  sourceOrigin,
  type EngineTarget,
  type LoadedOverlay,
  type SourceOrigin,
} from "./overlay/index.ts";
import type { BundleIdentity } from "./identity/index.ts";
import type { SourceLocation } from "./diagnostics.ts";
import { untracked, type TrackProgress } from "./progress.ts";
import { runImageMemo, type Engine } from "./resolve/index.ts";

/**
 * How to recompile: through the engine (each bundle's compilation reporting through `track`),
 * or offline from each bundle's overlay and lock.
 */
export type CheckMode =
  | {
      readonly offline: false;
      readonly engine: Engine;
      readonly track?: TrackProgress;
      readonly rootfsReads?: RootfsReads;
    }
  | { readonly offline: true };

/** How checkBundles runs. */
export interface CheckBundlesOptions {
  /** How many bundles are checked at once (`--jobs`; default 1). */
  readonly jobs?: number;
}

/** One bundle's check outcome (printed as is by `rbc check --json`). */
export interface BundleCheck {
  readonly name: string;
  readonly dir: string;
  readonly overlayFile: string;
  readonly status: "ok" | "drift" | "invalid";
  readonly drift: readonly FileDrift[];
  readonly reasons: readonly DriftReason[];
  /**
   * The overlay line naming the image or container (in the base file that sets it, when it comes
   * through `extends`): where a change no overlay key explains is reported, as upstream's.
   */
  readonly source?: SourceOrigin;
  /** The overlay's `target` line (in the base file that sets it), when it sets one. */
  readonly target?: SourceLocation;
}

/** A compilation for checking; offline, why the lock could not answer what the overlay asks. */
interface CheckedCompilation extends BundleCompilation {
  /** Set when the overlay needs engine answers its lock lacks: it changed since the build. */
  readonly incomplete?: string;
}

/** A bundle once checked: its compilation without its files, and the check's outcome. */
interface Checked extends BundleCompilation {
  readonly compilation: BundleCompilation;
  readonly check: BundleCheck;
}

export interface CheckedBundles {
  /** The bundles' compilations, without their files (which were compared and let go). */
  readonly bundles: CompiledBundles;
  /** One per compiled bundle, in bundle order. */
  readonly results: readonly BundleCheck[];
}

/**
 * Recompile bundles in memory and compare with their committed files; writes nothing. Online, it
 * tells apart an overlay that changed, an image tag that moved, a container that changed and a
 * rootfs manifest that changed; offline it compiles from each bundle's lock. Up to `jobs` bundles
 * are checked at once, sharing one ImageMemo: each image is read once per run, however many
 * bundles use it.
 */
export async function checkBundles(
  paths: readonly string[],
  mode: CheckMode,
  options: CheckBundlesOptions = {},
): Promise<CheckedBundles> {
  const compile = mode.offline ? compileOffline : onlineCompiler(mode);
  const checked = await compileBundles(
    paths,
    async (dir): Promise<Checked> => {
      const bundle = await compile(dir);
      const source = bundle.overlay === undefined ? undefined : sourceOrigin(bundle.overlay);
      const target = bundle.overlay?.origins["target"];
      const check = {
        ...(await checkBundle(bundle, mode.offline)),
        ...(source && { source }),
        ...(target && { target }),
      };
      const compilation = settledCompilation(bundle);
      return { ...compilation, compilation, check };
    },
    { jobs: options.jobs ?? 1 },
  );
  return {
    bundles: { ...checked, compiled: checked.compiled.map((bundle) => bundle.compilation) },
    results: checked.compiled.map((bundle) => bundle.check),
  };
}

/** Compiles through the engine, every bundle of the run sharing one ImageMemo. */
function onlineCompiler(
  mode: Extract<CheckMode, { offline: false }>,
): (dir: string) => Promise<CheckedCompilation> {
  const imageMemo = runImageMemo();
  return (dir) =>
    (mode.track ?? untracked)(dir, "compiling", (onProgress) =>
      compileBundle(dir, mode.engine, {
        onProgress,
        imageMemo,
        ...(mode.rootfsReads && { rootfsReads: mode.rootfsReads }),
      }),
    );
}

async function compileOffline(dir: string): Promise<CheckedCompilation> {
  const offline = await compileFromLock(dir, (await readBundleFiles(dir)).get("bundle.lock"));
  return offline.incomplete === undefined
    ? offline.compilation
    : { ...offline.compilation, incomplete: offline.incomplete };
}

async function checkBundle(bundle: CheckedCompilation, offline: boolean): Promise<BundleCheck> {
  const base = { name: bundle.name, dir: bundle.dir, overlayFile: bundle.overlayFile };
  if (bundle.incomplete !== undefined) {
    const reasons = [{ kind: "overlay-changed", message: bundle.incomplete }] as const;
    return { ...base, status: "drift", drift: [], reasons };
  }
  if (bundle.files === undefined || bundle.overlay === undefined) {
    return { ...base, status: "invalid", drift: [], reasons: [] };
  }
  const committed = await readBundleFiles(bundle.dir);
  const compiled = offline ? withoutRootfs(bundle.files) : bundle.files;
  const differs = [...compiled].some(([name, content]) => committed.get(name) !== content);
  // Offline the lock is not compiled again, but one built for another target is stale all the same.
  const retargeted =
    offline &&
    changedTarget(lockOf(committed.get("bundle.lock")), engineTarget(bundle.overlay.settings));
  const fromLock =
    differs || retargeted
      ? await compileFromLock(bundle.dir, committed.get("bundle.lock"), { target: "locked" })
      : undefined;
  const lockFiles = fromLock?.incomplete === undefined ? fromLock?.compilation.files : undefined;
  const drift = explainDrift(bundle.dir, committed, compiled, {
    provenance: bundle.provenance,
    fromLock: lockFiles?.get("config.json"),
    lockProvenance: lockFiles && fromLock?.compilation.provenance,
  });
  const reasons = fromLock
    ? reasonsFor(bundle, bundle.overlay, committed, {
        offline,
        fromLock: lockFiles,
        changedOverlayFiles: changedOverlayFiles(bundle.overlay, drift),
      })
    : [];
  if (offline && lockedManifestEdited(committed)) {
    reasons.push({
      kind: "rootfs-changed",
      message: "rootfs.mtree does not match the digest its lock records",
    });
  }
  return { ...base, status: drift.length || reasons.length ? "drift" : "ok", drift, reasons };
}

function reasonsFor(
  bundle: BundleCompilation,
  overlay: LoadedOverlay,
  committed: ReadonlyMap<string, string>,
  how: {
    readonly offline: boolean;
    readonly fromLock: FileSet | undefined;
    readonly changedOverlayFiles: readonly string[];
  },
): DriftReason[] {
  const { offline } = how;
  const committedLock = lockOf(committed.get("bundle.lock"));
  const targetChange = changedTarget(committedLock, engineTarget(overlay.settings));
  const identityChange = changedIdentity(committedLock, bundle.identity);
  const reasons = driftReasons({
    committed,
    committedLock,
    fresh: bundle.files ?? new Map(),
    freshLock: bundle.lock,
    fromLock: how.fromLock,
    changedOverlayFiles: how.changedOverlayFiles,
    ...(targetChange && { targetChange }),
    ...(identityChange && { identityChange }),
  });
  if (!offline) return reasons;
  // Offline there is no fresh lock or manifest to compare: only the overlay, the target and the
  // identity count.
  const known = reasons.filter(
    (r) =>
      r.kind === "overlay-changed" || r.kind === "target-changed" || r.kind === "identity-changed",
  );
  return known.length > 0 ? known : [overlayChangedReason(how.changedOverlayFiles)];
}

/**
 * The overlay files behind the drift, as its causes locate them: the bundle's own file as
 * `bundle.yaml`, a base by its path. A base edited alone must not be blamed on bundle.yaml; a
 * bundle with no base has only bundle.yaml to name.
 */
function changedOverlayFiles(overlay: LoadedOverlay, drift: readonly FileDrift[]): string[] {
  const files = drift.flatMap((d) => d.causes.map((c) => c.location.file));
  const named = [...new Set(files)].map((file) => (file === overlay.file ? "bundle.yaml" : file));
  return named.length === 0 && overlay.files.length === 1 ? ["bundle.yaml"] : named.sort();
}

function changedTarget(
  lock: BundleLock | undefined,
  to: EngineTarget,
): { from: EngineTarget; to: EngineTarget } | undefined {
  if (lock === undefined) return undefined;
  const from = lockedTarget(lock);
  return from.docker === to.docker && from.cgroup === to.cgroup ? undefined : { from, to };
}

function changedIdentity(
  lock: BundleLock | undefined,
  now: BundleIdentity | undefined,
): { from: BundleIdentity | undefined; to: BundleIdentity } | undefined {
  if (lock === undefined || now === undefined) return undefined;
  return lock.identity?.containerId === now.containerId
    ? undefined
    : { from: lock.identity, to: now };
}

function lockOf(text: string | undefined): BundleLock | undefined {
  if (text === undefined) return undefined;
  const parsed = readLock(text);
  return "lock" in parsed ? parsed.lock : undefined;
}

function withoutRootfs(files: ReadonlyMap<string, string>): Map<string, string> {
  return new Map([...files].filter(([name]) => name !== "rootfs.mtree" && name !== "bundle.lock"));
}

/** Offline, the manifest cannot be rebuilt, but an edit to it shows against the lock's digest. */
function lockedManifestEdited(committed: ReadonlyMap<string, string>): boolean {
  const lock = lockOf(committed.get("bundle.lock"));
  const manifest = committed.get("rootfs.mtree");
  if (lock === undefined || manifest === undefined) return lock !== undefined;
  return sha256Hex(manifest) !== lock.rootfs.sha256;
}
