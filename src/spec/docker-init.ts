import type { ContainerState, HostConfig } from "./container-state.ts";
import type { OciMount } from "./oci-types.ts";

/** Where Docker puts its init in the container. */
const dockerInitPath = "/sbin/docker-init";

/**
 * The init binary's path on the host: Debian's docker.io installs /usr/bin/docker-init (a symlink
 * to tini-static, which Docker does not resolve), the binary dockerd finds on its PATH.
 */
const hostDockerInitPath = "/usr/bin/docker-init";

/**
 * `init: true` (Docker's WithCommonOptions) applies only with a private PID namespace: the init runs
 * as PID 1 of the container, so `host` and `container:` PID modes ignore it. `null` is the daemon
 * default, which is off.
 */
export function usesDockerInit(hc: HostConfig): boolean {
  return hc.Init === true && hc.PidMode !== "host" && !hc.PidMode.startsWith("container:");
}

/** `process.args`: `/sbin/docker-init -- <command>` with the init, else the command. */
export function processArgs(state: ContainerState): string[] {
  const command = [state.Path, ...state.Args];
  return usesDockerInit(state.HostConfig) ? [dockerInitPath, "--", ...command] : command;
}

/** The read-only bind of the init binary, placed right after Docker's default mounts. */
export function dockerInitMount(): OciMount {
  return {
    destination: dockerInitPath,
    type: "bind",
    source: hostDockerInitPath,
    options: ["bind", "ro"],
  };
}
