import { describe, expect, it } from "vitest";
import schema from "../../schemas/bundle.schema.json" with { type: "json" };
import { collectionKeys, replacedKeys } from "../../src/overlay/layer.ts";

describe("bundle.schema.json", () => {
  const properties: Record<string, { description?: string }> = schema.properties;

  it("has exactly the keys the overlay stage normalizes and merges", () => {
    const handled = ["image", "container", "extends", ...replacedKeys, ...collectionKeys];
    expect(Object.keys(properties).sort()).toEqual(handled.sort());
  });

  it("describes every key for editors", () => {
    const undescribed = Object.entries(properties)
      .filter(([, property]) => (property.description ?? "").length < 20)
      .map(([key]) => key);
    expect(undescribed).toEqual([]);
  });

  it("closes the top level to unknown keys", () => {
    expect(schema.additionalProperties).toBe(false);
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(schema.$id).toBe("https://rbc.dev/schemas/bundle.schema.json");
  });
});
