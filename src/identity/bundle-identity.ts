import { realpath } from "node:fs/promises";
import { relative, sep } from "node:path";
import { bundleContainerId, type IdentityPlace } from "./container-id.ts";
import { findGitRepository, type GitRepository } from "./git-repository.ts";

/**
 * A bundle's runc container id and what it was made from, as bundle.lock records it: the
 * overlay's `container_name`, or `rbc-<name>-<hash>` of the repository and the bundle's path in
 * it (container-id.ts).
 */
export interface BundleIdentity {
  readonly containerId: string;
  /** The repository's root commit; absent outside a repository, and with `container_name`. */
  readonly repository?: string;
  /** The bundle's path in the repository, else its absolute path; absent with `container_name`. */
  readonly path?: string;
}

export interface IdentityOptions {
  /** The overlay's `container_name`, which is the id when set. */
  readonly containerName?: string | undefined;
  /** The identity the bundle's committed lock records, asked for only when git cannot tell. */
  readonly locked?: () => Promise<BundleIdentity | undefined>;
  /** `findGitRepository(dir)`, when the caller asked it already (so that git runs meanwhile). */
  readonly repository?: Promise<GitRepository | undefined>;
}

/**
 * The identity of the bundle in `dir` named `name`. In a git work tree, the repository is its
 * root commit, so every clone of a repository gives a bundle the same id and two repositories
 * never do, and the path is the bundle directory's below the work tree's top. Where git cannot
 * tell the root commit (a shallow clone, a repository with no commit yet, a copy outside git),
 * the lock's record stands: its repository with the bundle's path in a work tree, else its whole
 * place; a bundle never built there is named by its absolute path, as the directory is all that
 * sets it apart on this host.
 */
export async function bundleIdentity(
  dir: string,
  name: string,
  options: IdentityOptions = {},
): Promise<BundleIdentity> {
  if (options.containerName !== undefined) return { containerId: options.containerName };
  const place = await identityPlace(dir, options);
  return {
    containerId: bundleContainerId(name, place),
    ...(place.repository === "" ? {} : { repository: place.repository }),
    path: place.path,
  };
}

async function identityPlace(dir: string, options: IdentityOptions): Promise<IdentityPlace> {
  const real = await realpath(dir);
  const repository = await (options.repository ?? findGitRepository(real));
  const inRepository =
    repository === undefined ? undefined : relative(repository.top, real).split(sep).join("/");
  const path = inRepository === "" ? "." : inRepository;
  if (repository?.rootCommit !== undefined && path !== undefined) {
    return { repository: repository.rootCommit, path };
  }
  const record = await options.locked?.();
  if (path !== undefined && record?.repository !== undefined) {
    return { repository: record.repository, path };
  }
  if (record?.path !== undefined) return { repository: record.repository ?? "", path: record.path };
  return { repository: "", path: real };
}
