/**
 * A config.json as a flat map of JSON pointers to leaf values, for a field-by-field comparison of
 * two engines' specs. Lists whose entries have an identity are keyed by it, so that one added
 * entry reads as one difference rather than a shift of every index after it: mounts by
 * destination, namespaces by type, device nodes by path (each such entry is one leaf, an object),
 * and seccomp rules by syscall name (`/linux/seccomp/syscalls/<name>` holds every rule naming that
 * syscall). Other lists are leaves, compared whole.
 */
export interface FlatSpec {
  readonly leaves: Map<string, unknown>;
  /** Pointers of keyed-list entries → the pointer of their list. */
  readonly entries: Map<string, string>;
}

export function flattenSpec(spec: unknown): FlatSpec {
  const flat: FlatSpec = { leaves: new Map(), entries: new Map() };
  visit(spec, "", flat);
  return flat;
}

const keyedLists: Readonly<Record<string, string>> = {
  "/mounts": "destination",
  "/linux/namespaces": "type",
  "/linux/devices": "path",
};

function visit(value: unknown, pointer: string, flat: FlatSpec): void {
  if (pointer === "/linux/seccomp/syscalls" && Array.isArray(value)) {
    for (const [name, rules] of rulesBySyscall(value)) {
      const entry = `${pointer}/${escape(name)}`;
      flat.leaves.set(entry, rules);
      flat.entries.set(entry, pointer);
    }
    return;
  }
  const key = keyedLists[pointer];
  if (Array.isArray(value) && key !== undefined) {
    const seen = new Map<string, number>();
    for (const item of value) {
      const id = isObject(item) && typeof item[key] === "string" ? item[key] : "?";
      const count = (seen.get(id) ?? 0) + 1;
      seen.set(id, count);
      const entry = `${pointer}/${escape(count > 1 ? `${id}#${count}` : id)}`;
      flat.leaves.set(entry, item);
      flat.entries.set(entry, pointer);
    }
    return;
  }
  if (isObject(value)) {
    const fields = Object.entries(value);
    if (fields.length === 0) flat.leaves.set(pointer, {});
    for (const [k, v] of fields) visit(v, `${pointer}/${escape(k)}`, flat);
    return;
  }
  flat.leaves.set(pointer, value);
}

/** Each syscall name → the rules naming it (action, args, errnoRet…), in the profile's order. */
function rulesBySyscall(rules: readonly unknown[]): Map<string, unknown[]> {
  const bySyscall = new Map<string, unknown[]>();
  for (const rule of rules) {
    if (!isObject(rule) || !Array.isArray(rule.names)) continue;
    const { names, ...rest } = rule;
    for (const name of names) {
      bySyscall.set(String(name), [...(bySyscall.get(String(name)) ?? []), rest]);
    }
  }
  return bySyscall;
}

/** RFC 6901: `~` and `/` in a key. */
export function escape(key: string): string {
  return key.replaceAll("~", "~0").replaceAll("/", "~1");
}

export function unescape(segment: string): string {
  return segment.replaceAll("~1", "/").replaceAll("~0", "~");
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
