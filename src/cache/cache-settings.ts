import { homedir } from "node:os";
import { isAbsolute, join } from "node:path";

/** Where rbc's cache lives and how large it may grow. */
export interface CacheSettings {
  /** `$XDG_CACHE_HOME/rbc`, else `~/.cache/rbc`. */
  readonly dir: string;
  /** Past this many bytes of entries, the least recently used are deleted. */
  readonly maxBytes: number;
}

/** The default size limit: a 200 MB Debian image's scans take about 2 MiB. */
export const DEFAULT_CACHE_MAX_BYTES = 512 * 1024 * 1024;

const UNITS: Readonly<Record<string, number>> = {
  "": 1,
  k: 1024,
  m: 1024 ** 2,
  g: 1024 ** 3,
};

/**
 * The cache's settings from the environment: `XDG_CACHE_HOME` (used only when absolute, as the
 * XDG Base Directory specification says), and `RBC_CACHE_MAX_SIZE` (bytes, or with a `k`, `m` or
 * `g` suffix, powers of 1024). A size that does not parse is a usage error, as a message.
 */
export function cacheSettings(
  env: Readonly<Record<string, string | undefined>>,
): CacheSettings | { readonly problem: string } {
  const xdg = env["XDG_CACHE_HOME"];
  const base =
    xdg !== undefined && isAbsolute(xdg) ? xdg : join(env["HOME"] ?? homedir(), ".cache");
  const size = env["RBC_CACHE_MAX_SIZE"];
  if (size === undefined || size === "") {
    return { dir: join(base, "rbc"), maxBytes: DEFAULT_CACHE_MAX_BYTES };
  }
  const match = /^(\d+)([kmg]?)i?b?$/i.exec(size.trim());
  const unit = UNITS[(match?.[2] ?? "").toLowerCase()];
  if (match === null || unit === undefined) {
    return { problem: `RBC_CACHE_MAX_SIZE=${size}: give bytes, or a number with k, m or g` };
  }
  return { dir: join(base, "rbc"), maxBytes: Number(match[1]) * unit };
}
