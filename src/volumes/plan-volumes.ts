import { RUN_ROOT, sharedBundleFiles } from "../contract/index.ts";
import { cleanPath, dockerInitMount, type OciMount } from "../spec/index.ts";
import type { VolumeIntent } from "./volume-intents.ts";

/** What a run must make sure of for one mount of config.json before runc starts. */
export type VolumeStep =
  | {
      /** A named or anonymous volume: `volumes/<name>` or `volumes/_anonymous/<target>`. */
      readonly kind: "volume";
      /** As config.json has it: relative to the bundle directory. */
      readonly source: string;
      readonly destination: string;
      /** Fill it from the image's content at `destination` while it is empty (not `nocopy`). */
      readonly seed: boolean;
    }
  | {
      readonly kind: "bind";
      /** As config.json has it: absolute, or relative to the bundle directory. */
      readonly source: string;
      readonly destination: string;
      /** A missing source becomes a directory; otherwise it is refused. */
      readonly create: boolean;
    };

/**
 * The volumes and bind sources a bundle's mounts need, from its config.json and its overlay's
 * intents (volumeIntents; empty when the overlay cannot be read). A volume is a mount the
 * overlay says is one, or, for one it does not name (an image's VOLUME, a `container:` source's
 * volumes), a mount from the bundle's `volumes/`: those are filled from the image as Docker
 * fills a new volume. Every other bind is created when missing, as `docker run -v` does, unless
 * the overlay's long syntax says otherwise. The bundle's own files (network files, `shm`), a
 * joined bundle's under /run/rbc and docker-init are rbc's, not the user's.
 */
export function planVolumes(
  mounts: readonly OciMount[],
  intents: ReadonlyMap<string, VolumeIntent>,
): VolumeStep[] {
  const steps: VolumeStep[] = [];
  for (const mount of mounts) {
    if (mount.type !== "bind" || isRbcSource(mount)) continue;
    const destination = cleanPath(mount.destination);
    const intent = intents.get(destination);
    const { source } = mount;
    if (intent?.type === "volume" || (intent === undefined && source.startsWith("volumes/"))) {
      steps.push({ kind: "volume", source, destination, seed: intent?.nocopy !== true });
    } else {
      steps.push({ kind: "bind", source, destination, create: intent?.createHostPath ?? true });
    }
  }
  return steps;
}

const rbcFiles: ReadonlySet<string> = new Set(sharedBundleFiles);

function isRbcSource(mount: OciMount): boolean {
  const init = dockerInitMount();
  return (
    rbcFiles.has(mount.source) ||
    mount.source.startsWith(`${RUN_ROOT}/`) ||
    (mount.source === init.source && mount.destination === init.destination)
  );
}
