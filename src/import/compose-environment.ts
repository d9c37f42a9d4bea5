import { parseTemplate, templateVariables } from "../secrets/index.ts";
import { scalarText } from "./scalar-text.ts";
import { rebasePath } from "./rebase-path.ts";
import type { ComposePath, ImportContext, ImportNote } from "./types.ts";

type Note = (path: ComposePath, message: string) => ImportNote;

interface Mapped<T> {
  readonly value: T;
  readonly notes: readonly ImportNote[];
}

/**
 * Compose's `environment` as rbc reads it. Values stay as written: rbc fills their `${VAR}` in at
 * run time, from its own environment, as Compose does at `up` (compose-go interpolates them too).
 * A variable with no value takes the shell's in Compose and removes the variable in rbc, so it
 * becomes `${NAME}`, which reads the same variable when the bundle starts. rbc does not read the
 * project's `.env`: a value reading a variable only `.env` sets gets a note.
 */
export function composeEnvironment(
  value: unknown,
  context: ImportContext,
  note: Note,
): Mapped<unknown> {
  const notes: ImportNote[] = [];
  const check = (path: ComposePath, name: string, text: string | null): string => {
    if (text === null) {
      const message = `"${name}" has no value, so Compose takes the shell's: written as \${${name}}, which rbc run fills in from its environment`;
      notes.push(note(path, message));
      return `\${${name}}`;
    }
    const parsed = parseTemplate(text);
    const fromDotenv =
      "template" in parsed
        ? templateVariables(parsed.template).filter((v) => context.dotenvNames.has(v))
        : [];
    if (fromDotenv.length > 0) {
      const names = fromDotenv.map((v) => `\${${v}}`).join(", ");
      const message = `${names} is set in .env, which rbc run does not read: export it where the bundle starts`;
      notes.push(note(path, message));
    }
    return text;
  };
  if (Array.isArray(value)) {
    const list = value.map((item: unknown, index) => {
      if (typeof item !== "string") return item;
      const eq = item.indexOf("=");
      const name = eq === -1 ? item : item.slice(0, eq);
      return `${name}=${check([index], name, eq === -1 ? null : item.slice(eq + 1))}`;
    });
    return { value: list, notes };
  }
  if (typeof value !== "object" || value === null) return { value, notes };
  const map = Object.fromEntries(
    Object.entries(value).map(([name, v]: [string, unknown]) => [
      name,
      v === null || typeof v === "string" ? check([name], name, v) : v,
    ]),
  );
  return { value: map, notes };
}

/**
 * Compose's `env_file` with its paths rewritten from the project directory to the overlay file's
 * directory. `format: raw` (values not interpolated) has no equivalent: noted and dropped.
 */
export function composeEnvFile(
  value: unknown,
  context: ImportContext,
  note: Note,
): Mapped<unknown> {
  const rebase = (path: string) => rebasePath(context.projectFromBundle, path);
  if (typeof value === "string") return { value: rebase(value), notes: [] };
  if (!Array.isArray(value)) return { value, notes: [] };
  const notes: ImportNote[] = [];
  const files = value.map((item: unknown, index) => {
    if (typeof item === "string") return rebase(item);
    if (typeof item !== "object" || item === null) return item;
    const { format, ...entry } = item as Record<string, unknown>;
    if (format !== undefined) {
      const message = `"format: ${scalarText(format)}" is not supported: rbc reads env files in Compose's default format`;
      notes.push(note([index, "format"], message));
    }
    const path = entry["path"];
    return typeof path === "string" ? { ...entry, path: rebase(path) } : entry;
  });
  return { value: files, notes };
}
