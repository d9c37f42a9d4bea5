import {
  CONTAINER_ID_ANNOTATION,
  STOP_SIGNAL_ANNOTATION,
  STOP_TIMEOUT_ANNOTATION,
} from "../contract/index.ts";
import type { ContainerState, ImageInfo } from "./container-state.ts";
import { noRecord, pointerToken, type RecordCause, type SpecCause } from "./spec-recorder.ts";

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
  record: RecordCause = noRecord,
): Record<string, string> {
  const config = state.Config;
  const prefix = "org.opencontainers.image.";
  const annotations: Record<string, string> = {};
  const causes = new Map<string, SpecCause>();
  const put = (key: string, value: string, cause: SpecCause): void => {
    annotations[key] = value;
    causes.set(key, cause);
  };
  const set = (key: string, value: string | undefined, cause: SpecCause): void => {
    if (value !== undefined && value !== "") put(key, value, cause);
  };
  set(`${prefix}os`, image.Os, { image: "Os" });
  set(`${prefix}architecture`, image.Architecture, { image: "Architecture" });
  set(`${prefix}variant`, image.Variant, { image: "Variant" });
  set(`${prefix}author`, image.Author, { image: "Author" });
  set(`${prefix}created`, image.Created, { image: "Created" });
  // The container's stop signal: the image's, unless the overlay set stop_signal.
  set(STOP_SIGNAL_ANNOTATION, config.StopSignal, { state: "Config.StopSignal" });
  const exposed = Object.keys(config.ExposedPorts ?? {}).sort();
  set(`${prefix}exposedPorts`, exposed.join(","), { state: "Config.ExposedPorts" });
  // Docker keeps --stop-timeout in the container's config, outside the runtime spec; rbc stop and
  // rbc watch read it from here.
  const timeout = config.StopTimeout === undefined ? undefined : String(config.StopTimeout);
  set(STOP_TIMEOUT_ANNOTATION, timeout, { state: "Config.StopTimeout" });
  const own = state.HostConfig.Annotations ?? {};
  for (const [key, value] of Object.entries(config.Labels)) {
    put(key, value, { state: "Config.Labels", item: key });
  }
  for (const [key, value] of Object.entries(own)) {
    put(key, value, { state: "HostConfig.Annotations", item: key });
  }
  for (const [key, value] of Object.entries(overlayAnnotations)) {
    put(key, value, { overlay: `annotations.${key}` });
  }
  annotations[CONTAINER_ID_ANNOTATION] = containerId;
  causes.set(CONTAINER_ID_ANNOTATION, {
    rbc: "the bundle's container id (from its path in the repository, or its container_name)",
    source: "identity/",
  });
  for (const [key, cause] of causes) record(`/annotations/${pointerToken(key)}`, cause);
  const keys = Object.keys(annotations).sort();
  return Object.fromEntries(keys.map((key) => [key, annotations[key] ?? ""]));
}
