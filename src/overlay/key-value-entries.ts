import { closestName } from "./closest-name.ts";
import { type Draft, type Path, type SourceText, numberText } from "./draft.ts";
import { formatKeyPath } from "./key-path.ts";
import type { MapEntry, Ulimit } from "./layer.ts";
import type { OverlayDocument } from "./overlay-document.ts";
import type { EnvEntry } from "./types.ts";
import { hasVariables, literalTexts, parseTemplate } from "../secrets/index.ts";

/**
 * Reads the keys written as a map or a `KEY=VALUE` list: `environment` (with `null` removing a
 * variable, and Compose's interpolation in values), `labels`, `sysctls`, `annotations`, and
 * `ulimits`.
 */

type MapOrList<V> = Readonly<Record<string, V>> | readonly string[];
type EnvRaw = Exclude<NonNullable<OverlayDocument["environment"]>, readonly string[]>[string];
type UlimitsRaw = NonNullable<OverlayDocument["ulimits"]>;

/** Docker's ulimit names (go-units), the keys `ulimits` accepts. */
export const ulimitNames: readonly string[] = [
  ...["core", "cpu", "data", "fsize", "locks", "memlock", "msgqueue", "nice", "nofile", "nproc"],
  ...["rss", "rtprio", "rttime", "sigpending", "stack"],
];

function isList<T>(raw: T): raw is Extract<T, readonly unknown[]> {
  return Array.isArray(raw);
}

/**
 * `environment`: a map (numbers as written, null removes) or a list where a bare `KEY` removes.
 * (Compose takes a bare `KEY` from the shell; in rbc, `KEY: ${KEY}` does, at run time.)
 */
export function environmentEntries(
  raw: MapOrList<EnvRaw>,
  sourceText: SourceText,
): Draft<EnvEntry>[] {
  if (isList(raw)) return raw.map(envListItem);
  return Object.entries(raw).map(([name, value]) => envMapItem(name, value, sourceText));
}

function envMapItem(name: string, raw: EnvRaw, sourceText: SourceText): Draft<EnvEntry> {
  const path = ["environment", name];
  if (name === "" || name.includes("=")) {
    const problem = `"environment" has a variable named ${JSON.stringify(name)}; names must be non-empty and have no "="`;
    return { path, problem, part: "key" };
  }
  const value = typeof raw === "number" ? numberText(raw, path, sourceText) : raw;
  return envValue(path, name, value === null ? null : String(value));
}

/** A bare `KEY` (no `=`) removes the variable, as `null` does in the map form. */
function envListItem(item: string, index: number): Draft<EnvEntry> {
  const path = ["environment", index];
  const cut = item.indexOf("=");
  if (cut === 0 || item === "") return emptyName(path, item);
  const name = cut === -1 ? item : item.slice(0, cut);
  return envValue(path, name, cut === -1 ? null : item.slice(cut + 1));
}

/**
 * A variable's value as Compose reads it: a template (interpolation.ts). One that reads variables
 * is kept as written, to be filled in at run time; one that does not is literal (`$$` is `$`).
 */
function envValue(path: Path, name: string, value: string | null): Draft<EnvEntry> {
  if (value === null || !value.includes("$")) return { path, value: { name, value } };
  const parsed = parseTemplate(value);
  if ("problem" in parsed) {
    const problem = `"environment.${name}" has an ${parsed.problem} (write $$ for a literal $)`;
    return { path, problem };
  }
  if (hasVariables(parsed.template)) return { path, value: { name, value, template: true } };
  return { path, value: { name, value: literalTexts(parsed.template).join("") } };
}

/**
 * `labels`, `annotations` and `sysctls`: a map of names to values (numbers kept as written) or a
 * list of `KEY=VALUE` strings. `noun` names one entry in messages ("a label").
 */
export function keyValueEntries(
  key: string,
  noun: string,
  raw: MapOrList<string | number>,
  sourceText: SourceText,
): Draft<MapEntry>[] {
  if (isList(raw)) return raw.map((item, index) => keyValueListItem(key, item, index));
  return Object.entries(raw).map(([name, value]): Draft<MapEntry> => {
    const path = [key, name];
    if (name === "")
      return { path, problem: `"${key}" has ${noun} with an empty name`, part: "key" };
    const text = typeof value === "number" ? numberText(value, path, sourceText) : value;
    return { path, value: { name, value: text } };
  });
}

function keyValueListItem(key: string, item: string, index: number): Draft<MapEntry> {
  const path = [key, index];
  const cut = item.indexOf("=");
  if (cut === -1) {
    return { path, problem: `"${key}[${index}]" must be KEY=VALUE, got ${JSON.stringify(item)}` };
  }
  if (cut === 0) return emptyName(path, item);
  return { path, value: { name: item.slice(0, cut), value: item.slice(cut + 1) } };
}

function emptyName<T>(path: Path, item: string): Draft<T> {
  return { path, problem: `"${formatKeyPath(path)}" has an empty name: ${JSON.stringify(item)}` };
}

/** `ulimits`: by Docker's names; one number sets soft and hard, and hard ≥ soft unless hard is -1. */
export function ulimitEntries(raw: UlimitsRaw): Draft<MapEntry<Ulimit>>[] {
  return Object.entries(raw).map(([name, value]): Draft<MapEntry<Ulimit>> => {
    const path = ["ulimits", name];
    if (!ulimitNames.includes(name)) {
      return { path, problem: unknownUlimit(name), part: "key" };
    }
    const limit = typeof value === "number" ? { soft: value, hard: value } : value;
    const { soft, hard } = limit;
    if (hard !== -1 && (soft === -1 || soft > hard)) {
      const problem = `"ulimits.${name}" has soft limit ${unlimited(soft)} above hard limit ${unlimited(hard)}`;
      return { path, problem };
    }
    return { path, value: { name, value: { soft, hard } } };
  });
}

function unknownUlimit(name: string): string {
  const suggestion = closestName(name, ulimitNames);
  const hint =
    suggestion === undefined
      ? `; use one of ${ulimitNames.join(", ")}`
      : `; did you mean "${suggestion}"?`;
  return `"ulimits" has no limit named ${JSON.stringify(name)}${hint}`;
}

function unlimited(value: number): string {
  return value === -1 ? "-1 (unlimited)" : String(value);
}
