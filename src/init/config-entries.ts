import type { ContainerConfig, ImageConfig } from "../spec/index.ts";
import type { OverlayEntry } from "./overlay-document.ts";
import { credentialReason } from "../secrets/index.ts";
import { sameSetting } from "./init-overlay.ts";

/**
 * Where the container's hostname comes from: its own setting (or Docker's default); its own
 * setting or the host's name, with the host's network (`host-network`); the host's UTS namespace
 * (`host-uts`); a container whose network it joins (`donor`).
 */
export type HostnameFrom = "own" | "host-network" | "host-uts" | "donor";

/**
 * The Config keys of a container that differ from what its image gives (`baseline`: the
 * container `docker run IMAGE` would make): command and entrypoint, environment, user, working
 * directory, terminal, host and domain name (unless the container joins another's network, whose
 * names it takes, or the host's UTS namespace, whose hostname Docker copies in: see HostnameFrom),
 * labels and the stop settings.
 */
export function configEntries(
  config: ContainerConfig,
  baseline: ContainerConfig,
  image: ImageConfig,
  hostnameFrom: HostnameFrom,
): OverlayEntry[] {
  const ownHostname = hostnameFrom === "own" || hostnameFrom === "host-network";
  const hostUts = hostnameFrom === "host-uts";
  const entries: OverlayEntry[] = [...commandEntries(config, baseline, image)];
  // In the host's UTS namespace Docker names the container after the host, which reaches the
  // process as HOSTNAME (process-env.ts): an overlay sets that variable, its default slot kept.
  const hostEnv =
    !ownHostname && hostUts && config.Hostname !== baseline.Hostname
      ? `HOSTNAME=${config.Hostname}`
      : undefined;
  const env = environmentEntry(config.Env, image.Env ?? [], hostEnv);
  if (env !== undefined) entries.push(env);
  if (config.User !== baseline.User)
    entries.push({ key: "user", value: config.User, comment: "Config.User" });
  if (config.WorkingDir !== baseline.WorkingDir) {
    entries.push({ key: "working_dir", value: config.WorkingDir, comment: "Config.WorkingDir" });
  }
  if (config.Tty) entries.push({ key: "tty", value: true, comment: "Config.Tty" });
  if (ownHostname && config.Hostname !== baseline.Hostname) {
    // With the host's network and no -h, Docker names the container after the host
    // (daemon/container.go, os.Hostname): the name is the host's, which the bundle keeps.
    const note =
      hostnameFrom === "host-network"
        ? {
            note: [
              "Host state, unless -h set it: with network_mode host, Docker names the container",
              "after the host it created it on.",
            ],
          }
        : {};
    entries.push({ key: "hostname", value: config.Hostname, comment: "Config.Hostname", ...note });
  }
  if (ownHostname && config.Domainname !== "") {
    entries.push({ key: "domainname", value: config.Domainname, comment: "Config.Domainname" });
  }
  const labels = Object.entries(config.Labels).filter(([k, v]) => baseline.Labels[k] !== v);
  if (labels.length > 0) {
    const value = Object.fromEntries(labels);
    entries.push({ key: "labels", value, comment: "Config.Labels (the image's follow)" });
  }
  if ((config.StopSignal ?? "") !== (baseline.StopSignal ?? "") && config.StopSignal) {
    entries.push({ key: "stop_signal", value: config.StopSignal, comment: "Config.StopSignal" });
  }
  if (config.StopTimeout !== undefined) {
    const value = `${config.StopTimeout}s`;
    entries.push({ key: "stop_grace_period", value, comment: "Config.StopTimeout" });
  }
  return entries;
}

/**
 * `command` and `entrypoint`, undoing Docker's merge (commit.go merge): a command alone keeps the
 * image's entrypoint; an entrypoint drops the image's command; an empty entrypoint resets it.
 */
function commandEntries(
  config: ContainerConfig,
  baseline: ContainerConfig,
  image: ImageConfig,
): OverlayEntry[] {
  const entrypoint = config.Entrypoint ?? [];
  const cmd = config.Cmd ?? [];
  if (sameSetting(entrypoint, baseline.Entrypoint) && sameSetting(cmd, baseline.Cmd)) return [];
  const command: OverlayEntry = { key: "command", value: [...cmd], comment: "Config.Cmd" };
  if (sameSetting(entrypoint, image.Entrypoint) && cmd.length > 0) return [command];
  return [
    { key: "entrypoint", value: [...entrypoint], comment: "Config.Entrypoint" },
    ...(cmd.length > 0 ? [command] : []),
  ];
}

/**
 * `environment`: the shortest head of the container's variables that Docker's merge (the user's
 * variables, then the image's it does not name) turns into all of them. A `$` is written `$$`,
 * so no value becomes a run-time template, but for a value that looks like a credential (the
 * build's SEC701 heuristics): it becomes `${NAME}`, which `rbc run` fills in, so no secret is
 * written to a file that goes to git.
 */
function environmentEntry(
  env: readonly string[],
  imageEnv: readonly string[],
  hostEnv: string | undefined,
): OverlayEntry | undefined {
  let count = 0;
  while (count < env.length && !sameSetting(mergeEnv(env.slice(0, count), imageEnv), env)) count++;
  const named = env.some((entry) => splitVariable(entry)[0] === "HOSTNAME");
  const extra = hostEnv === undefined || named ? [] : [hostEnv];
  if (count === 0 && extra.length === 0) return undefined;
  const head = [...extra, ...env.slice(0, count)].map(splitVariable);
  const itemComments: Record<string, string> = {};
  if (extra.length > 0) {
    itemComments["HOSTNAME"] =
      "host state: the hostname of the host Docker created the container on";
  }
  // A value that looks like a credential never reaches the file: the bundle takes it at run time.
  const secret = new Set<string>();
  for (const [name, value] of head) {
    const reason = value === null ? undefined : credentialReason(name, [value]);
    if (reason === undefined) continue;
    secret.add(name);
    itemComments[name] = `the container's value: ${reason}; rbc run takes it from its environment`;
  }
  const escape = (name: string, value: string | null) =>
    value === null ? null : secret.has(name) ? `\${${name}}` : value.replaceAll("$", () => "$$");
  // A map keeps its order unless a name reads as an array index (JavaScript puts those first).
  const indexLike = head.some(([name]) => /^(?:0|[1-9][0-9]*)$/.test(name));
  const value = indexLike
    ? head.map(([name, v]) => (v === null ? name : `${name}=${escape(name, v) ?? ""}`))
    : Object.fromEntries(head.map(([name, v]) => [name, escape(name, v)]));
  const comment = count < env.length ? "Config.Env (the image's variables follow)" : "Config.Env";
  return { key: "environment", value, comment, ...(indexLike ? {} : { itemComments }) };
}

function mergeEnv(user: readonly string[], base: readonly string[]): string[] {
  if (user.length === 0) return [...base];
  const named = new Set(user.map((entry) => splitVariable(entry)[0]));
  return [...user, ...base.filter((entry) => !named.has(splitVariable(entry)[0]))];
}

function splitVariable(entry: string): [string, string | null] {
  const eq = entry.indexOf("=");
  return eq === -1 ? [entry, null] : [entry.slice(0, eq), entry.slice(eq + 1)];
}
