/**
 * The candidate a mistyped name most likely meant, or undefined when none is close. Names compare
 * without case, `-` or `_` (so `workdir` finds `working_dir` and `read-only` finds `read_only`),
 * and "close" allows about one edit per three characters.
 */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  const wanted = simplify(name);
  let best: { name: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const simple = simplify(candidate);
    const distance = editDistance(wanted, simple);
    const limit = Math.max(1, Math.floor(Math.max(wanted.length, simple.length) / 3));
    if (distance <= limit && (best === undefined || distance < best.distance)) {
      best = { name: candidate, distance };
    }
  }
  return best?.name;
}

function simplify(name: string): string {
  return name.toLowerCase().replaceAll(/[-_]/g, "");
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
export function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const options = [
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      ];
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        options.push((before[j - 2] ?? 0) + 1);
      }
      current.push(Math.min(...options));
    }
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}
