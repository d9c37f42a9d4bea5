import { basename, join, resolve } from "node:path";

/** The file a bundle directory is recognized by, and that holds its overlay. */
export const OVERLAY_FILE_NAME = "bundle.yaml";

/** Where a bundle is: its directory as given, its name, and its overlay file. */
export interface BundleLocation {
  readonly dir: string;
  /**
   * The directory's own name, also for `.` or a trailing slash: it names the container, its
   * cgroup and its hostname.
   */
  readonly name: string;
  /** `<dir>/bundle.yaml`, relative when `dir` is, so messages read `bundles/web/bundle.yaml:7:3`. */
  readonly overlayFile: string;
}

/** The one place a bundle directory's name and file paths are derived. */
export function bundleLocation(dir: string): BundleLocation {
  return { dir, name: basename(resolve(dir)), overlayFile: bundleFile(dir, OVERLAY_FILE_NAME) };
}

/** A file of the bundle in `dir` (`bundle.lock`, `config.json`), relative when `dir` is. */
export function bundleFile(dir: string, file: string): string {
  return join(dir, file);
}
