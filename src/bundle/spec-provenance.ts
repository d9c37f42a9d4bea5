import { parseJson } from "../json/index.ts";

/**
 * Which overlay keys can change which part of config.json: used to point a drift report at the
 * overlay lines behind a changed field.
 */
const keysBySpecPath: readonly (readonly [string, readonly string[]])[] = [
  ["/process/env", ["environment", "hostname", "tty"]],
  ["/process/args", ["command", "entrypoint"]],
  ["/process/user", ["user"]],
  ["/process/cwd", ["working_dir"]],
  ["/process/terminal", ["tty"]],
  ["/process/capabilities", ["cap_add", "cap_drop", "privileged", "user"]],
  ["/root", ["read_only"]],
  ["/hostname", ["hostname"]],
  ["/mounts", ["volumes", "tmpfs", "read_only", "privileged"]],
  ["/linux/sysctl", ["domainname"]],
  ["/linux/seccomp", ["cap_add", "cap_drop", "privileged"]],
  ["/linux/resources", ["privileged"]],
  ["/linux/maskedPaths", ["privileged"]],
  ["/linux/readonlyPaths", ["privileged"]],
];

/** The JSON pointers (two levels deep) whose values differ between two config.json texts. */
export function changedSpecPaths(oldText: string, newText: string): string[] {
  let before: unknown;
  try {
    before = parseJson(oldText);
  } catch {
    return [""];
  }
  const after = parseJson(newText);
  return diffPaths(before, after, "", 2);
}

/** Overlay keys that may explain changes at these spec paths (patches explain anything). */
export function overlayKeysFor(paths: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const path of paths) {
    for (const [prefix, overlayKeys] of keysBySpecPath) {
      if (
        path === prefix ||
        path.startsWith(`${prefix}/`) ||
        prefix.startsWith(`${path}/`) ||
        path === ""
      ) {
        overlayKeys.forEach((k) => keys.add(k));
      }
    }
  }
  keys.add("patches");
  return [...keys];
}

function diffPaths(a: unknown, b: unknown, path: string, depth: number): string[] {
  if (same(a, b)) return [];
  if (depth === 0 || !isObject(a) || !isObject(b)) return [path];
  const names = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return names.flatMap((name) => diffPaths(a[name], b[name], `${path}/${name}`, depth - 1));
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a, bigintAsString) === JSON.stringify(b, bigintAsString);
}

function bigintAsString(_key: string, value: unknown): unknown {
  return typeof value === "bigint" ? `${value}n` : value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
