import type { ContainerState, ImageInfo } from "../spec/index.ts";
import { containerFromInspect } from "./container-from-inspect.ts";
import { donorNames, lookUpDonors } from "./donors.ts";
import type { Engine } from "./engine.ts";

/** A container as a `container:` bundle starts from it, and the image it was created from. */
export interface ResolvedContainer {
  readonly id: string;
  readonly name: string;
  readonly state: ContainerState;
  readonly image: ImageInfo;
}

/**
 * Looks a container up as `container: NAME` does: its settings made host-independent for the
 * bundle `bundleName`, its `container:<id>` modes naming their donors, and its image. A missing
 * container or donor throws ContainerNotFoundError.
 */
export async function resolveContainer(
  ref: string,
  engine: Engine,
  bundleName: string,
): Promise<ResolvedContainer> {
  const inspect = await engine.inspectContainer(ref);
  const image = await engine.inspectImage(inspect.Image);
  const donors = await lookUpDonors(donorNames(inspect.HostConfig), engine);
  const state = containerFromInspect(inspect, bundleName, donors);
  return { id: inspect.Id, name: inspect.Name, state, image };
}
