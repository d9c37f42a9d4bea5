import { isAlias, isMap, isScalar, isSeq, visit, type Document, type Node } from "yaml";
import type { YAMLMap } from "yaml";

/**
 * YAML merge keys (`<<: *defaults`, `<<: [*a, *b]`), as Compose reads them: YAML 1.1's merge type
 * (https://yaml.org/type/merge.html), which the `yaml` package applies with its `merge` option. A
 * key of the map itself wins over a merged one, and an earlier source over a later one.
 */

/** Whether a map key is a merge key: a plain `<<` (a quoted "<<" is an ordinary key). */
export function isMergeKey(key: unknown): boolean {
  return isScalar(key) && typeof key.value === "symbol" && key.value.description === "<<";
}

/**
 * The maps a map merges, in precedence order. Sources that are not maps are left out: parsing
 * refuses them first (mergeKeyProblems).
 */
export function mergeSources(doc: Document, map: YAMLMap): YAMLMap[] {
  return map.items
    .filter((pair) => isMergeKey(pair.key))
    .flatMap((pair) => {
      const value = resolved(doc, pair.value);
      const items: unknown[] = isSeq(value) ? value.items : [value];
      return items.map((item) => resolved(doc, item)).filter((item) => isMap(item));
    });
}

/**
 * The merge keys whose value is not a map, an alias of one or a list of those, by the offset of
 * the value: converting the document would fail on them with no position.
 */
export function mergeKeyProblems(doc: Document): number[] {
  const offsets: number[] = [];
  visit(doc, {
    Pair(_, pair) {
      if (!isMergeKey(pair.key)) return;
      const value = resolved(doc, pair.value);
      const items: unknown[] = isSeq(value) ? value.items : [pair.value];
      // The entry as written (`*name`), not the anchored value it names, is what to fix.
      const bad = items.find((item) => !isMap(resolved(doc, item)));
      if (bad === undefined) return;
      const at = [bad, pair.value, pair.key].find(isNode);
      offsets.push(at?.range?.[0] ?? 0);
    },
  });
  return offsets;
}

function resolved(doc: Document, value: unknown): unknown {
  return isAlias(value) ? value.resolve(doc) : value;
}

function isNode(value: unknown): value is Node {
  return isScalar(value) || isMap(value) || isSeq(value) || isAlias(value);
}
