import type { EngineTarget } from "../overlay/index.ts";
import { createFromImage } from "../resolve/index.ts";
import type { ContainerState, HostConfig, ImageConfig } from "../spec/index.ts";
import { InternalError } from "../errors/index.ts";
import { configEntries, type HostnameFrom } from "./config-entries.ts";
import type { InitOverlay } from "./init-overlay.ts";
import { mountEntries } from "./mount-entries.ts";
import { namespaceEntries } from "./namespace-entries.ts";
import type { OverlayEntry } from "./overlay-document.ts";
import { resourceEntries } from "./resource-entries.ts";
import { securityEntries } from "./security-entries.ts";

/** What the mapping starts from: the container as a `container:` bundle compiles it. */
export interface ContainerSource {
  /** The container's state (resolve's containerFromInspect: host-independent, donors named). */
  readonly state: ContainerState;
  /** The `image:` the overlay names, and its config. */
  readonly imageRef: string;
  readonly image: ImageConfig;
  /** The bundle's directory name, which a defaulted hostname becomes. */
  readonly bundleName: string;
  readonly target: EngineTarget;
}

/**
 * The smallest `image:` overlay whose compilation gives the container's config.json: each key
 * whose setting differs from what `docker run IMAGE` gives (the baseline, made by the same create
 * logic an `image:` bundle goes through), with the field it reproduces as its comment.
 */
export function overlayFromContainer(source: ContainerSource): InitOverlay {
  const { state, image } = source;
  const hc = state.HostConfig;
  const baseline = baselineOf(source);
  const part = securityEntries(hc, baseline.HostConfig);
  const hostnameFrom: HostnameFrom = hc.NetworkMode.startsWith("container:")
    ? "donor"
    : hc.UTSMode === "host"
      ? "host-uts"
      : hc.NetworkMode === "host"
        ? "host-network"
        : "own";
  const volumes = mountEntries(state.Mounts, image);
  const entries: OverlayEntry[] = [
    { key: "image", value: source.imageRef, comment: "Image" },
    ...configEntries(state.Config, baseline.Config, image, hostnameFrom),
    ...part.entries,
    ...(volumes === undefined ? [] : [volumes]),
    ...resourceEntries(hc, baseline.HostConfig),
    ...namespaceEntries(hc, baseline.HostConfig),
    ...annotationEntries(state, baseline),
  ];
  const notes = [...part.notes, ...consoleNote(hc)];
  return { entries, notes, files: part.files };
}

/** The container `docker run [--privileged] IMAGE` makes, as the same compile would see it. */
function baselineOf(source: ContainerSource): ContainerState {
  const request = { config: {}, hostConfig: { Privileged: source.state.HostConfig.Privileged } };
  const created = createFromImage(request, source.image, source.bundleName, source.target);
  if (created.value !== undefined) return created.value;
  // An image with no command: the container has one, so the baseline takes it.
  const withCommand = { ...request, config: { Cmd: ["true"] } };
  const fallback = createFromImage(withCommand, source.image, source.bundleName, source.target);
  if (fallback.value === undefined) throw new InternalError("docker run IMAGE did not resolve");
  return { ...fallback.value, Config: { ...fallback.value.Config, Cmd: source.image.Cmd } };
}

/**
 * `annotations`: the container's own (`docker run --annotation`), and the exposed ports no
 * published port and no image EXPOSE accounts for (`docker run --expose`): rbc has no `expose`
 * key, and the annotation is all they change in config.json.
 */
function annotationEntries(state: ContainerState, baseline: ContainerState): OverlayEntry[] {
  const own: Record<string, string> = { ...state.HostConfig.Annotations };
  const exposed = Object.keys(state.Config.ExposedPorts ?? {});
  const implied = new Set([
    ...Object.keys(baseline.Config.ExposedPorts ?? {}),
    ...Object.keys(state.HostConfig.PortBindings ?? {}),
  ]);
  const fields = Object.keys(own).length > 0 ? ["HostConfig.Annotations"] : [];
  if (exposed.some((port) => !implied.has(port))) {
    own["org.opencontainers.image.exposedPorts"] = exposed.sort().join(",");
    fields.push("Config.ExposedPorts (--expose)");
  }
  if (fields.length === 0) return [];
  return [{ key: "annotations", value: own, comment: fields.join(", ") }];
}

function consoleNote(hc: HostConfig): string[] {
  if (hc.ConsoleSize === undefined) return [];
  const [height, width] = hc.ConsoleSize;
  return [
    `HostConfig.ConsoleSize ${height}x${width}: the size of the terminal docker run was started ` +
      "in; an image overlay has none (runc takes the size of the terminal it runs in)",
  ];
}
