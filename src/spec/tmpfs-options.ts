/**
 * moby/sys mount.MergeTmpfsOptions: scanning from the right, the last-specified value of each option
 * wins and keeps its position relative to the other winners. Flag pairs (ro/rw, exec/noexec, ...)
 * share one key, all propagation flags share one key, `key=value` options are keyed by name, and
 * `defaults` is dropped.
 */
export function mergeTmpfsOptions(options: readonly string[]): string[] {
  const seen = new Set<string>();
  const merged: string[] = [];
  for (let i = options.length - 1; i >= 0; i -= 1) {
    const option = options[i] ?? "";
    if (option === "defaults") continue;
    const key = optionKey(option);
    if (seen.has(key)) continue;
    seen.add(key);
    merged.unshift(option);
  }
  return merged;
}

const flagPairs: Readonly<Record<string, string>> = {
  ro: "rw",
  rw: "rw",
  exec: "exec",
  noexec: "exec",
  suid: "suid",
  nosuid: "suid",
  dev: "dev",
  nodev: "dev",
  sync: "sync",
  async: "sync",
  atime: "atime",
  noatime: "atime",
  diratime: "diratime",
  nodiratime: "diratime",
  relatime: "relatime",
  norelatime: "relatime",
  strictatime: "strictatime",
  nostrictatime: "strictatime",
  mand: "mand",
  nomand: "mand",
};

const propagationFlags = new Set([
  "private",
  "rprivate",
  "shared",
  "rshared",
  "slave",
  "rslave",
  "unbindable",
  "runbindable",
  "bind",
  "rbind",
]);

/** Option names a tmpfs accepts as `key=value` (moby/sys validation). */
export const tmpfsValueOptions = new Set([
  "size",
  "mode",
  "uid",
  "gid",
  "nr_inodes",
  "nr_blocks",
  "mpol",
]);

function optionKey(option: string): string {
  const eq = option.indexOf("=");
  if (eq !== -1) return option.slice(0, eq);
  if (propagationFlags.has(option)) return "propagation";
  return flagPairs[option] ?? option;
}

/** Why a tmpfs option is invalid, or undefined when Docker accepts it. */
export function tmpfsOptionProblem(option: string): string | undefined {
  const eq = option.indexOf("=");
  if (eq !== -1) {
    const key = option.slice(0, eq);
    return tmpfsValueOptions.has(key) ? undefined : `unknown tmpfs option "${key}"`;
  }
  if (option === "defaults" || propagationFlags.has(option) || option in flagPairs)
    return undefined;
  return `unknown tmpfs option "${option}"`;
}
