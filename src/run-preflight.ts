import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { checkBundles, type CheckedBundles } from "./check-bundles.ts";
import { hasErrors } from "./diagnostics.ts";
import { loadOverlay, type LoadedOverlay } from "./overlay/index.ts";
import { untracked, type TrackProgress } from "./progress.ts";
import { removeTree } from "./rootfs/index.ts";
import type { RunBundle } from "./run/index.ts";
import type { OciMount } from "./spec/index.ts";
import { verifyBundleRootfs, type RootfsVerification } from "./verify-bundles.ts";
import {
  planVolumes,
  prepareVolumes,
  volumeIntents,
  type PreparedVolumes,
} from "./volumes/index.ts";

/**
 * How a run checks what it runs: `stat` (the default) compares the rootfs from lstat alone, `full`
 * hashes every file too, `none` checks neither the compiled files nor the rootfs.
 */
export type RunVerification = "stat" | "full" | "none";

/** Why a bundle is not started. */
export type RunRefusal =
  /** config.json (or another compiled file) is not what the overlay and lock compile to. */
  | { readonly kind: "stale"; readonly check: CheckedBundles }
  /** The rootfs has a modified or missing path, or could not be read. */
  | { readonly kind: "tampered"; readonly verification: RootfsVerification }
  /** The rootfs was missing and could not be materialized (the caller said why). */
  | { readonly kind: "no-rootfs" };

/** A bundle that may start, and what must be done first. */
export interface RunChecked {
  readonly ok: true;
  /** Paths of the rootfs the image does not have (bundle-relative to the rootfs), to remove. */
  readonly extra: readonly string[];
  /** The overlay, for what config.json does not record of its volumes; undefined if unreadable. */
  readonly overlay: LoadedOverlay | undefined;
}

export type RunCheck = RunChecked | { readonly ok: false; readonly refusal: RunRefusal };

export interface RunCheckOptions {
  readonly verify: RunVerification;
  /** Materializes the missing rootfs (verified as it is written); false if that failed. */
  readonly materialize: () => Promise<boolean>;
  /** The rootfs was materialized just now, so verified already (rbc watch after a rebuild). */
  readonly rootfsFresh?: boolean;
  /**
   * The overlay the bundle's compiled files were written from just now (rbc watch, right after
   * its build): they are what it compiles to, so they are not compiled again offline.
   */
  readonly compiledFrom?: LoadedOverlay;
  /** The bundle as the user named it, for the messages (default: its absolute directory). */
  readonly path?: string;
  /** Where the verification of the rootfs reports how far it got. */
  readonly track?: TrackProgress;
}

/**
 * What `rbc run` and `rbc watch --run` check before runc starts a bundle, writing nothing but a
 * missing rootfs:
 * 1. its compiled files are what its overlay and bundle.lock compile to, offline, as
 *    `rbc check --offline` finds them: an overlay edited without a rebuild is refused;
 * 2. its rootfs is materialized (when missing) or matches rootfs.mtree (stat-only or full): a
 *    modified or missing path is refused. Paths the image does not have are what a container
 *    wrote (or anyone put there); Docker starts every container on a fresh read-write layer over
 *    the image, where they would not be, so prepareRun removes them instead.
 * With `verify: "none"` only the materialization of a missing rootfs happens. With `compiledFrom`,
 * step 1 is taken as done.
 */
export async function checkBeforeRun(
  bundle: RunBundle,
  options: RunCheckOptions,
): Promise<RunCheck> {
  const path = options.path ?? bundle.dir;
  const compiled = await checkCompiled(bundle, path, options);
  if ("refusal" in compiled) return { ok: false, refusal: compiled.refusal };
  const { overlay } = compiled;
  if (!bundle.rootfsPresent) {
    const materialized = await options.materialize();
    return materialized ? { ok: true, extra: [], overlay } : refuse({ kind: "no-rootfs" });
  }
  if (options.verify === "none" || options.rootfsFresh === true) {
    return { ok: true, extra: [], overlay };
  }
  const level = options.verify;
  const verification = await (options.track ?? untracked)(path, "verifying rootfs/", (report) =>
    verifyBundleRootfs(path, level, report),
  );
  const { diff } = verification;
  if (diff === undefined || diff.modified.length > 0 || diff.missing.length > 0) {
    return refuse({ kind: "tampered", verification });
  }
  return { ok: true, extra: diff.extra, overlay };
}

/**
 * Step 1 of checkBeforeRun, with the overlay it read: taken as done when the files were written
 * from `compiledFrom` just now (compiling it again would give the same files), skipped with
 * `verify: "none"`.
 */
async function checkCompiled(
  bundle: RunBundle,
  path: string,
  options: RunCheckOptions,
): Promise<{ overlay: LoadedOverlay | undefined } | { refusal: RunRefusal }> {
  if (options.compiledFrom !== undefined) return { overlay: options.compiledFrom };
  if (options.verify === "none") return { overlay: (await loadOverlay(bundle.dir)).value };
  const check = await checkBundles([path], { offline: true });
  if (!checkPassed(check)) return { refusal: { kind: "stale", check } };
  return { overlay: check.bundles.compiled[0]?.overlay };
}

function refuse(refusal: RunRefusal): RunCheck {
  return { ok: false, refusal };
}

/** Every bundle compiled, without errors, and none drifted. */
function checkPassed({ bundles, results }: CheckedBundles): boolean {
  const problems = bundles.unavailable.length > 0 || hasErrors(bundles.diagnostics);
  const invalid = bundles.compiled.some((b) => hasErrors(b.diagnostics));
  return !problems && !invalid && results.every((r) => r.status === "ok");
}

/**
 * Removes from the rootfs the paths the image does not have (RunChecked.extra, never following a
 * symlink), so the container starts on the image's tree. Only once no container runs on it.
 */
export async function removeExtraPaths(bundle: RunBundle, extra: readonly string[]): Promise<void> {
  for (const path of extra) await removeTree(join(bundle.rootfs, path));
}

/**
 * The bundle's volumes and bind sources, made ready (volumes/prepare-volumes.ts): a bind source
 * the overlay does not let rbc create throws BindSourceMissingError (exit 3). Safe while an old
 * container of the bundle still runs: it only creates, and fills empty volumes.
 */
export async function prepareRunVolumes(
  bundle: RunBundle,
  overlay: LoadedOverlay | undefined,
): Promise<PreparedVolumes> {
  const config = JSON.parse(await readFile(join(bundle.dir, "config.json"), "utf8")) as {
    mounts?: OciMount[];
  };
  const steps = planVolumes(config.mounts ?? [], volumeIntents(overlay?.settings.volumes));
  return prepareVolumes(bundle.dir, bundle.rootfs, steps);
}
