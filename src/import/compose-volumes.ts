import { rebasePath } from "./rebase-path.ts";
import type { ComposePath, ImportContext, ImportNote } from "./types.ts";

type Note = (path: ComposePath, message: string) => ImportNote;

/**
 * Compose's `volumes`, in either syntax, as rbc reads them: a relative host path is rewritten
 * from the project directory to the bundle directory; a named volume stays a named volume, which
 * in a bundle is its own directory (`volumes/<name>`), not Compose's project-wide Docker volume,
 * so each gets a note.
 */
export function composeVolumes(
  value: unknown,
  context: ImportContext,
  note: Note,
): { readonly volumes: unknown; readonly notes: readonly ImportNote[] } {
  if (!Array.isArray(value)) return { volumes: value, notes: [] };
  const notes: ImportNote[] = [];
  const volumes = value.map((item: unknown, index) => {
    if (typeof item === "string") return shortVolume(item, index, context, notes, note);
    if (typeof item === "object" && item !== null) {
      return longVolume(item as Record<string, unknown>, index, context, notes, note);
    }
    return item;
  });
  return { volumes, notes };
}

function shortVolume(
  text: string,
  index: number,
  context: ImportContext,
  notes: ImportNote[],
  note: Note,
): string {
  const colon = text.indexOf(":");
  if (colon === -1) return text;
  const source = text.slice(0, colon);
  if (source.startsWith(".")) {
    return `${rebasePath(context.projectFromBundle, source)}${text.slice(colon)}`;
  }
  if (!source.startsWith("/") && source !== "") {
    notes.push(namedVolumeNote(source, index, context, note));
  }
  return text;
}

function longVolume(
  volume: Record<string, unknown>,
  index: number,
  context: ImportContext,
  notes: ImportNote[],
  note: Note,
): Record<string, unknown> {
  const { consistency, ...rest } = volume;
  if (consistency !== undefined) {
    const message = `"consistency" applies to Docker Desktop's file sharing: not carried over`;
    notes.push(note([index, "consistency"], message));
  }
  const source = rest["source"];
  if (typeof source !== "string") return rest;
  if (rest["type"] === "bind") {
    return { ...rest, source: rebasePath(context.projectFromBundle, source) };
  }
  if (rest["type"] === "volume") notes.push(namedVolumeNote(source, index, context, note));
  return rest;
}

function namedVolumeNote(name: string, index: number, context: ImportContext, note: Note) {
  const declared = context.volumes[name];
  const settings = typeof declared === "object" && declared !== null ? declared : {};
  const external = "external" in settings && settings.external === true;
  const named = "name" in settings && typeof settings.name === "string" ? settings.name : undefined;
  const docker = named ?? (external ? name : `${context.project}_${name}`);
  const message =
    `named volume "${name}": Compose mounts the Docker volume "${docker}"` +
    `${external ? " (external)" : ", which every service naming it shares"}; ` +
    `the bundle mounts a directory of its own, volumes/${name}`;
  return note([index], message);
}
