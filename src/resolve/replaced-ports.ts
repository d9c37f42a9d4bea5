import { error, type Diagnostic } from "../diagnostics.ts";
import { publishedPorts, type ContainerState } from "../spec/index.ts";

/**
 * A note for an overlay whose `ports` replace the ports its `container:` source publishes: each
 * key the overlay sets replaces the container's, as a new `docker run` with `-p` would, so the
 * container's own bindings that the overlay's list does not repeat are no longer published. Silent
 * when the overlay sets no `ports` or repeats them all.
 */
export function replacedPortsNote(
  container: ContainerState,
  created: ContainerState | undefined,
  containerName: string,
  overlayPorts: readonly string[] | undefined,
): Diagnostic[] {
  if (overlayPorts === undefined || created === undefined) return [];
  const kept = new Set(publishedPorts(created));
  const dropped = publishedPorts(container).filter((port) => !kept.has(port));
  if (dropped.length === 0) return [];
  const list = dropped.join(", ");
  const verb = dropped.length === 1 ? "is" : "are";
  const message =
    `ports replaces the ports container ${containerName} publishes: ${list} ${verb} no longer ` +
    "published (list them in ports to keep them)";
  return [{ ...error("RES404", message, { key: "ports" }), severity: "warning" }];
}
