import type { ContainerState, DonorContainer, HostConfig } from "../spec/index.ts";
import type { ContainerInspect, Engine } from "./engine.ts";
import { InternalError } from "../errors/index.ts";

/** The NAME of a `container:NAME` mode; undefined for other modes. */
export function joinedContainer(mode: string): string | undefined {
  return /^container:(.+)$/s.exec(mode)?.[1];
}

/** The containers a HostConfig's `container:NAME` modes join (network, IPC, PID), each once. */
export function donorNames(hc: Pick<HostConfig, "NetworkMode" | "IpcMode" | "PidMode">): string[] {
  const names = [hc.NetworkMode, hc.IpcMode, hc.PidMode].flatMap((mode) => {
    const name = joinedContainer(mode);
    return name === undefined ? [] : [name];
  });
  return [...new Set(names)];
}

/**
 * Looks each donor up on the engine by the name or id a mode gives, keyed by that reference.
 * A missing donor throws ContainerNotFoundError, as `docker run` fails to join it.
 */
export async function lookUpDonors(
  refs: readonly string[],
  engine: Engine,
): Promise<Map<string, DonorContainer>> {
  const donors = new Map<string, DonorContainer>();
  for (const ref of refs) donors.set(ref, donorFromInspect(await engine.inspectContainer(ref)));
  return donors;
}

/**
 * What a donor lends: its name (without Docker's leading `/`), hostname and domain name. A
 * hostname Docker defaulted to the donor's id becomes its name, as rbc names a bundle's host after
 * the bundle: no bundle depends on a container id.
 */
export function donorFromInspect(inspect: ContainerInspect): DonorContainer {
  return {
    Name: inspect.Name,
    Hostname: ownHostname(inspect, inspect.Name),
    Domainname: inspect.Config.Domainname,
  };
}

/** The container's hostname, or `name` where Docker defaulted it to the first 12 digits of the id. */
export function ownHostname(inspect: ContainerInspect, name: string): string {
  return inspect.Config.Hostname === inspect.Id.slice(0, 12) ? name : inspect.Config.Hostname;
}

/**
 * The state with the donors of its `container:NAME` modes (network, IPC, PID): those it already
 * carries, else from `found`. Joining a donor's network also takes its hostname and domain name,
 * as Docker copies them when the container starts.
 */
export function withDonors(
  state: ContainerState,
  found: ReadonlyMap<string, DonorContainer>,
): ContainerState {
  const names = donorNames(state.HostConfig);
  const { Donors: known = {}, ...rest } = state;
  if (names.length === 0) return rest;
  const donors: Record<string, DonorContainer> = {};
  for (const name of names) {
    const donor = known[name] ?? found.get(name);
    if (donor === undefined) throw new InternalError(`donor container "${name}" was not looked up`);
    donors[name] = donor;
  }
  const network = joinedContainer(state.HostConfig.NetworkMode);
  const netDonor = network === undefined ? undefined : donors[network];
  const config = netDonor
    ? { ...state.Config, Hostname: netDonor.Hostname, Domainname: netDonor.Domainname }
    : state.Config;
  return { ...rest, Config: config, Donors: donors };
}
