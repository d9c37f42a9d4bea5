import type { DockerRelease } from "../overlay/index.ts";
import { capabilitySets } from "./capabilities.ts";
import type { ContainerState } from "./container-state.ts";
import { processArgs } from "./docker-init.ts";
import { effectiveConfig } from "./joined-container.ts";
import { cleanPath } from "./mounts.ts";
import type { OciBox, OciProcess } from "./oci-types.ts";
import { optionalField } from "./optional-field.ts";
import { buildProcessEnv } from "./process-env.ts";
import type { ResolvedUser } from "./process-user.ts";
import { buildRlimits } from "./rlimits.ts";
import type { SecurityOptions } from "./security-options.ts";

/**
 * `process` (config.md#process) in the runtime-spec field order. `apparmorProfile` only when the
 * overlay names one: Docker writes a profile only on hosts with AppArmor enabled (then
 * `docker-default`, or `unconfined` when privileged), which a bundle cannot know.
 */
export function buildProcess(
  state: ContainerState,
  user: ResolvedUser,
  caps: readonly string[],
  security: SecurityOptions,
  release: DockerRelease,
): OciProcess {
  const { HostConfig } = state;
  const config = effectiveConfig(state);
  return {
    ...(config.Tty ? { terminal: true } : {}),
    ...optionalField("consoleSize", config.Tty ? consoleSize(state, release) : undefined),
    user: { uid: user.uid, gid: user.gid, additionalGids: user.additionalGids },
    args: processArgs(state),
    env: buildProcessEnv(config.Env, config.Hostname, config.Tty),
    cwd: config.WorkingDir === "" ? "/" : cleanPath(config.WorkingDir),
    capabilities: capabilitySets(caps, user.uid, release),
    ...optionalField("rlimits", buildRlimits(HostConfig.Ulimits)),
    ...(security.noNewPrivileges ? { noNewPrivileges: true } : {}),
    ...optionalField("apparmorProfile", nonEmpty(security.apparmorProfile)),
    oomScoreAdj: HostConfig.OomScoreAdj,
  };
}

/**
 * 26.1's WithConsoleSize (daemon/oci_opts.go), for a tty: HostConfig.ConsoleSize as
 * `{height, width}` when either is non-zero. The CLI sends its own terminal's size at create (API
 * >= 1.42), `[0, 0]` when its stdout is no terminal; rbc has no terminal at build time, so only a
 * `container:` source created from one carries a size. 20.10 never writes it.
 */
function consoleSize(state: ContainerState, release: DockerRelease): OciBox | undefined {
  const [height = 0, width = 0] = state.HostConfig.ConsoleSize ?? [];
  if (release === "20.10" || (height === 0 && width === 0)) return undefined;
  return { height, width };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === "" ? undefined : value;
}
