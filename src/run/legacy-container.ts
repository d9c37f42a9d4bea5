import { basename } from "node:path";
import { legacyContainerId } from "./container-id.ts";
import type { RunBundle } from "./read-run-bundle.ts";
import type { Runc } from "./runc.ts";

/**
 * The container an older rbc started from this bundle directory as `rbc-<name>` (its state under
 * `/run/rbc/<name>/`), when the bundle now has another id: so that after an upgrade, `rbc stop`
 * stops it, `rbc run` does not start the bundle twice and `rbc watch` restarts it under the new
 * id. Only a container that runc says runs from this very directory counts: another
 * repository's `rbc-web` is left alone. Whatever its status, with `live` only a running (or
 * paused) one. Stop signal and grace period are the new config.json's.
 */
export async function legacyContainer(
  runc: Runc,
  bundle: RunBundle,
  options: { live?: boolean } = {},
): Promise<RunBundle | undefined> {
  const name = basename(bundle.dir);
  const id = legacyContainerId(name);
  if (id === bundle.id) return undefined;
  const state = await runc.state(id);
  if (state?.bundle !== bundle.dir) return undefined;
  if (options.live === true && state.status !== "running" && state.status !== "paused") {
    return undefined;
  }
  const hook = bundle.networkHook;
  return { ...bundle, id, networkHook: hook === undefined ? undefined : { ...hook, name } };
}

/**
 * The bundle directory of the container that holds this bundle's id, when it is another one: a
 * second clone of the repository (clones share ids) or another bundle with the same
 * `container_name`. rbc never stops, deletes or replaces it for this bundle.
 */
export async function foreignHolder(runc: Runc, bundle: RunBundle): Promise<string | undefined> {
  const state = await runc.state(bundle.id);
  return state === undefined || state.bundle === bundle.dir ? undefined : state.bundle;
}
