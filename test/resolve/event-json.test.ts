import { describe, expect, it } from "vitest";
import type { EngineEvent } from "../../src/resolve/engine.ts";
import { eventLineReader, toEngineEvent } from "../../src/resolve/event-json.ts";

const tagLine = JSON.stringify({
  status: "tag",
  id: "sha256:9fe6",
  Type: "image",
  Action: "tag",
  Actor: { ID: "sha256:9fe6", Attributes: { name: "rbc.local/app:1" } },
  scope: "local",
  time: 1795861301,
  timeNano: 1795861301242392800,
});

describe("toEngineEvent", () => {
  it("reads type, action, actor id and attributes", () => {
    expect(toEngineEvent(JSON.parse(tagLine))).toEqual({
      type: "image",
      action: "tag",
      id: "sha256:9fe6",
      attributes: { name: "rbc.local/app:1" },
    });
  });

  it("falls back on the pre-1.22 status and id, and skips what is not an event", () => {
    expect(toEngineEvent({ status: "delete", id: "sha256:1" })).toEqual({
      type: "",
      action: "delete",
      id: "sha256:1",
      attributes: {},
    });
    expect(toEngineEvent({ Type: "image" })).toBeUndefined();
    expect(toEngineEvent("tag")).toBeUndefined();
  });
});

describe("eventLineReader", () => {
  it("joins lines split across chunks and skips blank or broken lines", () => {
    const events: EngineEvent[] = [];
    const read = eventLineReader((event) => events.push(event));
    read(tagLine.slice(0, 20));
    expect(events).toEqual([]);
    read(`${tagLine.slice(20)}\n\n{not json}\n${tagLine.slice(0, 5)}`);
    expect(events.map((e) => e.action)).toEqual(["tag"]);
    read(`${tagLine.slice(5)}\n`);
    expect(events).toHaveLength(2);
  });
});
