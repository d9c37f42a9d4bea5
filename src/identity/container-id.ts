import { createHash } from "node:crypto";

/**
 * The prefix of the runc ids rbc makes up (`rbc-<name>-<hash>`); ids an overlay names with
 * `container_name` have none.
 */
export const CONTAINER_ID_PREFIX = "rbc-";

/** Where a bundle is, as its container id is made from it (see bundle-identity.ts). */
export interface IdentityPlace {
  /**
   * The repository's root commit, reached from HEAD by first parents; "" when the bundle is in
   * no repository that has one.
   */
  readonly repository: string;
  /** The bundle directory: relative to the work tree's top in a repository, else absolute. */
  readonly path: string;
}

/**
 * `rbc-<name>-<8 hex digits>`: the bundle directory's name, readable, and the first 8 hex digits
 * of the SHA-256 of `<repository>:<path>`, which set two bundles of one name apart (the same name
 * in two repositories, or in two folders of one). runc takes ids of `[\w+.-]`; the name is one
 * already (bundleNameProblem).
 */
export function bundleContainerId(name: string, place: IdentityPlace): string {
  const hash = createHash("sha256").update(`${place.repository}:${place.path}`, "utf8");
  return `${CONTAINER_ID_PREFIX}${name}-${hash.digest("hex").slice(0, 8)}`;
}
