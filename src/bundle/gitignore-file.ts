import { ROOTFS_PARENT } from "../contract/index.ts";
import { generatedFiles } from "./generated-files.ts";

/**
 * What rbc creates in a bundle directory and never commits: the materialized root filesystem,
 * the volumes, rbc run's logs, an interrupted write's journal and staged files
 * (bundle-journal.ts). No trailing slash: a line ending in `/` matches only a directory, not a
 * file or symlink there.
 */
const ownPaths = [
  `/${ROOTFS_PARENT}`,
  "/volumes",
  "/.rbc",
  "/.rbc-commit",
  "/.*.rbc-new",
  "/.*.rbc-tmp",
];

/** The committed files a bind may name, which must never be ignored. */
const committedFiles: ReadonlySet<string> = new Set(["bundle.yaml", ...generatedFiles]);

/**
 * The bundle's `.gitignore`: rbc's own paths, then the source of every writable bind inside the
 * bundle directory (`./state:/state`, the `shm` a shareable IPC namespace binds), sorted: what a
 * container writes there is data, like a volume's, and `rbc run` creates the directory when it is
 * missing. A read-only bind (`./config:/etc/app:ro`) is how committed content is mounted, and is
 * not ignored; nor is `.`, a committed file, or a source outside the bundle. `spec` is the
 * config.json as compiled (patches included).
 */
export function gitignoreFile(spec: unknown): string {
  const binds = new Set<string>();
  for (const source of writableBindSources(spec)) {
    const line = bundlePattern(source);
    if (line !== undefined) binds.add(line);
  }
  return [...ownPaths, ...[...binds].sort()].map((line) => `${line}\n`).join("");
}

/** Sources of the spec's `bind` mounts without `ro`/`rro`, as written. */
function writableBindSources(spec: unknown): string[] {
  const mounts = (spec as { mounts?: unknown } | undefined)?.mounts;
  if (!Array.isArray(mounts)) return [];
  return mounts.flatMap((mount: unknown) => {
    const { type, source, options } = (mount ?? {}) as Record<string, unknown>;
    if (type !== "bind" || typeof source !== "string") return [];
    const flags = Array.isArray(options) ? options : [];
    return flags.includes("ro") || flags.includes("rro") ? [] : [source];
  });
}

/** An anchored pattern for a bundle-relative source, or undefined when it must not be ignored. */
function bundlePattern(source: string): string | undefined {
  if (source.startsWith("/") || source.includes("\n")) return undefined;
  const parts: string[] = [];
  for (const part of source.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") return undefined;
    parts.push(part);
  }
  const [top = ""] = parts;
  // Under one of rbc's own paths (a volume's directory), the line is there already.
  const committed = parts.length === 1 && committedFiles.has(top);
  if (parts.length === 0 || committed || ownPaths.includes(`/${top}`)) {
    return undefined;
  }
  return `/${parts.map(escapePattern).join("/")}`;
}

/** gitignore's pattern characters taken literally (gitignore(5): a backslash escapes one). */
function escapePattern(name: string): string {
  return name.replace(/[\\*?[]/g, (c) => `\\${c}`).replace(/ $/, "\\ ");
}
