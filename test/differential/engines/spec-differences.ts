import { isObject, unescape, type FlatSpec } from "./flatten-spec.ts";

/** One difference between two flattened specs: a pointer and how each side shows it. */
export interface SpecDifference {
  readonly pointer: string;
  readonly left: string;
  readonly right: string;
}

/**
 * The differences between two flattened specs. An entry of a keyed list that only one side has
 * is not a row of its own: each list gets one row naming the entries only each side has. An
 * entry both have is compared field by field.
 */
export function specDifferences(a: FlatSpec, b: FlatSpec): SpecDifference[] {
  const found: SpecDifference[] = [];
  const onlyIn = new Map<string, { left: string[]; right: string[] }>();
  for (const pointer of new Set([...a.leaves.keys(), ...b.leaves.keys()])) {
    const l = a.leaves.get(pointer);
    const r = b.leaves.get(pointer);
    if (show(l) === show(r)) continue;
    const list = a.entries.get(pointer) ?? b.entries.get(pointer);
    if (list !== undefined && (l === undefined || r === undefined)) {
      const sides = onlyIn.get(list) ?? { left: [], right: [] };
      const key = unescape(pointer.slice(list.length + 1));
      (l === undefined ? sides.right : sides.left).push(key);
      onlyIn.set(list, sides);
    } else if (list !== undefined && isObject(l) && isObject(r)) {
      for (const field of new Set([...Object.keys(l), ...Object.keys(r)])) {
        const [lf, rf] = [l[field], r[field]];
        if (show(lf) !== show(rf)) found.push(row(`${pointer}/${field}`, lf, rf));
      }
    } else {
      found.push(row(pointer, l, r));
    }
  }
  for (const [list, sides] of onlyIn) {
    found.push({
      pointer: `${list} (entries)`,
      left: sides.left.length > 0 ? `only here: ${sides.left.join(", ")}` : "—",
      right: sides.right.length > 0 ? `only here: ${sides.right.join(", ")}` : "—",
    });
  }
  return found;
}

/** Both values; a list that extends or reorders the left one is shown as the change. */
function row(pointer: string, l: unknown, r: unknown): SpecDifference {
  return {
    pointer,
    left: show(l),
    right: Array.isArray(l) && Array.isArray(r) ? listChange(l, r) : show(r),
  };
}

function listChange(l: readonly unknown[], r: readonly unknown[]): string {
  const ls = l.map((x) => show(x));
  const rs = r.map((x) => show(x));
  if (rs.length > ls.length && ls.every((x, i) => rs[i] === x)) {
    return `left, then ${show(r.slice(l.length))}`;
  }
  const added = rs.filter((x) => !ls.includes(x));
  const removed = ls.filter((x) => !rs.includes(x));
  if (added.length + removed.length < Math.max(ls.length, rs.length) / 2) {
    const parts = [
      ...(added.length > 0 ? [`+[${added.join(",")}]`] : []),
      ...(removed.length > 0 ? [`-[${removed.join(",")}]`] : []),
    ];
    if (parts.length > 0) return `left ${parts.join(" ")}`;
  }
  return show(r);
}

export function show(value: unknown): string {
  if (value === undefined) return "(absent)";
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
}
