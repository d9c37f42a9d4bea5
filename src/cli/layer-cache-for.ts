import { cacheSettings, openLayerCache, type LayerCache } from "../cache/index.ts";
import type { Terminal } from "./terminal.ts";

/**
 * The layer cache this environment names (`XDG_CACHE_HOME`, `RBC_CACHE_MAX_SIZE`), or none with
 * `--no-cache`. A size limit that does not parse turns the cache off, with a warning.
 */
export function layerCacheFor(enabled: boolean, terminal: Terminal): LayerCache | undefined {
  if (!enabled) return undefined;
  const settings = cacheSettings(process.env);
  if ("problem" in settings) {
    terminal.err(`warning: ${settings.problem}; the layer cache is off\n`);
    return undefined;
  }
  return openLayerCache(settings);
}
