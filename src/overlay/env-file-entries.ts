import type { Draft } from "./draft.ts";
import type { OverlayDocument } from "./overlay-document.ts";
import type { EnvFileSetting } from "./types.ts";

type EnvFileDocument = NonNullable<OverlayDocument["env_file"]>;

/**
 * `env_file`: a path, or a list of paths and `{path, required}` entries (Compose's long form);
 * `required` defaults to true (compose-go transform/envfile.go). Paths are kept as written, with
 * the overlay file that names them: they are relative to that file's directory.
 */
export function envFileEntries(
  raw: EnvFileDocument,
  _sourceText: unknown,
  file: string,
): Draft<EnvFileSetting>[] {
  if (typeof raw === "string")
    return [{ path: ["env_file"], value: { path: raw, required: true, file } }];
  return raw.map((entry, i) => {
    const value =
      typeof entry === "string"
        ? { path: entry, required: true, file }
        : { path: entry.path, required: entry.required ?? true, file };
    return { path: ["env_file", i], value };
  });
}

/** The file an entry names, for merging: its path joined with its overlay file's directory. */
export function envFileIdentity(entry: EnvFileSetting): string {
  if (entry.path.startsWith("/")) return cleanPath(entry.path);
  const cut = entry.file.lastIndexOf("/");
  const dir = cut === -1 ? "." : entry.file.slice(0, cut) || "/";
  return cleanPath(`${dir}/${entry.path}`);
}

/** Lexical clean-up of a POSIX path (Go's path.Clean): `a/./b/../c` → `a/c`. */
function cleanPath(path: string): string {
  const absolute = path.startsWith("/");
  const out: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment !== "..") out.push(segment);
    else if (out.length > 0 && out.at(-1) !== "..") out.pop();
    else if (!absolute) out.push("..");
  }
  const joined = out.join("/");
  return absolute ? `/${joined}` : joined || ".";
}
