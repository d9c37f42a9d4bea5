import {
  containerManifest,
  type ContainerManifestOptions,
  type ContainerRootfs,
} from "./container-manifest.ts";
import { scanLayer } from "./scan-layer.ts";

/** The rootfs manifest of a container, from one streamed read of its `docker export` tar. */
export async function readContainerManifest(
  exported: AsyncIterable<Uint8Array>,
  options: ContainerManifestOptions = {},
): Promise<ContainerRootfs> {
  return containerManifest(await scanLayer(exported), options);
}
