/**
 * A short, human summary of how a bundle's config.json changed, one line per changed field:
 * `process.env: +GREETING=hello, -OLD=x`, `linux.resources.memory.limit: 67108864 → 134217728`,
 * `mounts: +/data`. Lists are compared by what identifies their items (an env variable's name, a
 * mount's destination, a namespace's type, …), so a reordering or one new item reads as such.
 */

export interface SummaryLimits {
  /** Lines before the rest is counted as "… and N more" (default 10). */
  readonly maxLines?: number;
  /** Items listed on one line before "… and N more" (default 6). */
  readonly maxItems?: number;
  /** Characters of one rendered value before it is cut with "…" (default 60). */
  readonly maxValue?: number;
}

interface Limits {
  readonly maxLines: number;
  readonly maxItems: number;
  readonly maxValue: number;
}

/** Fields of list items that identify them, tried in order (config.md's arrays of objects). */
const itemKeys = ["destination", "path", "type", "containerID", "name"] as const;

export function summarizeSpecChange(
  before: unknown,
  after: unknown,
  limits: SummaryLimits = {},
): string[] {
  const l: Limits = { maxLines: 10, maxItems: 6, maxValue: 60, ...limits };
  const lines: string[] = [];
  diffValue("", before, after, lines, l);
  return capLines(lines, l.maxLines);
}

/** At most `max` lines; the rest counted on one more line. */
export function capLines(lines: readonly string[], max: number): string[] {
  if (lines.length <= max) return [...lines];
  return [...lines.slice(0, max), `… and ${lines.length - max} more`];
}

/** Items joined with ", ", at most `max` of them, then "… and N more". */
export function joinItems(items: readonly string[], max: number): string {
  const shown = items.slice(0, max).join(", ");
  return items.length > max ? `${shown}, … and ${items.length - max} more` : shown;
}

function diffValue(path: string, a: unknown, b: unknown, out: string[], l: Limits): void {
  if (same(a, b)) return;
  if ((a === undefined && isEmpty(b)) || (b === undefined && isEmpty(a))) {
    // `[]` or `{}` appearing or going away: nothing inside to list.
    out.push(`${label(path)}: ${render(a, l)} → ${render(b, l)}`);
    return;
  }
  if ((isRecord(a) || a === undefined) && (isRecord(b) || b === undefined)) {
    const left = a ?? {};
    const right = b ?? {};
    const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])];
    for (const key of keys) diffValue(child(path, key), left[key], right[key], out, l);
    return;
  }
  if ((Array.isArray(a) || a === undefined) && (Array.isArray(b) || b === undefined)) {
    diffList(path, a ?? [], b ?? [], out, l);
    return;
  }
  out.push(`${label(path)}: ${render(a, l)} → ${render(b, l)}`);
}

function diffList(
  path: string,
  a: readonly unknown[],
  b: readonly unknown[],
  out: string[],
  l: Limits,
): void {
  if (path === "process.env") {
    const items = diffKeyed(envMap(a), envMap(b), (k, v) => `${k}=${v}`, l);
    out.push(`${path}: ${items.length > 0 ? joinItems(items, l.maxItems) : "reordered"}`);
    return;
  }
  if (path === "process.args" || !a.concat(b).every(isRecord)) {
    out.push(`${label(path)}: ${scalarListChange(path, a, b, l)}`);
    return;
  }
  const key = itemKey(a as Record<string, unknown>[], b as Record<string, unknown>[]);
  if (key === undefined) out.push(`${label(path)}: ${countedListChange(a, b)}`);
  else diffListByKey(path, key, a, b, out, l);
}

/** Lists of objects without a key to match them by: how many entries came and went. */
function countedListChange(a: readonly unknown[], b: readonly unknown[]): string {
  const count = (n: number, sign: string): string[] =>
    n === 0 ? [] : [`${sign}${n} ${n === 1 ? "entry" : "entries"}`];
  const left = a.map(canonical);
  const right = b.map(canonical);
  const added = right.filter((item) => !left.includes(item)).length;
  const removed = left.filter((item) => !right.includes(item)).length;
  const counts = [...count(added, "+"), ...count(removed, "-")];
  return counts.length > 0 ? counts.join(", ") : "reordered";
}

/** Lists of objects matched by `key`: the entries added and removed, then each changed one. */
function diffListByKey(
  path: string,
  key: string,
  a: readonly unknown[],
  b: readonly unknown[],
  out: string[],
  l: Limits,
): void {
  const byKey = (items: readonly unknown[]): Map<string, unknown> =>
    new Map(items.map((item) => [String((item as Record<string, unknown>)[key]), item]));
  const left = byKey(a);
  const right = byKey(b);
  const edges = [
    ...[...right.keys()].filter((k) => !left.has(k)).map((k) => `+${k}`),
    ...[...left.keys()].filter((k) => !right.has(k)).map((k) => `-${k}`),
  ];
  const changed: string[] = [];
  for (const [k, item] of right) {
    if (left.has(k)) diffValue(`${path}[${k}]`, left.get(k), item, changed, l);
  }
  if (edges.length > 0) out.push(`${label(path)}: ${joinItems(edges, l.maxItems)}`);
  out.push(...changed);
  if (edges.length === 0 && changed.length === 0) out.push(`${label(path)}: reordered`);
}

function scalarListChange(
  path: string,
  a: readonly unknown[],
  b: readonly unknown[],
  l: Limits,
): string {
  if (path === "process.args") return `${render(a, l)} → ${render(b, l)}`;
  const left = a.map((item) => render(item, l));
  const right = b.map((item) => render(item, l));
  const items = [
    ...right.filter((item) => !left.includes(item)).map((item) => `+${item}`),
    ...left.filter((item) => !right.includes(item)).map((item) => `-${item}`),
  ];
  return items.length > 0 ? joinItems(items, l.maxItems) : "reordered";
}

/** `+K=V` for new keys, `-K=V` for removed ones, `K=old → new` for changed values. */
function diffKeyed(
  a: ReadonlyMap<string, string>,
  b: ReadonlyMap<string, string>,
  show: (key: string, value: string) => string,
  l: Limits,
): string[] {
  const cut = (value: string): string => truncate(value, l.maxValue);
  const items: string[] = [];
  for (const [k, v] of b) {
    const old = a.get(k);
    if (old === undefined) items.push(`+${show(k, cut(v))}`);
    else if (old !== v) items.push(`${show(k, cut(old))} → ${cut(v)}`);
  }
  for (const [k, v] of a) if (!b.has(k)) items.push(`-${show(k, cut(v))}`);
  return items;
}

function envMap(items: readonly unknown[]): Map<string, string> {
  return new Map(
    items.map((item) => {
      const text = String(item);
      const eq = text.indexOf("=");
      return eq < 0 ? [text, ""] : [text.slice(0, eq), text.slice(eq + 1)];
    }),
  );
}

/** The first identifying field every item of both lists has, with no duplicates on either side. */
function itemKey(
  a: readonly Record<string, unknown>[],
  b: readonly Record<string, unknown>[],
): string | undefined {
  return itemKeys.find((key) =>
    [a, b].every((items) => {
      const values = items.map((item) => item[key]);
      return (
        values.every((v) => typeof v === "string" || typeof v === "number") &&
        new Set(values).size === values.length
      );
    }),
  );
}

function child(path: string, key: string): string {
  if (path === "") return key;
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `${path}.${key}` : `${path}[${key}]`;
}

function label(path: string): string {
  return path === "" ? "config.json" : path;
}

function render(value: unknown, l: Limits): string {
  if (value === undefined) return "unset";
  if (typeof value === "string") {
    return truncate(/^[^\s"]+$/.test(value) ? value : JSON.stringify(value), l.maxValue);
  }
  return truncate(canonical(value), l.maxValue);
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Compact JSON that also prints bigints (exact uint64 values from parseJson). */
function canonical(value: unknown): string {
  if (typeof value === "bigint") return value.toString();
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (isRecord(value)) {
    const fields = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return `{${fields.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return value === undefined ? "unset" : JSON.stringify(value);
}

function same(a: unknown, b: unknown): boolean {
  return a === b || canonical(a) === canonical(b);
}

/** An empty list or object facing an absent field (`[] → unset`). */
function isEmpty(value: unknown): boolean {
  return (Array.isArray(value) || isRecord(value)) && Object.keys(value).length === 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
