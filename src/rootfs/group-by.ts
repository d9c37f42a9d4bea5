/**
 * Groups `[key, value]` pairs by a key computed from each value, in one pass: each group keeps
 * its pairs in input order, and groups come in the order their first pair appeared.
 */
export function groupBy<K, V, G>(
  pairs: Iterable<readonly [K, V]>,
  groupOf: (value: V) => G,
): Map<G, (readonly [K, V])[]> {
  const groups = new Map<G, (readonly [K, V])[]>();
  for (const pair of pairs) {
    const group = groupOf(pair[1]);
    const members = groups.get(group);
    if (members === undefined) groups.set(group, [pair]);
    else members.push(pair);
  }
  return groups;
}
