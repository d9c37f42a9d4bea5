import { join } from "node:path";
import type { BundleCompilation } from "../compile.ts";
import { seccompProfileFiles } from "../resolve/index.ts";

/**
 * The files a bundle's compilation depends on: every overlay file it read (bases included) and
 * the seccomp profiles its `security_opt` names, relative to the bundle directory.
 */
export function watchedFiles(bundle: BundleCompilation): string[] {
  const overlay = bundle.overlay;
  if (overlay === undefined) return [bundle.overlayFile];
  const profiles = seccompProfileFiles(overlay.settings.security_opt ?? []).map((ref) =>
    ref.path.startsWith("/") ? ref.path : join(bundle.dir, ref.path),
  );
  return [...new Set([bundle.overlayFile, ...overlay.files, ...profiles])];
}
