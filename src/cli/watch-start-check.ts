import {
  checkBeforeRun,
  prepareRunVolumes,
  removeExtraPaths,
  type RunVerification,
} from "../run-preflight.ts";
import { readRunBundle } from "../run/index.ts";
import type { BundleCompilation } from "../compile.ts";
import type { StartCheck } from "../watch/index.ts";
import { printPrepared, printRefusal } from "./print-preflight.ts";
import { printVerification } from "./print-verify.ts";
import type { Terminal } from "./terminal.ts";

/**
 * rbc watch's check before it starts or restarts a bundle: what rbc run checks (run-preflight.ts),
 * its findings printed as rbc check and rbc verify print them (all on stderr, as the watch's
 * log), then its volumes readied. A rootfs with a modified or missing path is materialized again
 * by the watch; a stale bundle, an unreadable rootfs or a bind source rbc may not create is not
 * started. What the image does not have is removed from the rootfs once the old container stops.
 * The watch checks right after its build wrote the bundle's files from its overlay: they are not
 * compiled again.
 */
export function watchStartCheck(
  terminal: Terminal,
  verify: RunVerification,
): (
  compiled: Pick<BundleCompilation, "dir" | "overlay">,
  rootfsFresh: boolean,
) => Promise<StartCheck> {
  const log: Terminal = { ...terminal, out: terminal.err };
  return async ({ dir, overlay }, rootfsFresh) => {
    const bundle = await readRunBundle(dir);
    if (bundle === undefined) return { go: false, problem: "no config.json" };
    const materialize = () => Promise.resolve(false);
    const compiledFrom = overlay === undefined ? {} : { compiledFrom: overlay };
    const checked = await checkBeforeRun(bundle, {
      verify,
      rootfsFresh,
      materialize,
      ...compiledFrom,
    });
    if (!checked.ok) {
      const { refusal } = checked;
      if (refusal.kind === "tampered" && refusal.verification.diff !== undefined) {
        printVerification(log, refusal.verification);
        terminal.err(`${dir}: rootfs/ differs from rootfs.mtree: materializing it again\n`);
        return { go: false, rematerialize: true };
      }
      return { go: false, problem: printRefusal(log, refusal).reason };
    }
    try {
      const volumes = await prepareRunVolumes(bundle, checked.overlay);
      printPrepared(log, dir, { removed: checked.extra, volumes });
    } catch (cause) {
      return { go: false, problem: cause instanceof Error ? cause.message : String(cause) };
    }
    return { go: true, afterStop: () => removeExtraPaths(bundle, checked.extra) };
  };
}
