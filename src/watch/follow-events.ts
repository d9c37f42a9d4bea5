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

/** Where following stands; connect() and lose() move it on, close() ends it. */
interface Following {
  readonly engine: Pick<Engine, "events">;
  readonly handlers: FollowHandlers;
  readonly backoff: Backoff;
  closed: boolean;
  /** The stream was lost and is not back yet. */
  lost: boolean;
  /** How long the next retry waits. */
  delay: number;
  subscription: EventSubscription | undefined;
  retry: ReturnType<typeof setTimeout> | undefined;
  connecting: Promise<void>;
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
  const following: Following = {
    engine,
    handlers,
    backoff,
    closed: false,
    lost: false,
    delay: backoff.initialMs,
    subscription: undefined,
    retry: undefined,
    connecting: Promise.resolve(),
  };
  following.connecting = connect(following);
  return {
    close: async () => {
      following.closed = true;
      if (following.retry !== undefined) clearTimeout(following.retry);
      await following.connecting;
      following.subscription?.close();
      following.subscription = undefined;
    },
  };
}

async function connect(following: Following): Promise<void> {
  const { handlers } = following;
  try {
    const opened = await following.engine.events(watchedEvents, {
      event: (event) => {
        if (!following.closed) handlers.event(event);
      },
      end: (cause) => {
        lose(following, cause);
      },
    });
    if (following.closed) {
      opened.close();
      return;
    }
    following.subscription = opened;
    following.delay = following.backoff.initialMs;
    if (following.lost) {
      following.lost = false;
      handlers.log("engine: events are back");
      handlers.reconnected();
    }
  } catch (cause) {
    lose(following, cause);
  }
}

function lose(following: Following, cause: unknown): void {
  following.subscription = undefined;
  if (following.closed) return;
  if (!following.lost) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    following.handlers.log(`engine: no events (${reason}); still watching files, retrying`);
  }
  following.lost = true;
  following.retry = setTimeout(() => {
    following.retry = undefined;
    following.connecting = connect(following);
  }, following.delay);
  following.delay = Math.min(following.delay * 2, following.backoff.maxMs);
}
