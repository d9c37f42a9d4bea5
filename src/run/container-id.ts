import { CONTAINER_ID_PREFIX } from "../identity/index.ts";

/**
 * The id rbc gave every bundle before bundles had an identity: `rbc-<bundle directory name>`,
 * global to the host (two repositories' `bundles/web` shared it), its state under
 * `/run/rbc/<name>/`. A bundle whose config.json has no `rbc.container-id` annotation (built by
 * that rbc) still runs as it, and a container that rbc started is still found by it
 * (legacy-container.ts). Characters runc does not accept in an id became `-`.
 */
export function legacyContainerId(bundleName: string): string {
  return `${CONTAINER_ID_PREFIX}${bundleName.replace(/[^\w+.-]/g, "-")}`;
}
