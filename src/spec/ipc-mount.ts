import type { ContainerState } from "./container-state.ts";
import { joinedBundlePath } from "../contract/index.ts";
import { joinedContainerName } from "./joined-container.ts";
import type { OciMount } from "./oci-types.ts";

/**
 * Bundle-relative directory a `shareable` IPC container's /dev/shm is bound from; Docker mounts a
 * tmpfs of ShmSize at `<data-root>/containers/<id>/mounts/shm` for it. `rbc run` provides it.
 */
const shareableShmSource = "shm";

/**
 * The /dev/shm bind Docker adds to the user mounts (container.IpcMounts) for the IPC modes that
 * share memory: `host` binds the host's /dev/shm, `shareable` the container's own shm directory,
 * `container:NAME` the donor's (rbc: `/run/rbc/<its id>/shm`). None for `private` and `none`, and
 * none when the user mounts something on /dev/shm (container.HasMountFor).
 */
export function ipcShmMount(state: ContainerState): OciMount | undefined {
  const source = shmSource(state);
  if (source === undefined || hasMountFor(state, "/dev/shm")) return undefined;
  return { destination: "/dev/shm", type: "bind", source, options: ["rbind", "rprivate"] };
}

function shmSource(state: ContainerState): string | undefined {
  const mode = state.HostConfig.IpcMode;
  if (mode === "host") return "/dev/shm";
  if (mode === "shareable") return shareableShmSource;
  const donor = joinedContainerName(state, mode);
  return donor === undefined ? undefined : joinedBundlePath(donor, "shm");
}

function hasMountFor(state: ContainerState, destination: string): boolean {
  return (
    state.Mounts.some((mp) => mp.Destination === destination) ||
    Object.hasOwn(state.HostConfig.Tmpfs ?? {}, destination)
  );
}
