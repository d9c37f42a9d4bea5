import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { EngineEvent, EventFilter, EventListener } from "../../src/resolve/engine.ts";
import { followEngineEvents } from "../../src/watch/follow-events.ts";

/** An event port whose answers the test scripts: each subscribe takes the next outcome. */
function scriptedEvents(outcomes: ("open" | Error)[]) {
  const listeners: EventListener[] = [];
  const filters: EventFilter[] = [];
  let closes = 0;
  return {
    listeners,
    filters,
    closes: () => closes,
    port: {
      events: (filter: EventFilter, listener: EventListener) => {
        filters.push(filter);
        const outcome = outcomes.shift() ?? "open";
        if (outcome instanceof Error) return Promise.reject(outcome);
        listeners.push(listener);
        return Promise.resolve({
          close: () => {
            closes++;
          },
        });
      },
    },
  };
}

const tag: EngineEvent = { type: "image", action: "tag", id: "sha256:x", attributes: {} };

describe("followEngineEvents", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("passes events on and asks only for the watched kinds", async () => {
    const engine = scriptedEvents(["open"]);
    const seen: EngineEvent[] = [];
    const following = followEngineEvents(engine.port, {
      event: (e) => seen.push(e),
      reconnected: () => undefined,
      log: () => undefined,
    });
    await vi.advanceTimersByTimeAsync(0);
    engine.listeners[0]?.event(tag);
    expect(seen).toEqual([tag]);
    expect(engine.filters[0]?.types).toEqual(["image", "container"]);
    await following.close();
    expect(engine.closes()).toBe(1);
    engine.listeners[0]?.event(tag);
    expect(seen).toHaveLength(1);
  });

  it("logs a lost stream once, retries with a growing delay and reports the reconnect", async () => {
    const engine = scriptedEvents(["open", new Error("refused"), new Error("refused"), "open"]);
    const log: string[] = [];
    let reconnects = 0;
    const following = followEngineEvents(
      engine.port,
      {
        event: () => undefined,
        reconnected: () => {
          reconnects++;
        },
        log: (l) => log.push(l),
      },
      { initialMs: 100, maxMs: 150 },
    );
    await vi.advanceTimersByTimeAsync(0);
    engine.listeners[0]?.end(new Error("socket hang up"));
    expect(log).toEqual(["engine: no events (socket hang up); still watching files, retrying"]);
    await vi.advanceTimersByTimeAsync(100); // second try: refused
    await vi.advanceTimersByTimeAsync(149);
    expect(engine.filters).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1); // third try after 150 ms (capped): refused
    expect(engine.filters).toHaveLength(3);
    expect(reconnects).toBe(0);
    await vi.advanceTimersByTimeAsync(150); // fourth: open
    expect(engine.filters).toHaveLength(4);
    expect(reconnects).toBe(1);
    expect(log).toHaveLength(2);
    expect(log[1]).toBe("engine: events are back");
    await following.close();
  });

  it("stops retrying when closed", async () => {
    const engine = scriptedEvents([new Error("refused")]);
    const following = followEngineEvents(
      engine.port,
      { event: () => undefined, reconnected: () => undefined, log: () => undefined },
      { initialMs: 100, maxMs: 100 },
    );
    await vi.advanceTimersByTimeAsync(0);
    await following.close();
    await vi.advanceTimersByTimeAsync(1000);
    expect(engine.filters).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });
});
