import type { OverlaySettings } from "../overlay/index.ts";
import { buildRequest } from "./create-request.ts";
import type { ReferencedFiles } from "./security-opts.ts";

/**
 * The overlay keys behind each field of a create request, by the field's path in the container's
 * state: `Config.Env`, `HostConfig.NanoCpus`, `Mounts`.
 */
export type RequestKeys = ReadonlyMap<string, readonly string[]>;

/**
 * Which overlay keys set which request fields, asked of the request builder itself: each key the
 * overlay sets is built into a request on its own, and every field that request holds is the
 * key's. A field two keys can set (the exposed ports of `ports`, say) names both.
 */
export function requestKeys(settings: OverlaySettings, files: ReferencedFiles): RequestKeys {
  const keys = new Map<string, string[]>();
  for (const [key, value] of Object.entries(settings) as [string, unknown][]) {
    if (key === "source" || value === undefined) continue;
    const alone = { source: settings.source, [key]: value } as OverlaySettings;
    const request = buildRequest(alone, files, []);
    const fields = [
      ...Object.keys(request.config).map((f) => `Config.${f}`),
      ...Object.keys(request.hostConfig).map((f) => `HostConfig.${f}`),
      ...(request.mounts === undefined ? [] : ["Mounts"]),
    ];
    for (const field of fields) keys.set(field, [...(keys.get(field) ?? []), key]);
  }
  return keys;
}
