import { mapBounded } from "../map-bounded.ts";
import { createBatcher } from "./batch.ts";
import type { FileWatcher } from "./file-watcher.ts";
import type { Trigger } from "./trigger.ts";

export interface RoutingPorts {
  readonly files: FileWatcher;
  /** Follow the engine's events, calling `trigger` for each bundle an event concerns. */
  readonly followEngine: (trigger: (dir: string, label: string) => void) => {
    close: () => Promise<void>;
  };
  /** The bundles a batch of triggers concerns, each with its triggers, in rebuild order. */
  readonly concerned: (triggers: readonly Trigger[]) => ReadonlyMap<string, readonly Trigger[]>;
  /**
   * Called once per batch: how that batch rebuilds a bundle (rebuild-bundle.ts), in two steps. The
   * first compiles it (up to `jobs` bundles at once); the step it resolves to writes, prints and
   * restarts it, run one at a time in rebuild order.
   */
  readonly rebuilder: () => (
    dir: string,
    triggers: readonly Trigger[],
  ) => Promise<() => Promise<void>>;
  readonly log: (line: string) => void;
  readonly debounceMs: number;
  /** How many bundles of a batch compile at once (default 1). */
  readonly jobs?: number;
}

/** A bundle of a batch once compiled: the step that finishes it, or why it failed. */
interface Rebuilt {
  readonly dir: string;
  readonly finish?: () => Promise<void>;
  readonly failure?: unknown;
}

/**
 * Route file changes and engine events to rebuilds: triggers gather in debounced batches (one per
 * file, one per bundle and event), and each batch rebuilds the bundles it concerns, compiling up
 * to `jobs` at once and finishing them one at a time in order. A rebuild that throws is logged
 * and the batch goes on. close() stops both sources, skips the bundles a running batch has not
 * reached yet, and waits for it.
 */
export function routeTriggers(ports: RoutingPorts): { close: () => Promise<void> } {
  let closed = false;
  const batcher = createBatcher<Trigger>(ports.debounceMs, async (items) => {
    const rebuild = ports.rebuilder();
    const logFailure = (dir: string, cause: unknown): void => {
      ports.log(`${dir}: error: ${cause instanceof Error ? cause.message : String(cause)}`);
    };
    await mapBounded(
      [...ports.concerned([...items.values()])],
      ports.jobs ?? 1,
      async ([dir, triggers]) => {
        if (closed) return { dir };
        try {
          return { dir, finish: await rebuild(dir, triggers) };
        } catch (cause) {
          // Logged in its turn, where the second step would have logged.
          return { dir, failure: cause };
        }
      },
      async ({ dir, finish, failure }: Rebuilt) => {
        if (closed) return;
        if (finish === undefined) {
          if (failure !== undefined) logFailure(dir, failure);
          return;
        }
        await finish().catch((cause: unknown) => {
          logFailure(dir, cause);
        });
      },
    );
  });
  const queue = (key: string, trigger: Trigger): void => {
    if (!closed) batcher.add(key, trigger);
  };
  ports.files.onChange((path) => {
    queue(path, { kind: "file", path });
  });
  const events = ports.followEngine((dir, label) => {
    queue(`${dir}\n${label}`, { kind: "engine", dir, label });
  });
  return {
    close: async () => {
      closed = true;
      await ports.files.close();
      await events.close();
      await batcher.idle();
    },
  };
}
