/**
 * The candidate a mistyped name most likely meant, or undefined when none is close. Names compare
 * without case, `-` or `_` (so `workdir` finds `working_dir` and `read-only` finds `read_only`),
 * and "close" allows about one edit per three characters. A name longer than MAX_NAME_LENGTH gets
 * no suggestion: no setting is that long, and a key of megabytes must not cost a comparison of
 * megabytes against every candidate.
 */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  if (name.length > MAX_NAME_LENGTH) return undefined;
  const wanted = simplify(name);
  let best: { name: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const simple = simplify(candidate);
    const limit = Math.max(1, Math.floor(Math.max(wanted.length, simple.length) / 3));
    // The difference in length alone takes that many insertions or deletions.
    if (Math.abs(wanted.length - simple.length) > limit) continue;
    const distance = editDistance(wanted, simple);
    if (distance <= limit && (best === undefined || distance < best.distance)) {
      best = { name: candidate, distance };
    }
  }
  return best?.name;
}

/** The longest name closestName compares (in UTF-16 units, before simplifying). */
export const MAX_NAME_LENGTH = 64;

function simplify(name: string): string {
  return name.toLowerCase().replaceAll(/[-_]/g, "");
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
export function editDistance(a: string, b: string): number {
  // Three rows of the table: i-2, i-1 and i; each cell depends only on those.
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        distance = Math.min(distance, (before[j - 2] ?? 0) + 1);
      }
      current[j] = distance;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length] ?? 0;
}
