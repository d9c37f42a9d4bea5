import type { EngineEvent, EventFilter } from "../resolve/index.ts";
import { isImageId, normalizeImageName, type EngineReferences } from "./engine-references.ts";

/**
 * The engine events that can change a compiled bundle: an image tag moving, appearing or going
 * away (tag, untag, delete, load, import, pull), and a container being created, destroyed,
 * renamed, updated or committed (its settings, name or existence; a commit marks its files).
 */
export const watchedEvents: EventFilter = {
  types: ["image", "container"],
  actions: [
    "tag",
    "untag",
    "delete",
    "load",
    "import",
    "pull",
    "create",
    "destroy",
    "rename",
    "update",
    "commit",
  ],
};

/**
 * `load` and `import` name only the image id, not the tags the archive set: which watched image
 * names now resolve to that id has to be asked of the engine (`resolvedNames`).
 */
export function needsResolution(event: EngineEvent): boolean {
  return event.type === "image" && (event.action === "load" || event.action === "import");
}

/**
 * The bundles (keys of `bundles`) an engine event affects. Image events match by the tag they
 * name (`tag`, `pull`) or by the image id a bundle was built from (`untag`, `delete`); a loaded or
 * imported image matches the bundles whose image name now resolves to it (`resolvedNames`: image
 * name → id, from the engine) unless they were built from it. Container events match by name,
 * former name (`rename`), id or id prefix.
 */
export function eventTargets(
  event: EngineEvent,
  bundles: ReadonlyMap<string, EngineReferences>,
  resolvedNames: ReadonlyMap<string, string> = new Map(),
): string[] {
  const matches = matcher(event, resolvedNames);
  return [...bundles].filter(([, refs]) => matches(refs)).map(([dir]) => dir);
}

function matcher(
  event: EngineEvent,
  resolvedNames: ReadonlyMap<string, string>,
): (refs: EngineReferences) => boolean {
  if (event.type === "container") {
    const names = [event.attributes.name, event.attributes.oldName]
      .filter((name) => name !== undefined)
      .map((name) => name.replace(/^\//, ""));
    return (refs) =>
      refs.containerIds.includes(event.id) ||
      refs.containerNames.some(
        (ref) => names.includes(ref) || (/^[0-9a-f]{12,64}$/.test(ref) && event.id.startsWith(ref)),
      );
  }
  if (event.type !== "image") return () => false;
  const sameId = (refs: EngineReferences): boolean =>
    refs.imageIds.some((id) => event.id.startsWith(id));
  switch (event.action) {
    case "tag":
    case "pull": {
      const names = [event.attributes.name, event.id]
        .filter((name) => name !== undefined && !isImageId(name))
        .map((name) => normalizeImageName(name ?? ""));
      return (refs) => refs.imageNames.some((name) => names.includes(name));
    }
    case "load":
    case "import":
      return (refs) =>
        !sameId(refs) && refs.imageNames.some((name) => resolvedNames.get(name) === event.id);
    default:
      return sameId;
  }
}

/** How a log line names an event: `image rbc.local/app:1 tag`, `container db rename (was old)`. */
export function describeEvent(event: EngineEvent): string {
  const { name, oldName } = event.attributes;
  const subject =
    name !== undefined && !isImageId(name) ? name : event.id.replace(/^sha256:/, "").slice(0, 12);
  const was = oldName === undefined ? "" : ` (was ${oldName.replace(/^\//, "")})`;
  return `${event.type} ${subject} ${event.action}${was}`;
}
