import { lstatSync, readlinkSync } from "node:fs";
import { chmod, lstat, mkdir, readdir, stat } from "node:fs/promises";
import { isAbsolute, join } from "node:path";
import { BindSourceMissingError, UnsafePathError } from "../errors/index.ts";
import { resolveScopedPath } from "../rootfs/index.ts";
import type { VolumeStep } from "./plan-volumes.ts";
import { seedVolume } from "./seed-volume.ts";

/** What preparing a bundle's volumes did, for the run to tell. */
export interface PreparedVolumes {
  /** Bind sources that were missing and are now directories (absolute paths). */
  readonly createdBinds: readonly string[];
  /** Volumes created (bundle-relative sources), each with the entries filled in from the image. */
  readonly createdVolumes: readonly { readonly source: string; readonly seeded: number }[];
  /** Existing but empty volumes filled in from the image (bundle-relative sources). */
  readonly seededVolumes: readonly { readonly source: string; readonly seeded: number }[];
}

/** The directory of a bundle that holds its named and anonymous volumes. */
const volumesDir = "volumes";

/**
 * Makes sure of what a bundle's mounts need before runc starts it (see planVolumes): a missing
 * bind source becomes a directory (mode 0755, as moby's MountPoint.Setup makes it) or, when the
 * overlay does not allow that, is refused (BindSourceMissingError, exit 3); a missing volume is
 * created under the bundle's `volumes/`, and an empty one is filled from the image's content at
 * its mount point unless `nocopy` (seedVolume). Docker fills a volume each time it creates a
 * container on it while the volume is empty (daemon/create_unix.go populateVolumes), and rbc run
 * creates the container each time: a volume that holds anything is left as it is, across stops
 * and runs. `volumes/` is private to root (0700): a volume filled from an image holds its set-id
 * programs and device nodes, as Docker's volumes under its data root do.
 */
export async function prepareVolumes(
  bundleDir: string,
  rootfsDir: string,
  steps: readonly VolumeStep[],
): Promise<PreparedVolumes> {
  const createdBinds: string[] = [];
  const createdVolumes: { source: string; seeded: number }[] = [];
  const seededVolumes: { source: string; seeded: number }[] = [];
  const bindSource = (source: string) => (isAbsolute(source) ? source : join(bundleDir, source));
  // A source that must exist and does not is refused before anything is created.
  for (const step of steps) {
    if (step.kind === "bind" && !step.create && !(await exists(bindSource(step.source)))) {
      throw new BindSourceMissingError(bindSource(step.source), step.destination);
    }
  }
  for (const step of steps) {
    if (step.kind === "bind") {
      const source = bindSource(step.source);
      if (step.create && !(await exists(source))) {
        await mkdir(source, { recursive: true, mode: 0o755 });
        createdBinds.push(source);
      }
      continue;
    }
    const created = await volumeDirectory(bundleDir, step.source);
    const volume = join(bundleDir, step.source);
    const empty = (await readdir(volume)).length === 0;
    const seeded =
      step.seed && empty ? await seedFromImage(rootfsDir, step.destination, volume) : 0;
    if (created) createdVolumes.push({ source: step.source, seeded });
    else if (seeded > 0) seededVolumes.push({ source: step.source, seeded });
  }
  return { createdBinds, createdVolumes, seededVolumes };
}

/** Whether something is at `path` (a symlink to it included, as Docker stats a bind source). */
async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    (cause: unknown) => {
      if ((cause as NodeJS.ErrnoException).code === "ENOENT") return false;
      throw cause;
    },
  );
}

/**
 * Makes `<bundle>/<source>` a directory inside `volumes/` without following a symlink on the way
 * (the checkout may hold any path); whether it had to be created.
 */
async function volumeDirectory(bundleDir: string, source: string): Promise<boolean> {
  const [top, ...rest] = source.split("/");
  if (top !== volumesDir || rest.length === 0) {
    throw new UnsafePathError(join(bundleDir, source), "a volume lives under volumes/");
  }
  let path = join(bundleDir, volumesDir);
  let created = await realDirectory(path, 0o700, true);
  // Closed again if it was opened: a volume may hold the image's set-id files.
  await chmod(path, 0o700);
  for (const [index, name] of rest.entries()) {
    path = join(path, name);
    // The volume itself takes the owner of the image's directory once filled; not its parents.
    created = await realDirectory(path, 0o755, index < rest.length - 1);
  }
  return created;
}

/**
 * `path` is a directory, not a symlink to one, and (`owned`) this user's, so no one else can put
 * a link in it: created (true) or found (false).
 */
async function realDirectory(path: string, mode: number, owned: boolean): Promise<boolean> {
  const info = await lstat(path).catch((cause: unknown) => {
    if ((cause as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw cause;
  });
  if (info === undefined) {
    await mkdir(path, { mode });
    await chmod(path, mode);
    return true;
  }
  if (info.isSymbolicLink()) throw new UnsafePathError(path, "it is a symbolic link");
  if (!info.isDirectory()) throw new UnsafePathError(path, "it is not a directory");
  const uid = process.geteuid?.();
  if (owned && uid !== undefined && info.uid !== uid) {
    throw new UnsafePathError(path, `it is owned by uid ${info.uid}, not by ${uid}`);
  }
  return false;
}

/**
 * Copies the image's content at `destination` (resolved in the rootfs as Docker resolves it,
 * FollowSymlinkInScope) into the volume; nothing when the image has no directory there (moby
 * populateVolume: a missing path is skipped, and newer releases skip a non-directory too).
 */
async function seedFromImage(rootfsDir: string, destination: string, volume: string) {
  const lookup = (path: string): string | undefined => {
    try {
      const absolute = join(rootfsDir, path);
      return lstatSync(absolute).isSymbolicLink() ? readlinkSync(absolute) : undefined;
    } catch {
      return undefined;
    }
  };
  const source = join(rootfsDir, ...resolveScopedPath(destination, lookup));
  const info = await lstat(source).catch(() => undefined);
  if (info?.isDirectory() !== true) return 0;
  return seedVolume(source, volume);
}
