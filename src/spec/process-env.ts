import { defaultPath } from "./docker-defaults.ts";
import type { SpecCause } from "./spec-recorder.ts";

/** One `process.env` entry and what decided it. */
export interface EnvEntry {
  readonly entry: string;
  readonly cause: SpecCause;
}

/**
 * `process.env` as Docker builds it (container.CreateDaemonEnvironment + ReplaceOrAppendEnvValues):
 * the defaults PATH, HOSTNAME and (with a tty) TERM keep their slots and are replaced in place by
 * Config.Env entries of the same name; other entries are appended in order, duplicates kept; a bare
 * `NAME` removes a default of that name and is otherwise dropped.
 */
export function buildProcessEnv(env: readonly string[], hostname: string, tty: boolean): string[] {
  return processEnvEntries(env, hostname, tty).map((e) => e.entry);
}

/** buildProcessEnv, each entry with what decided it: a default's rule or the Config.Env entry. */
export function processEnvEntries(
  env: readonly string[],
  hostname: string,
  tty: boolean,
): EnvEntry[] {
  const defaults: (EnvEntry | undefined)[] = [
    { entry: defaultPath, cause: { rule: "the default PATH (container.CreateDaemonEnvironment)" } },
    { entry: `HOSTNAME=${hostname}`, cause: { state: "Config.Hostname" } },
  ];
  if (tty) defaults.push({ entry: "TERM=xterm", cause: { state: "Config.Tty" } });
  // The index covers the defaults only: appended entries are never replaced by later ones.
  const slots = new Map(defaults.map((entry, i) => [nameOf(entry?.entry ?? ""), i]));
  const appended: EnvEntry[] = [];
  for (const entry of env) {
    const slot = slots.get(nameOf(entry));
    const own = { entry, cause: { state: "Config.Env", item: nameOf(entry) } };
    if (!entry.includes("=")) {
      if (slot !== undefined) defaults[slot] = undefined;
    } else if (slot !== undefined) {
      defaults[slot] = own;
    } else {
      appended.push(own);
    }
  }
  return [...defaults.filter((entry) => entry !== undefined), ...appended];
}

function nameOf(entry: string): string {
  const eq = entry.indexOf("=");
  return eq === -1 ? entry : entry.slice(0, eq);
}
