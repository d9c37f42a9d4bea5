import type { EngineEvent } from "./engine.ts";

/**
 * Engine API event JSON (`GET /events`, one object per line) read into EngineEvent. Engines before
 * API 1.22 sent only `status`, `id` and `from`; those fields stand in for the missing ones.
 */
export function toEngineEvent(json: unknown): EngineEvent | undefined {
  if (typeof json !== "object" || json === null) return undefined;
  const raw = json as Record<string, unknown>;
  const actor = (typeof raw.Actor === "object" && raw.Actor !== null ? raw.Actor : {}) as Record<
    string,
    unknown
  >;
  const action = text(raw.Action) ?? text(raw.status);
  const id = text(actor.ID) ?? text(raw.id);
  if (action === undefined || id === undefined) return undefined;
  const attributes: Record<string, string> = {};
  if (typeof actor.Attributes === "object" && actor.Attributes !== null) {
    for (const [key, value] of Object.entries(actor.Attributes)) attributes[key] = String(value);
  }
  return { type: text(raw.Type) ?? "", action, id, attributes };
}

/**
 * Splits a stream of event JSON into events: chunks may end mid-line, so the unfinished tail is
 * kept for the next chunk. Lines that are not events are skipped.
 */
export function eventLineReader(emit: (event: EngineEvent) => void): (chunk: string) => void {
  let tail = "";
  return (chunk) => {
    const lines = (tail + chunk).split("\n");
    tail = lines.pop() ?? "";
    for (const line of lines) {
      if (line.trim() === "") continue;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        continue;
      }
      const event = toEngineEvent(parsed);
      if (event !== undefined) emit(event);
    }
  };
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}
