import type { VolumeSetting } from "../overlay/index.ts";
import { cleanPath } from "../spec/index.ts";

/**
 * What an overlay's `volumes` entry asks of the run beyond config.json, which records neither:
 * whether a missing bind source may be created, and whether an empty volume is filled from the
 * image.
 */
export interface VolumeIntent {
  readonly type: "bind" | "volume" | "tmpfs";
  /**
   * A missing bind source becomes a directory: always for the short syntax (`docker run -v`, and
   * Compose, which sets `create_host_path` for it), for the long syntax only with
   * `bind.create_host_path: true` (`--mount` refuses a missing source otherwise).
   */
  readonly createHostPath: boolean;
  /** `nocopy` (short-syntax mode, or long-syntax `volume.nocopy`): the volume is never filled. */
  readonly nocopy: boolean;
}

/** The overlay's volume entries by their cleaned target (config.json's mount destination). */
export function volumeIntents(
  volumes: readonly VolumeSetting[] | undefined,
): Map<string, VolumeIntent> {
  const intents = new Map<string, VolumeIntent>();
  for (const volume of volumes ?? []) {
    const [target, intent] = typeof volume === "string" ? shortIntent(volume) : longIntent(volume);
    intents.set(cleanPath(target), intent);
  }
  return intents;
}

/** `SOURCE:TARGET[:MODE]` or `TARGET`, with the source kinds resolve/parse-volume.ts tells apart. */
function shortIntent(spec: string): [string, VolumeIntent] {
  const [first = "", target, mode = ""] = spec.split(":");
  const nocopy = mode.split(",").includes("nocopy");
  if (target === undefined) return [first, { type: "volume", createHostPath: false, nocopy }];
  const bind = first.startsWith("/") || first.startsWith(".");
  return [target, { type: bind ? "bind" : "volume", createHostPath: bind, nocopy }];
}

function longIntent(volume: Exclude<VolumeSetting, string>): [string, VolumeIntent] {
  return [
    volume.target,
    {
      type: volume.type,
      createHostPath: volume.bind?.create_host_path === true,
      nocopy: volume.volume?.nocopy === true,
    },
  ];
}
