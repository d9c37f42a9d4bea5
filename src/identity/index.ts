/**
 * A bundle's identity on the host: the runc container id it runs as, which also names its
 * `/run/rbc/<id>/` state, its cgroup and its network's records. Decided at build time (the
 * overlay's `container_name`, else made from the repository and the bundle's path in it) and
 * written into config.json and bundle.lock, so run time reads it from committed files.
 */
export { bundleContainerId, CONTAINER_ID_PREFIX, type IdentityPlace } from "./container-id.ts";
export { bundleIdentity, type BundleIdentity, type IdentityOptions } from "./bundle-identity.ts";
export { findGitRepository, type GitRepository } from "./git-repository.ts";
