import { median, ratioRow, timeRow } from "./table.ts";

/** The materialize benchmark's samples for one image size, in seconds. */
export interface SizeResult {
  /** Regular files in the image's one layer. */
  readonly count: number;
  /** Size of the image archive that was `docker load`ed. */
  readonly imageBytes: number;
  readonly rootfs: number[];
  readonly exportTar: number[];
  readonly verify: number[];
  readonly mtree: number[];
}

/** The targets: rbc within 2 × its baseline, a ratio of medians. */
const TARGET = 2;

export function formatMaterializeReport(results: readonly SizeResult[], rounds: number): string {
  const blocks = results.map((result) => {
    const rootfsRatio = median(result.rootfs) / median(result.exportTar);
    const verifyRatio = median(result.verify) / median(result.mtree);
    const archive = (result.imageBytes / 1024 / 1024).toFixed(1);
    return [
      `${result.count} files in one layer (${archive} MiB archive); ${rounds} rounds, pairs alternating; seconds, median first`,
      "",
      timeRow("rbc rootfs", result.rootfs, "node bin/rbc.js rootfs <bundle> (no rootfs/ before)"),
      timeRow("export+tar", result.exportTar, "docker export <created> | tar -x -C <fresh dir>"),
      timeRow("rbc verify", result.verify, "node bin/rbc.js verify <bundle>"),
      timeRow("mtree -f", result.mtree, "mtree -f <bundle>/rootfs.mtree -p <bundle>/rootfs"),
      "",
      ratioRow("rootfs/tar", rootfsRatio, rootfsRatio <= TARGET, `<= ${TARGET}`),
      ratioRow("verify/mtree", verifyRatio, verifyRatio <= TARGET, `<= ${TARGET}`),
    ].join("\n");
  });
  return blocks.join("\n\n");
}
