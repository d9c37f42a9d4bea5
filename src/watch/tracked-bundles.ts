import { resolve } from "node:path";
import type { BundleCompilation } from "../compile.ts";
import { engineReferences, type EngineReferences } from "./engine-references.ts";
import type { Trigger } from "./trigger.ts";
import { watchedFiles } from "./watched-files.ts";

/** What each watched bundle read when it last compiled, by bundle directory. */
export interface TrackedBundles {
  /** Record what `bundle` read; returns the files it read (absolute), to be watched. */
  readonly track: (bundle: BundleCompilation) => string[];
  /** The engine objects each bundle references, by directory. */
  readonly references: () => ReadonlyMap<string, EngineReferences>;
  /**
   * The bundles `triggers` concern, each with the triggers that concern it (a file it read, an
   * engine event matched to it), in the order the bundles were first tracked.
   */
  readonly concerned: (triggers: readonly Trigger[]) => Map<string, Trigger[]>;
}

interface Reads {
  readonly files: readonly string[];
  readonly refs: EngineReferences;
}

export function trackedBundles(): TrackedBundles {
  const tracked = new Map<string, Reads>();
  return {
    track: (bundle) => {
      const files = watchedFiles(bundle).map((f) => resolve(f));
      tracked.set(bundle.dir, nextReads(tracked.get(bundle.dir), bundle, files));
      return files;
    },
    references: () => new Map([...tracked].map(([dir, reads]) => [dir, reads.refs])),
    concerned: (triggers) => {
      const concerned = new Map<string, Trigger[]>();
      for (const [dir, { files }] of tracked) {
        const hits = triggers.filter((t) =>
          t.kind === "file" ? files.includes(t.path) : t.dir === dir,
        );
        if (hits.length > 0) concerned.set(dir, hits);
      }
      return concerned;
    },
  };
}

function nextReads(
  previous: Reads | undefined,
  bundle: BundleCompilation,
  files: readonly string[],
): Reads {
  // An overlay that no longer loads names neither bases nor engine objects: keep the old ones.
  if (bundle.overlay !== undefined || previous === undefined) {
    return { files, refs: engineReferences(bundle) };
  }
  return { files: [...new Set([...previous.files, ...files])], refs: previous.refs };
}
