import { describe, expect, it } from "vitest";
import { explainDrift } from "../../src/bundle/explain-drift.ts";
import { stringifyJson } from "../../src/json/index.ts";
import type { Origin, SpecProvenance } from "../../src/provenance/index.ts";

const image = "rbc.local/app:1";
const imageEnv = (index: number): Origin => ({
  kind: "image",
  key: `Env[${String(index)}]`,
  image,
});

/** A provenance that knows the env entries it is given, one image Env key each. */
function envProvenance(count: number): SpecProvenance {
  return {
    originsOf: (pointer) => {
      const index = Number(/^\/process\/env\/(\d+)$/.exec(pointer)?.[1] ?? Number.NaN);
      return index < count ? { recordedAt: pointer, origins: [imageEnv(index)] } : undefined;
    },
  };
}

const spec = (env: readonly string[]) => stringifyJson({ process: { env } });

describe("explainDrift", () => {
  it("traces a variable the image dropped to the image config key that had set it, through the lock's compilation", () => {
    const before = spec(["PATH=/bin", "APP_VERSION=1"]);
    const after = spec(["PATH=/bin"]);
    const [drift] = explainDrift(
      "bundles/web",
      new Map([["config.json", before]]),
      new Map([["config.json", after]]),
      { provenance: envProvenance(1), fromLock: before, lockProvenance: envProvenance(2) },
    );
    expect(drift?.sources).toEqual([
      {
        origin: imageEnv(1),
        description: `image config Env[1] (${image})`,
        pointers: ["/process/env/1"],
      },
    ]);
  });

  it("without the lock's compilation, says it has no record of the removed field", () => {
    const before = spec(["PATH=/bin", "APP_VERSION=1"]);
    const [drift] = explainDrift(
      "bundles/web",
      new Map([["config.json", before]]),
      new Map([["config.json", spec(["PATH=/bin"])]]),
      { provenance: envProvenance(1) },
    );
    expect(drift?.sources.map((s) => s.origin.kind)).toEqual(["unknown"]);
  });
});
