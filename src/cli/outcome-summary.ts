/** One kind of outcome in a closing line: how many bundles had it. */
export interface OutcomeCount {
  readonly label: string;
  readonly count: number;
}

/**
 * The closing line of a run over bundles, which counts every outcome, failures included, so a
 * line never reads as success while a bundle failed: `5 bundles: 3 built, 1 unchanged, 1 failed
 * (exit 2)`. Outcomes no bundle had are left out.
 */
export function outcomeSummary(verb: string, outcomes: readonly OutcomeCount[]): string {
  const total = outcomes.reduce((sum, o) => sum + o.count, 0);
  const head = `${String(total)} bundle${total === 1 ? "" : "s"}${verb === "" ? "" : ` ${verb}`}`;
  const parts = outcomes.filter((o) => o.count > 0).map((o) => `${String(o.count)} ${o.label}`);
  return parts.length === 0 ? head : `${head}: ${parts.join(", ")}`;
}

/** The failed bundles of a run, by the exit code each failure means. */
export function failedOutcomes(invalid: number, unavailable: number): OutcomeCount[] {
  return [
    { label: "failed (exit 2)", count: invalid },
    { label: "failed (exit 3)", count: unavailable },
  ];
}
