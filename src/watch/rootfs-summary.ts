import { diffRootfs, readMtree, type RootfsEntry } from "../rootfs/index.ts";
import { joinItems } from "./spec-summary.ts";

/**
 * One line on how a bundle's rootfs.mtree changed: the entry counts and the paths added (`+`),
 * removed (`-`) and modified (`~`), e.g. `rootfs.mtree: 412 → 413 entries: +app/new.txt, ~etc/passwd`.
 * `before` is undefined for a bundle built for the first time.
 */
export function summarizeRootfsChange(
  before: string | undefined,
  after: string,
  maxItems = 6,
): string {
  const next = entries(after);
  const previous = before === undefined ? undefined : entries(before);
  if (next === undefined || previous === undefined) {
    const count = next === undefined ? "" : `: ${entriesCount(next.length)}`;
    return `rootfs.mtree ${before === undefined ? "written" : "changed"}${count}`;
  }
  const diff = diffRootfs(previous, next);
  const items = [
    ...diff.extra.map((path) => `+${path}`),
    ...diff.missing.map((path) => `-${path}`),
    ...diff.modified.map(({ path, keys }) => `~${path} (${keys.map((k) => k.name).join(", ")})`),
  ];
  const counts = `${previous.length} → ${entriesCount(next.length)}`;
  return `rootfs.mtree: ${counts}${items.length > 0 ? `: ${joinItems(items, maxItems)}` : ""}`;
}

function entries(mtree: string): RootfsEntry[] | undefined {
  try {
    return readMtree(mtree);
  } catch {
    return undefined;
  }
}

function entriesCount(n: number): string {
  return `${n} ${n === 1 ? "entry" : "entries"}`;
}
