import { basename, dirname, join } from "node:path";
import { OVERLAY_FILE_NAME } from "./bundle-location.ts";

/**
 * The folder, relative to the working directory, where a bare bundle name is looked up: the
 * default path of the commands that take `[paths...]`.
 */
export const BUNDLES_FOLDER = "bundles";

/**
 * What a command-line bundle argument names, before the file system is asked:
 * - `overlay-file`: a path to a `bundle.yaml` (`bundles/web/bundle.yaml`), meaning its directory;
 * - `name`: a bare name (no slash) such as `web`, which is `./web` if that holds bundles, else
 *   `./bundles/web`, as kubectl takes a resource name and compose a service name where a file
 *   would do;
 * - `path`: any other path, taken as it is.
 */
export type BundleArgument =
  | { readonly kind: "overlay-file"; readonly given: string; readonly dir: string }
  | { readonly kind: "name"; readonly given: string; readonly candidates: readonly string[] }
  | { readonly kind: "path"; readonly given: string; readonly dir: string };

/** Reads a command-line bundle argument (pure: no file is looked at). */
export function parseBundleArgument(given: string): BundleArgument {
  if (basename(given) === OVERLAY_FILE_NAME) {
    return { kind: "overlay-file", given, dir: dirname(given) };
  }
  if (!given.includes("/") && given !== "." && given !== ".." && given !== "") {
    return { kind: "name", given, candidates: [given, join(BUNDLES_FOLDER, given)] };
  }
  return { kind: "path", given, dir: given };
}

/**
 * The directory a command-line argument names for a bundle that does not exist yet (`rbc init`):
 * a path to a `bundle.yaml` means its directory, and a bare name `web` means `bundles/web`, the
 * directory `--from-container web` and `--name web` default to; any other path (`./web`, `.`)
 * is taken as it is.
 */
export function newBundleDir(given: string): string {
  const argument = parseBundleArgument(given);
  if (argument.kind === "name") return join(BUNDLES_FOLDER, given);
  return argument.dir;
}

/** The directories an argument may mean, in the order they are tried. */
export function bundleArgumentCandidates(argument: BundleArgument): readonly string[] {
  return argument.kind === "name" ? argument.candidates : [argument.dir];
}

/**
 * Why no bundle was found for a bare name: the overlay files looked for, relative to the working
 * directory (`./web/bundle.yaml`); with `folders`, also those of a folder of bundles, one level
 * down.
 */
export function nameNotFound(
  given: string,
  candidates: readonly string[],
  folders: boolean,
): string {
  const looked = candidates.flatMap((dir) => {
    const own = `./${join(dir, OVERLAY_FILE_NAME)}`;
    return folders ? [own, `./${join(dir, "*", OVERLAY_FILE_NAME)}`] : [own];
  });
  return `no bundle ${JSON.stringify(given)}: looked for ${listed(looked)}`;
}

function listed(items: readonly string[]): string {
  if (items.length < 2) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] ?? ""}`;
}
