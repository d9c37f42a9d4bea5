import { describe, expect, it } from "vitest";
import { parseOverlay } from "../../src/overlay/parse.ts";
import { validateOverlay } from "../../src/overlay/validate.ts";
import { checkOverlay, formatAll, layerOf, parsed } from "./overlay-builders.ts";

const file = "bundles/web/bundle.yaml";

/** A Compose-style anchor block, as Compose files share settings between services. */
const defaults = [
  "x-defaults: &defaults", //      line 1
  "  tty: true", //                line 2
  "  working_dir: /srv", //        line 3
  "  environment: &env", //        line 4
  "    LOG_LEVEL: info", //        line 5
  "    REGION: eu", //             line 6
  "x-limits: &limits", //          line 7
  "  mem_limit: 64m", //           line 8
  "  working_dir: /limits", //     line 9
];

describe("YAML merge keys", () => {
  it("merge a mapping into the one that holds <<, whose own keys win", () => {
    const yaml = [...defaults, "image: alpine", "<<: *defaults", "tty: false", ""].join("\n");
    expect(validateOverlay(parsed(yaml)).value).toEqual({
      image: "alpine",
      tty: false,
      working_dir: "/srv",
      environment: { LOG_LEVEL: "info", REGION: "eu" },
    });
  });

  it("merge a list of mappings, an earlier one winning over a later one", () => {
    const yaml = [...defaults, "image: alpine", "<<: [*limits, *defaults]", ""].join("\n");
    expect(parsed(yaml).data).toMatchObject({
      working_dir: "/limits",
      mem_limit: "64m",
      tty: true,
    });
  });

  it("merge inside a setting, as Compose files share environment blocks", () => {
    const yaml = [...defaults, "image: alpine", "environment:", "  <<: *env", "  REGION: us", ""];
    expect(layerOf(yaml.join("\n")).collections.environment?.items.map((i) => i.value)).toEqual([
      { name: "LOG_LEVEL", value: "info" },
      { name: "REGION", value: "us" },
    ]);
  });

  it("locate a merged value where it is written, and an own value at its own line", () => {
    const yaml = [...defaults, "image: alpine", "<<: *defaults", "environment:", "  <<: *env", ""];
    const overlay = parsed(yaml.join("\n"), file);
    expect(overlay.locate(["working_dir"])).toMatchObject({ line: 3, col: 16 });
    expect(overlay.locate(["tty"], "key")).toMatchObject({ line: 2, col: 3 });
    expect(overlay.locate(["environment", "REGION"])).toMatchObject({ line: 6, col: 13 });
    expect(overlay.locate(["image"])).toMatchObject({ line: 10, col: 8 });
  });

  it("report a wrong merged value at the anchor's line", () => {
    const yaml = ["x-base: &base", "  tty: maybe", "image: alpine", "<<: *base", ""].join("\n");
    expect(formatAll(checkOverlay(yaml, file))).toBe(
      `${file}:2:8: error OVL202: "tty" must be a boolean, got string (at tty)`,
    );
  });

  it("report a key rbc refuses that a merge brings in, at the anchor's line", () => {
    const yaml = ["x-base: &base", "  logging: {}", "image: alpine", "<<: *base", ""].join("\n");
    expect(formatAll(checkOverlay(yaml, file))).toMatch(
      new RegExp(`^${file}:2:3: error OVL206: "logging" is not supported`),
    );
  });

  it("refuse a merge of something other than mappings, at the value (OVL101)", () => {
    const scalar = parseOverlay("x-a: &a 5\nimage: alpine\n<<: *a\n", file);
    expect(formatAll(scalar.diagnostics)).toBe(
      `${file}:3:5: error OVL101: a merge key (<<) takes a mapping or a list of them, such as *defaults or [*a, *b]`,
    );
    const list = parseOverlay("image: alpine\nenvironment:\n  <<: [{ A: 1 }, [B]]\n", file);
    expect(list.diagnostics).toMatchObject([{ code: "OVL101", location: { line: 3, col: 18 } }]);
  });

  it("keep a quoted '<<' an ordinary key", () => {
    expect(formatAll(checkOverlay("image: alpine\n'<<': { tty: true }\n", file))).toBe(
      `${file}:2:1: error OVL201: unknown key "<<" (at <<)`,
    );
  });

  it("refuse a mapping that merges itself", () => {
    const result = parseOverlay("a: &a\n  <<: *a\n  b: 1\nimage: alpine\n", file);
    expect(result.value).toBeUndefined();
    expect(result.diagnostics[0]?.code).toBe("OVL101");
  });
});
