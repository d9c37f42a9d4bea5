import type { Diagnostic } from "../diagnostics.ts";
import type { LoadedOverlay } from "../overlay/index.ts";
import type { ContainerState, ImageInfo, UserDatabase } from "../spec/index.ts";
import { containerFromInspect } from "./container-from-inspect.ts";
import { createFromContainer, createFromImage } from "./create-container.ts";
import type { CreateRequest } from "./create-request.ts";
import { donorNames, lookUpDonors, withDonors } from "./donors.ts";
import type { Engine } from "./engine.ts";

/** What spec generation needs, as the engine answered: the container's state, image and users. */
export interface ResolvedSource {
  /** Undefined when the request does not apply to its base (see diagnostics). */
  readonly state: ContainerState | undefined;
  /** For container sources: the container resolved. */
  readonly container?: { readonly id: string; readonly name: string };
  readonly image: ImageInfo;
  readonly users: UserDatabase;
  readonly diagnostics: readonly Diagnostic[];
}

const userFiles = ["/etc/passwd", "/etc/group"] as const;

/**
 * Resolves the overlay's source through the engine, as `docker create` would: the image's config
 * (or an existing container's settings) with the request on top, the donors its `container:NAME`
 * modes join, and the `/etc/passwd` and `/etc/group` user lookups read. A missing image, container
 * or donor throws (ImageNotFoundError, ContainerNotFoundError).
 */
export async function resolveSource(
  overlay: LoadedOverlay,
  request: CreateRequest,
  engine: Engine,
): Promise<ResolvedSource> {
  const source = overlay.settings.source;
  if (source.kind === "image") {
    const image = await engine.inspectImage(source.ref);
    const users = toUserDatabase(await engine.readImageFiles(image.Id, userFiles));
    const created = createFromImage(request, image.Config, overlay.name);
    const state = created.value && (await joinDonors(created.value, engine));
    return { state, image, users, diagnostics: created.diagnostics };
  }
  const inspect = await engine.inspectContainer(source.ref);
  const image = await engine.inspectImage(inspect.Image);
  const users = toUserDatabase(await engine.readContainerFiles(inspect.Id, userFiles));
  // The engine stores container:<id> modes; the donors give the names rbc keeps instead.
  const baseDonors = await lookUpDonors(donorNames(inspect.HostConfig), engine);
  const base = containerFromInspect(inspect, overlay.name, baseDonors);
  const created = createFromContainer(request, base);
  const state = created.value && (await joinDonors(created.value, engine));
  const container = { id: inspect.Id, name: inspect.Name };
  return { state, container, image, users, diagnostics: created.diagnostics };
}

/** Looks up the donors the overlay's `container:NAME` modes add (a missing one throws). */
async function joinDonors(state: ContainerState, engine: Engine): Promise<ContainerState> {
  const missing = donorNames(state.HostConfig).filter((name) => state.Donors?.[name] === undefined);
  return withDonors(state, await lookUpDonors(missing, engine));
}

function toUserDatabase(files: ReadonlyMap<string, string>): UserDatabase {
  const passwd = files.get("/etc/passwd");
  const group = files.get("/etc/group");
  return { ...(passwd === undefined ? {} : { passwd }), ...(group === undefined ? {} : { group }) };
}
