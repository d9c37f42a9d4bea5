import {
  type BundleLock,
  driftReasons,
  type DriftReason,
  explainDrift,
  type FileDrift,
  readBundleFiles,
  readLock,
  sha256Hex,
} from "../../bundle/index.ts";
import type { BundleCompilation } from "../../compile.ts";
import { compileFromLock } from "../../compile-from-lock.ts";
import type { Engine } from "../../resolve/index.ts";
import { compileBundles } from "../compile-bundles.ts";
import { exitCodes, problemExitCode } from "../report.ts";
import type { Terminal } from "../terminal.ts";
import { printCheckResults, type CheckResult } from "../print-check.ts";

export interface CheckOptions {
  readonly json: boolean;
  /** Compile from the overlays and their locks alone, with no engine. */
  readonly offline: boolean;
}

/**
 * `rbc check`: recompile in memory and compare with the committed files; writes nothing. Online,
 * through the engine, it tells apart an overlay that changed, an image tag that moved, a container
 * that changed and a rootfs manifest that changed; offline it compiles from each bundle's lock.
 */
export async function checkCommand(
  paths: readonly string[],
  options: CheckOptions,
  engine: () => Engine,
  terminal: Terminal,
): Promise<number> {
  // Offline, an overlay that needs engine answers its lock lacks has changed since the build.
  const incomplete = new Map<string, string>();
  const bundles = options.offline
    ? await compileBundles(paths, async (dir) => {
        const offline = await compileFromLock(dir, (await readBundleFiles(dir)).get("bundle.lock"));
        if (offline.incomplete !== undefined) incomplete.set(dir, offline.incomplete);
        return offline.compilation;
      })
    : await compileBundles(paths, engine());
  const results: CheckResult[] = [];
  for (const bundle of bundles.compiled) {
    results.push(await checkBundle(bundle, options.offline, incomplete.get(bundle.dir)));
  }
  const drifted = results.filter((r) => r.status === "drift").length;
  const exitCode = problemExitCode(bundles) ?? (drifted ? exitCodes.drift : exitCodes.ok);
  printCheckResults(terminal, bundles, results, { json: options.json, exitCode });
  return exitCode;
}

async function checkBundle(
  bundle: BundleCompilation,
  offline: boolean,
  stale: string | undefined,
): Promise<CheckResult> {
  const base = { name: bundle.name, dir: bundle.dir, overlayFile: bundle.overlayFile };
  if (stale !== undefined) {
    return {
      ...base,
      status: "drift",
      drift: [],
      reasons: [{ kind: "overlay-changed", message: stale }],
    };
  }
  if (bundle.files === undefined || bundle.overlay === undefined) {
    return { ...base, status: "invalid", drift: [], reasons: [] };
  }
  const committed = await readBundleFiles(bundle.dir);
  const compiled = offline ? withoutRootfs(bundle.files) : bundle.files;
  const drift: FileDrift[] = explainDrift(bundle.dir, committed, compiled, bundle.overlay);
  const reasons = drift.length ? await reasonsFor(bundle, committed, offline) : [];
  if (offline && lockedManifestEdited(committed)) {
    reasons.push({
      kind: "rootfs-changed",
      message: "rootfs.mtree does not match the digest its lock records",
    });
  }
  return { ...base, status: drift.length || reasons.length ? "drift" : "ok", drift, reasons };
}

async function reasonsFor(
  bundle: BundleCompilation,
  committed: ReadonlyMap<string, string>,
  offline: boolean,
): Promise<DriftReason[]> {
  const committedLock = lockOf(committed.get("bundle.lock"));
  if (offline) {
    return [
      {
        kind: "overlay-changed",
        message: "the overlay changed: the committed files are stale relative to bundle.yaml",
      },
    ];
  }
  const fromLock = await compileFromLock(bundle.dir, committed.get("bundle.lock"));
  return driftReasons({
    committed,
    committedLock,
    fresh: bundle.files ?? new Map(),
    freshLock: bundle.lock,
    fromLock: fromLock.incomplete === undefined ? fromLock.compilation.files : undefined,
  });
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
