/**
 * A unified diff (`diff -u` format, 3 lines of context) between two texts, or "" when they are equal.
 * Line matching is a longest-common-subsequence over lines, which is plenty for config files.
 */
export function unifiedDiff(
  oldText: string,
  newText: string,
  oldName: string,
  newName: string,
): string {
  if (oldText === newText) return "";
  const a = splitLines(oldText);
  const b = splitLines(newText);
  const ops = diffLines(a, b);
  const hunks = groupHunks(ops, 3);
  const header = `--- ${oldName}\n+++ ${newName}\n`;
  return header + hunks.map((h) => renderHunk(h)).join("");
}

type Op = { kind: " " | "-" | "+"; line: string; aIndex: number; bIndex: number };

function splitLines(text: string): string[] {
  if (text === "") return [];
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

function diffLines(a: readonly string[], b: readonly string[]): Op[] {
  // Trim the common prefix and suffix first: drift is usually a few lines in a large file.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const middle = lcsOps(a.slice(start, endA), b.slice(start, endB), start);
  const prefix = a
    .slice(0, start)
    .map((line, i) => ({ kind: " " as const, line, aIndex: i, bIndex: i }));
  const suffix = a.slice(endA).map((line, i) => ({
    kind: " " as const,
    line,
    aIndex: endA + i,
    bIndex: endB + i,
  }));
  return [...prefix, ...middle, ...suffix];
}

function lcsOps(a: readonly string[], b: readonly string[], offset: number): Op[] {
  const n = a.length;
  const m = b.length;
  const table = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i -= 1) {
    const row = table[i] as Uint32Array;
    const next = table[i + 1] as Uint32Array;
    for (let j = m - 1; j >= 0; j -= 1) {
      row[j] = a[i] === b[j] ? (next[j + 1] ?? 0) + 1 : Math.max(next[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    const aLine = a[i];
    const bLine = b[j];
    if (i < n && j < m && aLine === bLine) {
      ops.push({ kind: " ", line: aLine ?? "", aIndex: offset + i, bIndex: offset + j });
      i += 1;
      j += 1;
    } else if (i < n && (j >= m || (table[i + 1]?.[j] ?? 0) >= (table[i]?.[j + 1] ?? 0))) {
      // Deletions before insertions, as diff(1) prints them.
      ops.push({ kind: "-", line: aLine ?? "", aIndex: offset + i, bIndex: offset + j });
      i += 1;
    } else {
      ops.push({ kind: "+", line: bLine ?? "", aIndex: offset + i, bIndex: offset + j });
      j += 1;
    }
  }
  return ops;
}

/** Each change with `context` unchanged lines around it; overlapping or touching ranges join. */
function groupHunks(ops: readonly Op[], context: number): Op[][] {
  const ranges: [number, number][] = [];
  ops.forEach((op, index) => {
    if (op.kind === " ") return;
    const from = Math.max(index - context, 0);
    const to = Math.min(index + context, ops.length - 1);
    const last = ranges[ranges.length - 1];
    if (last !== undefined && from <= last[1] + 1) last[1] = to;
    else ranges.push([from, to]);
  });
  return ranges.map(([from, to]) => ops.slice(from, to + 1));
}

function renderHunk(hunk: readonly Op[]): string {
  const first = hunk[0];
  if (first === undefined) return "";
  const aCount = hunk.filter((op) => op.kind !== "+").length;
  const bCount = hunk.filter((op) => op.kind !== "-").length;
  const aStart = aCount === 0 ? first.aIndex : first.aIndex + 1;
  const bStart = bCount === 0 ? first.bIndex : first.bIndex + 1;
  const body = hunk.map((op) => `${op.kind}${op.line}\n`).join("");
  return `@@ -${aStart},${aCount} +${bStart},${bCount} @@\n${body}`;
}
