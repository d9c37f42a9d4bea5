import type { LayerEntry } from "./layer-entry.ts";
import { HostileEntryError, UnsupportedEntryError } from "../errors/index.ts";

/**
 * The extended attributes of a layer entry, checked as they fare in Docker's applier: moby
 * createTarFile sets each with lsetxattr(2) and ignores only ENOTSUP and EPERM, so whatever the
 * kernel refuses otherwise fails the layer. Names and values are byte strings (tar-header.ts).
 */

/** overlayfs's opaque-directory mark: what Docker turns `.wh..wh..opq` into (overlay2). */
export const OPAQUE_XATTR = "trusted.overlay.opaque";

/** The xattr namespaces a name must not end at (the kernel: EINVAL). */
const BARE_PREFIXES = new Set(["user.", "trusted.", "security."]);

/** XATTR_NAME_MAX and XATTR_SIZE_MAX (linux/limits.h). */
const MAX_NAME = 255;
const MAX_VALUE = 65_536;

export function checkXattrs(entry: LayerEntry, layer: number): void {
  for (const [name, value] of Object.entries(entry.xattrs ?? {})) {
    const valid =
      name.length > 0 &&
      name.length <= MAX_NAME &&
      value.length <= MAX_VALUE &&
      !BARE_PREFIXES.has(name) &&
      (name !== "security.capability" || isValidCapability(value));
    if (!valid) throw new HostileEntryError(entry.path, "invalid-xattr", layer);
    // overlayfs reads its own xattrs in a layer's directory, and what most of them do (redirects,
    // xwhiteouts, metacopy) depends on the host's kernel and mount options: rbc reproduces only
    // the opaque mark, which every overlayfs honours.
    if (name.startsWith("trusted.overlay.") && !(name === OPAQUE_XATTR && value === "y")) {
      throw new UnsupportedEntryError(
        entry.path,
        `overlayfs attribute ${JSON.stringify(name)}, whose effect depends on the host kernel`,
      );
    }
  }
}

/**
 * What the kernel accepts as `security.capability` (security/commoncap.c validheader): a
 * revision 2 header of 20 bytes or a revision 3 one of 24, whose root id is a valid uid; the
 * magic may carry only the effective flag.
 */
function isValidCapability(value: string): boolean {
  const byte = (index: number): number => value.charCodeAt(index);
  if ((byte(0) & 0xfe) !== 0 || byte(1) !== 0 || byte(2) !== 0) return false;
  if (byte(3) === 2) return value.length === 20;
  return byte(3) === 3 && value.length === 24 && value.slice(20) !== "\xff\xff\xff\xff";
}
