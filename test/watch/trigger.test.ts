import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { describeTriggers } from "../../src/watch/trigger.ts";

describe("describeTriggers", () => {
  it("names changed files relative to the working directory, then the engine events", () => {
    expect(
      describeTriggers([
        { kind: "engine", dir: "bundles/web", label: "engine: image rbc.local/app:1 tag" },
        { kind: "file", path: join(process.cwd(), "bundles/web/bundle.yaml") },
        { kind: "file", path: "/elsewhere/base.yaml" },
      ]),
    ).toBe(
      "changed: bundles/web/bundle.yaml, /elsewhere/base.yaml; engine: image rbc.local/app:1 tag",
    );
  });

  it("leaves out the changed part when only engine events triggered", () => {
    expect(
      describeTriggers([
        { kind: "engine", dir: "bundles/web", label: "engine: container db destroy" },
        { kind: "engine", dir: "bundles/web", label: "engine: image app:1 untag" },
      ]),
    ).toBe("engine: container db destroy; engine: image app:1 untag");
  });
});
