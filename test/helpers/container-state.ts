import { defaultHostConfig } from "../../src/resolve/host-config.ts";
import type { ContainerState, HostConfig, MountPoint } from "../../src/spec/container-state.ts";
import type { EngineTarget } from "../../src/overlay/index.ts";
import { docker2010v1 } from "./targets.ts";

/**
 * A container state as `docker run rbc.local/busybox:1 sh` would leave it on the target's engine
 * (Docker 20.10 on cgroup v1 unless given), with overrides.
 */
export function containerState(
  overrides: {
    hostConfig?: Partial<HostConfig>;
    mounts?: MountPoint[];
    config?: Partial<ContainerState["Config"]>;
    target?: EngineTarget;
  } = {},
): ContainerState {
  return {
    Path: "sh",
    Args: [],
    Config: {
      Hostname: "web",
      Domainname: "",
      User: "",
      Env: ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],
      Cmd: ["sh"],
      Entrypoint: null,
      WorkingDir: "",
      Tty: false,
      Labels: {},
      ...overrides.config,
    },
    HostConfig: {
      ...defaultHostConfig(
        overrides.hostConfig?.Privileged ?? false,
        overrides.target ?? docker2010v1,
      ),
      ...overrides.hostConfig,
    },
    Mounts: overrides.mounts ?? [],
  };
}

export function bindMount(source: string, destination: string, rw = true): MountPoint {
  return {
    Type: "bind",
    Name: "",
    Source: source,
    Destination: destination,
    RW: rw,
    Propagation: "rprivate",
  };
}
