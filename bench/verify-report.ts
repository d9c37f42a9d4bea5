import { median, timeRow } from "./table.ts";

/** The verify benchmark's samples for one tree, in seconds. */
export interface VerifySamples {
  readonly stat: number[];
  readonly full: number[];
  readonly mtree: number[];
  /** `node bin/rbc.js --version`: what each rbc row spends before it looks at the tree. */
  readonly startup: number[];
}

export function formatVerifyReport(
  result: {
    readonly count: number;
    readonly bytes: number;
    readonly imageBytes: number;
    readonly samples: VerifySamples;
  },
  rounds: number,
): string {
  const { stat, full, mtree, startup } = result.samples;
  const archive = (result.imageBytes / 1024 / 1024).toFixed(1);
  const size = result.bytes > 0 ? `${result.bytes} bytes each` : "each holding its name";
  return [
    `${result.count} files (${size}; ${archive} MiB archive); ${rounds} rounds, order rotating; seconds, median first`,
    "",
    timeRow("stat-only", stat, "node bin/rbc.js verify --stat <bundle> (rbc run's default check)"),
    timeRow("full", full, "node bin/rbc.js verify <bundle> (rbc run --verify=full)"),
    timeRow("mtree -f", mtree, "mtree -f <bundle>/rootfs.mtree -p <bundle>/.rootfs/rootfs"),
    timeRow(
      "rbc start-up",
      startup,
      "node bin/rbc.js --version (in both rbc rows; not in the ratios)",
    ),
    "",
    ratio("stat/full", median(stat) / median(full)),
    ratio("stat/mtree", median(stat) / median(mtree)),
    ratio("full/mtree", median(full) / median(mtree)),
  ].join("\n");
}

/** A ratio of medians; no target: how much the stat-only pass saves depends on the file sizes. */
function ratio(name: string, value: number): string {
  return `${name.padEnd(12)} ${value.toFixed(2).padStart(6)}`;
}
