import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { readLock } from "./bundle/index.ts";
import {
  bundleFile,
  bundleLocation,
  bundleNameProblem,
  OVERLAY_FILE_NAME,
} from "./bundle-location.ts";
import { bundleIdentity, type BundleIdentity, type GitRepository } from "./identity/index.ts";
import { loadOverlay } from "./overlay/index.ts";
import type { ContainerState } from "./spec/index.ts";

/**
 * The identity of the bundle in `dir` (identity/bundleIdentity): its `container_name`, else made
 * from its repository and path, with what its committed bundle.lock records where git cannot tell.
 * `repository` is `findGitRepository(dir)` when the caller asked it already.
 */
export function identifyBundle(
  dir: string,
  containerName: string | undefined,
  repository?: Promise<GitRepository | undefined>,
): Promise<BundleIdentity> {
  return bundleIdentity(dir, bundleLocation(dir).name, {
    containerName,
    locked: () => lockedIdentity(dir),
    ...(repository && { repository }),
  });
}

/** The identity the committed bundle.lock in `dir` records, if it is a lock and has one. */
export async function lockedIdentity(dir: string): Promise<BundleIdentity | undefined> {
  const text = await readFile(bundleFile(dir, "bundle.lock"), "utf8").catch(() => undefined);
  if (text === undefined) return undefined;
  const parsed = readLock(text);
  return "lock" in parsed ? parsed.lock.identity : undefined;
}

/**
 * The state with each `container:NAME` donor that names a bundle directory beside this one
 * (`bundles/db` for `bundles/web`) given that bundle's container id, so the namespace paths lead
 * to its pins. Another donor keeps its name, which is then the id of a bundle whose
 * `container_name` it is.
 */
export async function withJoinedBundles(
  dir: string,
  state: ContainerState,
): Promise<ContainerState> {
  const donors = state.Donors;
  if (donors === undefined) return state;
  const entries = await Promise.all(
    Object.entries(donors).map(async ([ref, donor]) => {
      const id = await siblingBundleId(dir, donor.Name);
      return [ref, id === undefined ? donor : { ...donor, BundleId: id }] as const;
    }),
  );
  return { ...state, Donors: Object.fromEntries(entries) };
}

async function siblingBundleId(dir: string, name: string): Promise<string | undefined> {
  if (bundleNameProblem(name) !== undefined) return undefined;
  const sibling = join(dirname(resolve(dir)), name);
  if (sibling === resolve(dir) || !existsSync(join(sibling, OVERLAY_FILE_NAME))) return undefined;
  // Its container_name, if it sets one, is its id; an overlay with errors has none.
  const overlay = await loadOverlay(sibling);
  return (await identifyBundle(sibling, overlay.value?.settings.container_name)).containerId;
}
