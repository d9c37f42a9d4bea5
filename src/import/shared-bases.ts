import { scalarText } from "./scalar-text.ts";
import type { OverlayEntry, ServiceImport } from "./types.ts";

/** A base overlay of settings several services share, and the services that extend it. */
export interface SharedBase {
  /** The file's name without `.yaml`: `shared` when every service extends it. */
  readonly name: string;
  readonly services: readonly string[];
  readonly entries: readonly OverlayEntry[];
}

/** The services with their shared settings moved to bases, and those bases. */
export interface FactoredServices {
  readonly services: readonly (ServiceImport & { readonly extends: readonly string[] })[];
  readonly bases: readonly SharedBase[];
}

// A bundle's own identity stays in its own file, however many services share it.
const ownKeys = new Set(["image", "container_name", "hostname"]);
// Settings rbc merges by name through extends: shared one name at a time.
const byName = new Set(["environment", "labels", "annotations", "sysctls"]);

/** One setting that can move to a base: a whole key, or one name of a map setting. */
interface Atom {
  readonly id: string;
  readonly key: string;
  readonly name?: string;
  readonly entry: OverlayEntry;
  readonly value: unknown;
}

/**
 * Moves each setting that two or more services share, value for value, to a base overlay: one base
 * per set of services sharing settings, which those services extend. `environment`, `labels`,
 * `annotations` and `sysctls` are shared one name at a time, since extends merges them by name;
 * other keys whole, since extends would merge a list (cap_add, volumes) with the service's own.
 */
export function sharedBases(services: readonly ServiceImport[]): FactoredServices {
  const atoms = new Map(services.map((s) => [s.name, atomsOf(s)]));
  const holders = new Map<string, string[]>();
  for (const [service, list] of atoms) {
    for (const atom of list) holders.set(atom.id, [...(holders.get(atom.id) ?? []), service]);
  }
  const groupOf = (id: string): string | undefined => {
    const names = holders.get(id) ?? [];
    return names.length >= 2 ? names.join("\0") : undefined;
  };
  const bases = basesOf(services, atoms, groupOf);
  const factored = services.map((s) => {
    const own = (atoms.get(s.name) ?? []).filter((a) => groupOf(a.id) === undefined);
    const extended = bases.filter((b) => b.services.includes(s.name)).map((b) => b.name);
    return { ...s, entries: rebuild(s.entries, own), extends: extended };
  });
  return { services: factored, bases };
}

function basesOf(
  services: readonly ServiceImport[],
  atoms: ReadonlyMap<string, readonly Atom[]>,
  groupOf: (id: string) => string | undefined,
): SharedBase[] {
  const groups = new Map<string, Atom[]>();
  for (const atom of services.flatMap((s) => atoms.get(s.name) ?? [])) {
    const group = groupOf(atom.id);
    if (group === undefined) continue;
    const list = groups.get(group) ?? [];
    if (!list.some((a) => a.id === atom.id)) groups.set(group, [...list, atom]);
  }
  const all = services.map((s) => s.name).join("\0");
  return [...groups]
    .map(([group, list]) => {
      const names = group.split("\0");
      const name = group === all ? "shared" : names.join("-");
      return {
        name,
        services: names,
        entries: rebuild(
          list.map((a) => a.entry),
          list,
        ),
      };
    })
    .sort((a, b) => b.services.length - a.services.length || a.name.localeCompare(b.name));
}

function atomsOf(service: ServiceImport): Atom[] {
  return service.entries
    .filter((e) => !ownKeys.has(e.key))
    .flatMap((entry): Atom[] => {
      const named = byName.has(entry.key) ? namedValues(entry.value) : undefined;
      if (named === undefined) {
        return [
          {
            id: JSON.stringify([entry.key, entry.value]),
            key: entry.key,
            entry,
            value: entry.value,
          },
        ];
      }
      return named.map(([name, raw]) => {
        const value = raw === null ? null : scalarText(raw);
        return { id: JSON.stringify([entry.key, name, value]), key: entry.key, name, entry, value };
      });
    });
}

/**
 * A map setting's names and values, from its map or `NAME=VALUE` list form. Compose's model holds
 * these values as strings (compose-go turns `A: 1` and `A: true` into "1" and "true", as the
 * `A=1` list form reads), so rbc compares them, and writes them, as that text.
 */
function namedValues(value: unknown): [string, unknown][] | undefined {
  if (Array.isArray(value)) {
    if (!value.every((item) => typeof item === "string")) return undefined;
    return value.map((item: string) => {
      const eq = item.indexOf("=");
      return eq === -1 ? [item, null] : [item.slice(0, eq), item.slice(eq + 1)];
    });
  }
  if (typeof value !== "object" || value === null) return undefined;
  return Object.entries(value);
}

/** The entries that keep some of their atoms, in their first order; map settings as maps. */
function rebuild(entries: readonly OverlayEntry[], kept: readonly Atom[]): OverlayEntry[] {
  const seen = new Set<string>();
  return entries.flatMap((entry) => {
    if (seen.has(entry.key)) return [];
    seen.add(entry.key);
    if (ownKeys.has(entry.key)) return [entry];
    const mine = kept.filter((a) => a.key === entry.key);
    if (mine.length === 0) return [];
    if (mine.every((a) => a.name === undefined)) return [entry];
    const all = namedValues(entry.value) ?? [];
    if (mine.length === all.length && entries.filter((e) => e.key === entry.key).length === 1) {
      return [entry];
    }
    const value: Record<string, unknown> = {};
    for (const atom of mine) value[atom.name ?? ""] = atom.value;
    return [{ ...entry, value }];
  });
}
