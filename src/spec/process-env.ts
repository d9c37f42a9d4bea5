import { defaultPath } from "./docker-defaults.ts";

/**
 * `process.env` as Docker builds it (container.CreateDaemonEnvironment + ReplaceOrAppendEnvValues):
 * the defaults PATH, HOSTNAME and (with a tty) TERM keep their slots and are replaced in place by
 * Config.Env entries of the same name; other entries are appended in order, duplicates kept; a bare
 * `NAME` removes a default of that name and is otherwise dropped.
 */
export function buildProcessEnv(env: readonly string[], hostname: string, tty: boolean): string[] {
  const defaults: (string | undefined)[] = [defaultPath, `HOSTNAME=${hostname}`];
  if (tty) defaults.push("TERM=xterm");
  // The index covers the defaults only: appended entries are never replaced by later ones.
  const slots = new Map(defaults.map((entry, i) => [nameOf(entry ?? ""), i]));
  const appended: string[] = [];
  for (const entry of env) {
    const slot = slots.get(nameOf(entry));
    if (!entry.includes("=")) {
      if (slot !== undefined) defaults[slot] = undefined;
    } else if (slot !== undefined) {
      defaults[slot] = entry;
    } else {
      appended.push(entry);
    }
  }
  return [...defaults.filter((entry) => entry !== undefined), ...appended];
}

function nameOf(entry: string): string {
  const eq = entry.indexOf("=");
  return eq === -1 ? entry : entry.slice(0, eq);
}
