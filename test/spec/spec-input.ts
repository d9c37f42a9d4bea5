import type { EngineTarget } from "../../src/overlay/index.ts";
import type { SpecInput } from "../../src/spec/build-spec.ts";
import type { ContainerState } from "../../src/spec/container-state.ts";
import { hostDeviceTable } from "./host-devices.ts";

/**
 * What buildSpec gets for bundle `web` on an amd64 image whose only user is root, for `target`
 * (Docker 20.10 on cgroup v1 unless given).
 */
export function specInput(
  state: ContainerState,
  target: EngineTarget = { docker: "20.10", cgroup: "v1" },
): SpecInput {
  return {
    containerId: "rbc-web-0123abcd",
    target,
    state,
    users: { passwd: "root:x:0:0:root:/root:/bin/sh\n", group: "root:x:0:\n" },
    image: {
      Id: "sha256:0",
      RepoTags: [],
      RepoDigests: [],
      Os: "linux",
      Architecture: "amd64",
      Config: { User: "", Env: null, Cmd: null, Entrypoint: null, WorkingDir: "", Labels: null },
    },
    hostDevices: hostDeviceTable(),
    annotations: {},
  };
}
