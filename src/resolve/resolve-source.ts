import type { Diagnostic } from "../diagnostics.ts";
import type { EngineTarget, LoadedOverlay } from "../overlay/index.ts";
import type { ContainerState, ImageInfo, UserDatabase, UserQuery } from "../spec/index.ts";
import { containerFromInspect } from "./container-from-inspect.ts";
import { createFromContainer, createFromImage } from "./create-container.ts";
import type { CreateRequest } from "./create-request.ts";
import { donorNames, lookUpDonors, withDonors } from "./donors.ts";
import { replacedPortsNote } from "./replaced-ports.ts";
import type { Engine, UserSource } from "./engine.ts";

/** What spec generation needs, as the engine answered: the container's state, image and users. */
export interface ResolvedSource {
  /** Undefined when the request does not apply to its base (see diagnostics). */
  readonly state: ContainerState | undefined;
  /** For container sources: the container resolved. */
  readonly container?: { readonly id: string; readonly name: string };
  /** For container sources: its settings, before the overlay's request (what provenance names). */
  readonly base?: ContainerState;
  readonly image: ImageInfo;
  readonly users: UserDatabase;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Resolves the overlay's source through the engine, as `docker create` would: the image's config
 * (or an existing container's settings) with the request on top, the donors its `container:NAME`
 * modes join, and the entries of its `/etc/passwd` and `/etc/group` that the user lookup needs
 * (for the final `user` and `group_add`). A missing image, container or donor throws
 * (ImageNotFoundError, ContainerNotFoundError).
 */
export async function resolveSource(
  overlay: LoadedOverlay,
  request: CreateRequest,
  engine: Engine,
  target: EngineTarget,
): Promise<ResolvedSource> {
  const source = overlay.settings.source;
  if (source.kind === "image") {
    const image = await engine.inspectImage(source.ref);
    const created = createFromImage(request, image.Config, overlay.name, target);
    const state = created.value && (await joinDonors(created.value, engine));
    const users = await lookUpUsers(engine, { kind: "image", id: image.Id }, state);
    return { state, image, users, diagnostics: created.diagnostics };
  }
  const inspect = await engine.inspectContainer(source.ref);
  const image = await engine.inspectImage(inspect.Image);
  // The engine stores container:<id> modes; the donors give the names rbc keeps instead.
  const baseDonors = await lookUpDonors(donorNames(inspect.HostConfig), engine);
  const base = containerFromInspect(inspect, overlay.name, baseDonors);
  const created = createFromContainer(request, base, target);
  const state = created.value && (await joinDonors(created.value, engine));
  const users = await lookUpUsers(engine, { kind: "container", id: inspect.Id }, state);
  const container = { id: inspect.Id, name: inspect.Name };
  const ports = overlay.settings.ports;
  const note = replacedPortsNote(base, created.value, source.ref, ports);
  const diagnostics = [...created.diagnostics, ...note];
  return { state, container, base, image, users, diagnostics };
}

/** Looks up the donors the overlay's `container:NAME` modes add (a missing one throws). */
async function joinDonors(state: ContainerState, engine: Engine): Promise<ContainerState> {
  const missing = donorNames(state.HostConfig).filter((name) => state.Donors?.[name] === undefined);
  return withDonors(state, await lookUpDonors(missing, engine));
}

/** The user database entries the state's `user` and `group_add` need; none for no state. */
async function lookUpUsers(
  engine: Engine,
  source: UserSource,
  state: ContainerState | undefined,
): Promise<UserDatabase> {
  if (state === undefined) return {};
  const query: UserQuery = { user: state.Config.User, groupAdd: state.HostConfig.GroupAdd ?? [] };
  return engine.lookUpUsers(source, query);
}
