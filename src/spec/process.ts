import { capabilitySets } from "./capabilities.ts";
import type { ContainerState } from "./container-state.ts";
import { processArgs } from "./docker-init.ts";
import { effectiveConfig } from "./joined-container.ts";
import { cleanPath } from "./mounts.ts";
import type { OciProcess } from "./oci-types.ts";
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
): OciProcess {
  const { HostConfig } = state;
  const config = effectiveConfig(state);
  return {
    ...(config.Tty ? { terminal: true } : {}),
    user: { uid: user.uid, gid: user.gid, additionalGids: user.additionalGids },
    args: processArgs(state),
    env: buildProcessEnv(config.Env, config.Hostname, config.Tty),
    cwd: config.WorkingDir === "" ? "/" : cleanPath(config.WorkingDir),
    capabilities: capabilitySets(caps, user.uid),
    ...optionalField("rlimits", buildRlimits(HostConfig.Ulimits)),
    ...(security.noNewPrivileges ? { noNewPrivileges: true } : {}),
    ...optionalField("apparmorProfile", nonEmpty(security.apparmorProfile)),
    oomScoreAdj: HostConfig.OomScoreAdj,
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === "" ? undefined : value;
}
