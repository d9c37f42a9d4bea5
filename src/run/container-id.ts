/**
 * The runc container id of a bundle: `rbc-<bundle name>`, where the name is the bundle
 * directory's base name (`bundles/web` → `rbc-web`). Characters runc does not accept in an id
 * (anything but letters, digits, `_`, `+`, `-` and `.`) become `-`. The `rbc-` prefix is how
 * `rbc ps` tells rbc's containers from others on the host.
 */
export function containerId(bundleName: string): string {
  return `${CONTAINER_ID_PREFIX}${bundleName.replace(/[^\w+.-]/g, "-")}`;
}

export const CONTAINER_ID_PREFIX = "rbc-";
