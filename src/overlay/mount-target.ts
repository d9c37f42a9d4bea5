import type { VolumeSetting } from "./types.ts";

/**
 * The container path a short-syntax volume mounts at (`SOURCE:TARGET[:MODE]` or `TARGET` alone), or
 * undefined when the string has no such form or the target is not absolute (runc needs absolute
 * destinations). Merging uses the target as the volume's identity.
 */
export function volumeTarget(volume: string): string | undefined {
  const parts = volume.split(":");
  if (parts.length > 3 || parts.some((part) => part === "")) return undefined;
  const target = parts.length === 1 ? parts[0] : parts[1];
  return target?.startsWith("/") ? target : undefined;
}

/** The container path of a tmpfs entry (`TARGET` or `TARGET:OPTIONS`), or undefined if not absolute. */
export function tmpfsTarget(tmpfs: string): string | undefined {
  const target = tmpfs.split(":", 1)[0];
  return target?.startsWith("/") ? target : undefined;
}

/** The container path of a `volumes` entry in either syntax; see volumeTarget for the short one. */
export function volumeSettingTarget(volume: VolumeSetting): string | undefined {
  return typeof volume === "string" ? volumeTarget(volume) : volume.target;
}
