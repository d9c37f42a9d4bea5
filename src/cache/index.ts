/**
 * rbc's local cache (`$XDG_CACHE_HOME/rbc`, else `~/.cache/rbc`): layer scans by diff_id and what
 * an image's archive said about it by image id, so an image whose layers were scanned before is
 * not read again, and one that shares layers with it reads only its new ones. Entries are written
 * atomically, verified on every read, and evicted least recently used first past a size limit.
 */
export { cacheSettings, DEFAULT_CACHE_MAX_BYTES } from "./cache-settings.ts";
export type { CacheSettings } from "./cache-settings.ts";
export { openLayerCache } from "./layer-cache.ts";
export type { ImageRecord, LayerCache, ScannedLayerEntries } from "./layer-cache.ts";
