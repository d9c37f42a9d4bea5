import type { EngineEvent, Engine, EventSubscription } from "../resolve/index.ts";
import { watchedEvents } from "./event-targets.ts";

export interface FollowHandlers {
  readonly event: (event: EngineEvent) => void;
  /** The stream is back after a loss: events in between were missed. */
  readonly reconnected: () => void;
  readonly log: (line: string) => void;
}

export interface Backoff {
  readonly initialMs: number;
  readonly maxMs: number;
}

/**
 * Follow the engine's events (watchedEvents) for as long as the watch runs. A lost or refused
 * stream is logged once and retried with exponential backoff; the watch goes on without it.
 */
export function followEngineEvents(
  engine: Pick<Engine, "events">,
  handlers: FollowHandlers,
  backoff: Backoff = { initialMs: 1000, maxMs: 30_000 },
): { close: () => Promise<void> } {
  let closed = false;
  let lost = false;
  let delay = backoff.initialMs;
  let subscription: EventSubscription | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let connecting: Promise<void> = Promise.resolve();

  const lose = (cause: unknown): void => {
    subscription = undefined;
    if (closed) return;
    if (!lost) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      handlers.log(`engine: no events (${reason}); still watching files, retrying`);
    }
    lost = true;
    timer = setTimeout(() => {
      timer = undefined;
      connecting = connect();
    }, delay);
    delay = Math.min(delay * 2, backoff.maxMs);
  };
  const connect = async (): Promise<void> => {
    try {
      const opened = await engine.events(watchedEvents, {
        event: (event) => {
          if (!closed) handlers.event(event);
        },
        end: lose,
      });
      if (closed) {
        opened.close();
        return;
      }
      subscription = opened;
      delay = backoff.initialMs;
      if (lost) {
        lost = false;
        handlers.log("engine: events are back");
        handlers.reconnected();
      }
    } catch (cause) {
      lose(cause);
    }
  };

  connecting = connect();
  return {
    close: async () => {
      closed = true;
      if (timer !== undefined) clearTimeout(timer);
      await connecting;
      subscription?.close();
      subscription = undefined;
    },
  };
}
