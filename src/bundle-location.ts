import { basename, join, resolve } from "node:path";

/** The file a bundle directory is recognized by, and that holds its overlay. */
export const OVERLAY_FILE_NAME = "bundle.yaml";

/** Where a bundle is: its directory as given, its name, and its overlay file. */
export interface BundleLocation {
  readonly dir: string;
  /**
   * The directory's own name, also for `.` or a trailing slash: it names the hostname and starts
   * the container id (identity/).
   */
  readonly name: string;
  /** `<dir>/bundle.yaml`, relative when `dir` is, so messages read `bundles/web/bundle.yaml:7:3`. */
  readonly overlayFile: string;
}

/** The one place a bundle directory's name and file paths are derived. */
export function bundleLocation(dir: string): BundleLocation {
  return { dir, name: basename(resolve(dir)), overlayFile: bundleFile(dir, OVERLAY_FILE_NAME) };
}

/**
 * Why a bundle name cannot name its container, or undefined when it can. The name is part of the
 * runc container id (`rbc-<name>-<hash>`, runc accepts `[\w+-.]`) and the hostname, so it
 * follows Docker's container-name rule, `[a-zA-Z0-9][a-zA-Z0-9_.-]*`.
 */
export function bundleNameProblem(name: string): string | undefined {
  if (/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(name)) return undefined;
  return `the bundle directory name ${JSON.stringify(name)} cannot name a container: use letters, digits, "_", "." and "-", starting with a letter or digit`;
}

/** A file of the bundle in `dir` (`bundle.lock`, `config.json`), relative when `dir` is. */
export function bundleFile(dir: string, file: string): string {
  return join(dir, file);
}
