import type { OciMount } from "./oci-types.ts";

const shared = new Set(["shared", "rshared"]);
const slave = new Set(["slave", "rslave"]);

/**
 * `linux.rootfsPropagation` (config-linux.md#rootfs-mount-propagation), as Docker's WithMounts sets
 * it while it walks the bind mounts in order: a shared bind needs a shared rootfs (`shared`, unless
 * it already is), a slave bind a slave one (`rslave`, unless the rootfs is already shared or slave).
 * Docker first checks that the host source mount allows it and refuses to start otherwise; for
 * binds it made rslave by itself (sources around its data root) it then silently keeps the rootfs
 * private instead. That depends on the host's mounts, so rbc always writes what the bind asks for.
 */
export function buildRootfsPropagation(mounts: readonly OciMount[]): string | undefined {
  let propagation: string | undefined;
  for (const mount of mounts) {
    if (mount.type !== "bind") continue;
    const flag = (mount.options ?? []).find((o) => shared.has(o) || slave.has(o));
    if (flag === undefined) continue;
    if (shared.has(flag)) {
      if (!shared.has(propagation ?? "")) propagation = "shared";
    } else if (!shared.has(propagation ?? "") && !slave.has(propagation ?? "")) {
      propagation = "rslave";
    }
  }
  return propagation;
}
