import { describe, expect, it } from "vitest";
import schema from "../../schemas/bundle.schema.json" with { type: "json" };
import { collectionKeys, replacedKeys } from "../../src/overlay/layer.ts";

/** Whether the node at a JSON pointer carries an errorMessage (a branch's parent may). */
function hasMessage(root: unknown, pointer: string): boolean {
  let node: unknown = root;
  for (const segment of pointer.split("/").slice(1)) {
    node = (node as Record<string, unknown> | undefined)?.[segment];
  }
  return typeof (node as Record<string, unknown> | undefined)?.errorMessage === "string";
}

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

  it("tells editors the expected form of every pattern (title and errorMessage)", () => {
    const bare: string[] = [];
    const visit = (node: unknown, pointer: string): void => {
      if (typeof node !== "object" || node === null) return;
      const record = node as Record<string, unknown>;
      const described = typeof record.errorMessage === "string";
      // A pattern inside an `if` only selects a rule; it refuses nothing itself.
      if (typeof record.pattern === "string" && !described && !pointer.includes("/if/")) {
        const parent = pointer.replace(/\/(oneOf|anyOf)\/\d+$/u, "");
        if (parent === pointer || !hasMessage(schema, parent)) bare.push(pointer);
      }
      for (const [key, child] of Object.entries(record)) visit(child, `${pointer}/${key}`);
    };
    visit(schema, "#");
    expect(bare).toEqual([]);
  });

  it("closes the top level to unknown keys", () => {
    expect(schema.additionalProperties).toBe(false);
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(schema.$id).toBe("https://rbc.dev/schemas/bundle.schema.json");
  });
});
