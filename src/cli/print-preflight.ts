import type { RunRefusal } from "../run-preflight.ts";
import type { PreparedVolumes } from "../volumes/index.ts";
import { printCheckResults } from "./print-check.ts";
import { printVerification } from "./print-verify.ts";
import { exitCodes, problemExitCode } from "./report.ts";
import { note, type Terminal } from "./terminal.ts";

/**
 * Print why a bundle is not started, as `rbc check` and `rbc verify` print the same findings;
 * returns the exit code (1 for a stale or tampered bundle; 2 or 3 when the offline check could
 * not compile the bundle, as for rbc check; 3 when the rootfs was out of reach) and the reason
 * in a few words. A refusal for a missing rootfs was printed by its materialization.
 */
export function printRefusal(
  terminal: Terminal,
  refusal: RunRefusal,
): { readonly exitCode: number; readonly reason: string } {
  if (refusal.kind === "stale") {
    const { bundles, results } = refusal.check;
    const exitCode = problemExitCode(bundles) ?? exitCodes.drift;
    printCheckResults(terminal, bundles, results, { json: false, exitCode });
    const reason = "its compiled files are not what bundle.yaml and bundle.lock compile to";
    return { exitCode, reason };
  }
  if (refusal.kind === "tampered") {
    const { verification } = refusal;
    printVerification(terminal, verification);
    if (verification.problem !== undefined) {
      return { exitCode: exitCodes.environment, reason: verification.problem };
    }
    const reason = `rootfs/ differs from rootfs.mtree; rbc rootfs ${verification.dir} materializes it again`;
    return { exitCode: exitCodes.drift, reason };
  }
  return { exitCode: exitCodes.environment, reason: "rootfs/ was not materialized" };
}

/** At most this many paths are named in one line; the rest are counted. */
const namedPaths = 10;

/** What a run removed from the rootfs and created for its mounts, a line each (stderr; not --quiet). */
export function printPrepared(
  terminal: Terminal,
  dir: string,
  prepared: { readonly removed: readonly string[]; readonly volumes: PreparedVolumes },
): void {
  const { removed, volumes } = prepared;
  if (removed.length > 0) {
    const named = removed.slice(0, namedPaths).join(", ");
    const more = removed.length > namedPaths ? ` and ${removed.length - namedPaths} more` : "";
    note(terminal, `${dir}: removed from rootfs/ what the image does not have: ${named}${more}\n`);
  }
  for (const path of volumes.createdBinds) {
    note(terminal, `${dir}: created bind source ${path}\n`);
  }
  for (const { source, seeded } of volumes.createdVolumes) {
    const filled = seeded > 0 ? `, filled from the image (${entries(seeded)})` : "";
    note(terminal, `${dir}: created volume ${source}${filled}\n`);
  }
  for (const { source, seeded } of volumes.seededVolumes) {
    note(
      terminal,
      `${dir}: volume ${source} was empty: filled from the image (${entries(seeded)})\n`,
    );
  }
}

function entries(count: number): string {
  return `${count} ${count === 1 ? "entry" : "entries"}`;
}
