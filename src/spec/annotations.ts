import {
  CONTAINER_ID_ANNOTATION,
  STOP_SIGNAL_ANNOTATION,
  STOP_TIMEOUT_ANNOTATION,
} from "../contract/index.ts";
import type { ContainerState, ImageInfo } from "./container-state.ts";

/**
 * `annotations` (runtime-spec config.md#annotations): what the OCI image-spec conversion rules
 * (conversion.md) carry over from the image — its platform, author, creation time, stop signal and
 * exposed ports as the standard `org.opencontainers.image.*` keys, and the stop timeout as
 * `rbc.stop-timeout` — then the labels, which win on a conflict, then the raw annotations, which
 * win over everything: a `container:` source's own (`docker run --annotation`, HostConfig
 * .Annotations), then the overlay's `annotations` (Compose's key for the same setting), and last
 * the bundle's container id as `rbc.container-id`, which `rbc run`, `stop` and `ps` go by. Docker
 * 20.10 writes no annotations at all, 26.1 only the raw ones; runtimes ignore the ones they do not
 * know. Keys are sorted, as Go's JSON encoder sorts a map's.
 */
export function buildAnnotations(
  image: ImageInfo,
  state: ContainerState,
  overlayAnnotations: Readonly<Record<string, string>>,
  containerId: string,
): Record<string, string> {
  const config = state.Config;
  const prefix = "org.opencontainers.image.";
  const annotations: Record<string, string> = {};
  const put = (key: string, value: string | undefined): void => {
    if (value !== undefined && value !== "") annotations[prefix + key] = value;
  };
  put("os", image.Os);
  put("architecture", image.Architecture);
  put("variant", image.Variant);
  put("author", image.Author);
  put("created", image.Created);
  // The container's stop signal: the image's, unless the overlay set stop_signal.
  if (config.StopSignal !== undefined && config.StopSignal !== "") {
    annotations[STOP_SIGNAL_ANNOTATION] = config.StopSignal;
  }
  put(
    "exposedPorts",
    Object.keys(config.ExposedPorts ?? {})
      .sort()
      .join(","),
  );
  // Docker keeps --stop-timeout in the container's config, outside the runtime spec; rbc stop and
  // rbc watch read it from here.
  if (config.StopTimeout !== undefined) {
    annotations[STOP_TIMEOUT_ANNOTATION] = String(config.StopTimeout);
  }
  const own = state.HostConfig.Annotations ?? {};
  Object.assign(annotations, config.Labels, own, overlayAnnotations);
  annotations[CONTAINER_ID_ANNOTATION] = containerId;
  const keys = Object.keys(annotations).sort();
  return Object.fromEntries(keys.map((key) => [key, annotations[key] ?? ""]));
}
