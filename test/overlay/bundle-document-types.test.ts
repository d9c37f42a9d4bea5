import { readFile } from "node:fs/promises";
import { relative } from "node:path";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  bundleDocumentTypes,
  bundleDocumentTypesFile,
} from "../../scripts/bundle-document-types.ts";
import { renderSchemaTypes } from "../../scripts/schema-types.ts";
import type {
  BundleDocument,
  LongVolume as LongVolumeDocument,
  PatchOperation,
} from "../../src/overlay/bundle-document.generated.ts";
import type { CollectionKey, ReplacedKey } from "../../src/overlay/layer.ts";
import type {
  BlkioSettings,
  JsonPatchOperation,
  LongVolume,
  OverlaySettings,
} from "../../src/overlay/types.ts";

type Options<T, K extends keyof T> = keyof NonNullable<T[K]>;

describe("bundle-document.generated.ts", () => {
  it("matches what npm run generate:types writes from schemas/bundle.schema.json", async () => {
    const expected = await bundleDocumentTypes();
    const committed = await readFile(bundleDocumentTypesFile, "utf8");
    const name = relative(process.cwd(), bundleDocumentTypesFile);
    expect(committed, `${name} is stale: run \`npm run generate:types\``).toBe(expected);
  });
});

describe("renderSchemaTypes", () => {
  const render = (schema: unknown) => renderSchemaTypes(schema, { rootName: "Root", header: [] });

  it("renders definitions as named types and unions of their branches", () => {
    const text = render({
      type: "object",
      additionalProperties: false,
      required: ["size"],
      properties: {
        size: { oneOf: [{ $ref: "#/definitions/byteSize" }, { const: -1 }] },
        mode: { enum: ["a", "b"] },
        weight: { type: "integer", anyOf: [{ const: 0 }, { minimum: 10 }] },
      },
      definitions: { byteSize: { type: ["integer", "string"] } },
    });
    expect(text).toContain("readonly size: ByteSize;");
    expect(text).toContain('readonly mode?: "a" | "b";');
    expect(text).toContain("readonly weight?: number;");
    expect(text).toContain("export type ByteSize = number | string;");
  });

  it("leaves extension fields (x-*) out of the type: the overlay stage drops them", () => {
    const text = render({
      type: "object",
      additionalProperties: false,
      patternProperties: { "^x-": {} },
      properties: { a: { type: "string" } },
    });
    expect(text).toContain("readonly a?: string;");
    expect(text).not.toContain("[key: string]");
  });

  it("rejects keywords it cannot turn into a type", () => {
    expect(() => render({ type: "object", dependencies: { a: ["b"] } })).toThrow(
      '#: unsupported keyword "dependencies"',
    );
    expect(() => render({ type: "object", patternProperties: { "^a": {} } })).toThrow(
      '#: patternProperties may only be {"^x-": {}} (extension fields)',
    );
    expect(() =>
      render({ type: "object", properties: { a: { $ref: "#/definitions/x" } } }),
    ).toThrow("#/properties/a: unresolved $ref #/definitions/x");
  });
});

// These checks are types: `tsc` fails when one side gains or loses a key the other lacks.
describe("OverlaySettings", () => {
  it("has the schema's keys, with `source` for `image` and `container`", () => {
    type Source = "image" | "container";
    expectTypeOf<keyof OverlaySettings>().toEqualTypeOf<
      "source" | Exclude<keyof BundleDocument, Source | "extends">
    >();
    expectTypeOf<keyof BundleDocument>().toEqualTypeOf<
      Source | "extends" | ReplacedKey | CollectionKey
    >();
  });

  it("has the schema's keys in blkio_config and long-syntax volumes", () => {
    expectTypeOf<keyof BlkioSettings>().toEqualTypeOf<Options<BundleDocument, "blkio_config">>();
    expectTypeOf<keyof LongVolume>().toEqualTypeOf<keyof LongVolumeDocument>();
    expectTypeOf<LongVolume["type"]>().toEqualTypeOf<LongVolumeDocument["type"]>();
    expectTypeOf<Options<LongVolume, "bind">>().toEqualTypeOf<
      Options<LongVolumeDocument, "bind">
    >();
    expectTypeOf<Options<LongVolume, "volume">>().toEqualTypeOf<
      Options<LongVolumeDocument, "volume">
    >();
    expectTypeOf<Options<LongVolume, "tmpfs">>().toEqualTypeOf<
      Options<LongVolumeDocument, "tmpfs">
    >();
  });

  it("has the schema's patch operations", () => {
    expectTypeOf<JsonPatchOperation["op"]>().toEqualTypeOf<PatchOperation["op"]>();
  });
});
