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
  readonly rebuild: (dir: string, triggers: readonly Trigger[]) => Promise<void>;
  readonly log: (line: string) => void;
  readonly debounceMs: number;
}

/**
 * Route file changes and engine events to rebuilds: triggers gather in debounced batches (one per
 * file, one per bundle and event), and each batch rebuilds the bundles it concerns one at a time.
 * A rebuild that throws is logged and the batch goes on. close() stops both sources, skips the
 * bundles a running batch has not reached yet, and waits for it.
 */
export function routeTriggers(ports: RoutingPorts): { close: () => Promise<void> } {
  let closed = false;
  const batcher = createBatcher<Trigger>(ports.debounceMs, async (items) => {
    for (const [dir, triggers] of ports.concerned([...items.values()])) {
      if (closed) return;
      try {
        await ports.rebuild(dir, triggers);
      } catch (cause) {
        ports.log(`${dir}: error: ${cause instanceof Error ? cause.message : String(cause)}`);
      }
    }
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
