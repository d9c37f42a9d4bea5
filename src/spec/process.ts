import type { DockerRelease } from "../overlay/index.ts";
import { capabilitySets, normalizeCapabilities } from "./capabilities.ts";
import type { ContainerState } from "./container-state.ts";
import { processArgs, usesDockerInit } from "./docker-init.ts";
import { effectiveConfig } from "./joined-container.ts";
import { cleanPath } from "./mounts.ts";
import type { OciBox, OciProcess } from "./oci-types.ts";
import { optionalField } from "./optional-field.ts";
import { processEnvEntries } from "./process-env.ts";
import type { ResolvedUser } from "./process-user.ts";
import { buildRlimits } from "./rlimits.ts";
import type { SecurityOptions } from "./security-options.ts";
import { noRecord, type RecordCause, type SpecCause } from "./spec-recorder.ts";

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
  record: RecordCause = noRecord,
): OciProcess {
  const { HostConfig } = state;
  const config = effectiveConfig(state);
  const env = processEnvEntries(config.Env, config.Hostname, config.Tty);
  const capabilities = capabilitySets(caps, user.uid, release);
  recordProcess(state, record);
  env.forEach((e, i) => {
    record(`/process/env/${i}`, e.cause);
  });
  for (const [set, list] of Object.entries(capabilities)) {
    (list as string[]).forEach((cap, i) => {
      record(`/process/capabilities/${set}/${i}`, capabilityCause(state, cap, release));
    });
  }
  return {
    ...(config.Tty ? { terminal: true } : {}),
    ...optionalField("consoleSize", config.Tty ? consoleSize(state, release) : undefined),
    user: { uid: user.uid, gid: user.gid, additionalGids: user.additionalGids },
    args: processArgs(state),
    env: env.map((e) => e.entry),
    cwd: config.WorkingDir === "" ? "/" : cleanPath(config.WorkingDir),
    capabilities,
    ...optionalField("rlimits", buildRlimits(HostConfig.Ulimits)),
    ...(security.noNewPrivileges ? { noNewPrivileges: true } : {}),
    ...optionalField("apparmorProfile", nonEmpty(security.apparmorProfile)),
    oomScoreAdj: HostConfig.OomScoreAdj,
  };
}

/** What decides the process fields other than the environment and the capabilities. */
function recordProcess(state: ContainerState, record: RecordCause): void {
  const hc = state.HostConfig;
  record("/process/terminal", { state: "Config.Tty" });
  record("/process/consoleSize", { state: "HostConfig.ConsoleSize" });
  record("/process/user/uid", { state: "Config.User" });
  record("/process/user/gid", { state: "Config.User" });
  record("/process/user/additionalGids", { state: "Config.User" });
  (hc.GroupAdd ?? []).forEach((_group, i) => {
    record("/process/user/additionalGids", { state: "HostConfig.GroupAdd", item: String(i) });
  });
  argumentCauses(state).forEach((cause, i) => {
    record(`/process/args/${i}`, cause);
  });
  record("/process/cwd", { state: "Config.WorkingDir" });
  // Left out without ulimits: told as what would set it.
  if ((hc.Ulimits ?? []).length === 0) record("/process/rlimits", { state: "HostConfig.Ulimits" });
  (hc.Ulimits ?? []).forEach((u, i) => {
    record(`/process/rlimits/${i}`, { state: "HostConfig.Ulimits", item: u.Name });
  });
  record("/process/noNewPrivileges", { state: "HostConfig.SecurityOpt" });
  record("/process/apparmorProfile", { state: "HostConfig.SecurityOpt" });
  record("/process/oomScoreAdj", { state: "HostConfig.OomScoreAdj" });
}

/**
 * Each word of `process.args`: docker-init's, then the entrypoint's and the command's words; a
 * `container:` source that keeps its command has its own Path and Args instead.
 */
function argumentCauses(state: ContainerState): SpecCause[] {
  const init: SpecCause[] = usesDockerInit(state.HostConfig)
    ? [{ state: "HostConfig.Init" }, { state: "HostConfig.Init" }]
    : [];
  const entrypoint = state.Config.Entrypoint ?? [];
  const cmd = state.Config.Cmd ?? [];
  const words = entrypoint.length > 0 ? [...entrypoint, ...cmd] : [...cmd];
  const command = [state.Path, ...state.Args];
  if (JSON.stringify(words) !== JSON.stringify(command)) {
    const args = state.Args.map((_a, i): SpecCause => ({ state: "Args", item: String(i) }));
    return [...init, { state: "Path" }, ...args];
  }
  const fromEntrypoint = entrypoint.map((_w, i) => ({
    state: "Config.Entrypoint",
    item: String(i),
  }));
  const fromCmd = cmd.map((_w, i) => ({ state: "Config.Cmd", item: String(i) }));
  return [...init, ...(entrypoint.length > 0 ? fromEntrypoint : []), ...fromCmd];
}

/**
 * What put a capability in the set (TweakCapabilities): privileged, a `cap_add` entry (or its
 * `ALL`), else Docker's default set.
 */
function capabilityCause(state: ContainerState, cap: string, release: DockerRelease): SpecCause {
  const hc = state.HostConfig;
  if (hc.Privileged) return { state: "HostConfig.Privileged" };
  const added = (hc.CapAdd ?? []).findIndex((name) => {
    const normal = normalizeCapabilities([name], release);
    return "caps" in normal && (normal.caps[0] === cap || normal.caps[0] === "ALL");
  });
  if (added !== -1) return { state: "HostConfig.CapAdd", item: String(added) };
  return { rule: "Docker's default capabilities (oci/caps DefaultCapabilities)" };
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
