import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { filled, invalidOverlays, overlayText, validOverlays } from "../fixtures/schema-parity.ts";
import { scenarios } from "../differential/scenarios.ts";
import { bundleSchemaCheck } from "../helpers/bundle-schema-check.ts";

// The schema's half of the schema-parity corpus, without an engine; test/e2e/schema-parity.test.ts
// runs the same overlays through rbc build as well.
const placeholders = {
  donor: "donor-1",
  block: "/dev/sda",
  imageId: `sha256:${"0".repeat(64)}`,
  unique: "rbc-parity-1",
};

describe("schemas/bundle.schema.json on the schema-parity corpus", () => {
  const check = bundleSchemaCheck();

  it("has at least 150 invalid and 50 valid overlays, each named once", () => {
    expect(invalidOverlays.length).toBeGreaterThanOrEqual(150);
    expect(validOverlays.length).toBeGreaterThanOrEqual(50);
    const names = [...invalidOverlays, ...validOverlays].map((o) => o.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("refuses every invalid overlay", () => {
    const accepted = invalidOverlays.filter((o) => check(overlayText(o.yaml)).valid);
    expect(accepted.map((o) => `${o.name}: ${o.rule}`)).toEqual([]);
  });

  it("accepts every valid overlay", () => {
    const refused = validOverlays.flatMap((o) => {
      const result = check(filled(overlayText(o.yaml), placeholders));
      return result.valid ? [] : [`${o.name}: ${result.errors}`];
    });
    expect(refused).toEqual([]);
  });

  it("accepts the overlay of every differential scenario, which Docker itself runs", () => {
    const refused = scenarios.flatMap((scenario) => {
      const overlay = { image: scenario.image, ...scenario.overlay };
      const result = check(stringify(overlay).replaceAll("@block-device", "/dev/sda"));
      return result.valid ? [] : [`${scenario.name}: ${result.errors}`];
    });
    expect(refused).toEqual([]);
  });
});
