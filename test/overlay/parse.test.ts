import { describe, expect, it } from "vitest";
import { parseOverlay } from "../../src/overlay/parse.ts";
import { formatAll, parsed } from "./overlay-builders.ts";

describe("parseOverlay", () => {
  it("returns the plain value of a mapping document", () => {
    const overlay = parsed("image: nginx:1.27\ntty: true\nvolumes: [/data]\n");
    expect(overlay.data).toEqual({ image: "nginx:1.27", tty: true, volumes: ["/data"] });
    expect(overlay.file).toBe("bundle.yaml");
  });

  it("accepts a leading yaml-language-server schema comment", () => {
    const yaml =
      "# yaml-language-server: $schema=../../schemas/bundle.schema.json\nimage: alpine\n";
    const result = parseOverlay(yaml, "bundle.yaml");
    expect(result.diagnostics).toEqual([]);
    expect(result.value?.data).toEqual({ image: "alpine" });
  });

  it("treats a file with only comments as an empty overlay", () => {
    expect(parsed("# nothing yet\n").data).toEqual({});
    expect(parsed("").data).toEqual({});
  });

  it("reports a YAML syntax error as OVL101 with its line and column", () => {
    const result = parseOverlay(
      "image: alpine\ncommand: [sh, -c\nuser: root\n",
      "bundles/web/bundle.yaml",
    );
    expect(result.value).toBeUndefined();
    expect(formatAll(result.diagnostics)).toBe(
      "bundles/web/bundle.yaml:3:1: error OVL101: Flow sequence in block collection must be sufficiently indented and end with a ]",
    );
  });

  it("reports an unterminated quoted string where it opens", () => {
    const result = parseOverlay('image: a\nenvironment:\n  FOO: "bar\nuser: root\n', "f.yaml");
    expect(formatAll(result.diagnostics)).toBe(
      "f.yaml:3:8: error OVL101: missing closing quote for the string that starts here",
    );
    const single = parseOverlay("user: 'root\n", "f.yaml");
    expect(single.diagnostics).toMatchObject([{ location: { file: "f.yaml", line: 1, col: 7 } }]);
  });

  it("reports a duplicate key at the second occurrence", () => {
    const result = parseOverlay("image: a\nuser: root\nimage: b\n", "f.yaml");
    expect(result.value).toBeUndefined();
    expect(formatAll(result.diagnostics)).toBe('f.yaml:3:1: error OVL101: duplicate key "image"');
  });

  it("rejects a document that is not a mapping", () => {
    const list = parseOverlay("- image: alpine\n", "f.yaml");
    expect(formatAll(list.diagnostics)).toBe(
      "f.yaml:1:1: error OVL101: an overlay must be a mapping of settings, got a list",
    );
    const scalar = parseOverlay("\n\nalpine\n", "f.yaml");
    expect(formatAll(scalar.diagnostics)).toBe(
      "f.yaml:3:1: error OVL101: an overlay must be a mapping of settings, got a single value",
    );
  });

  it("rejects several documents in one file", () => {
    const result = parseOverlay("image: a\n---\nimage: b\n", "f.yaml");
    expect(result.diagnostics).toMatchObject([{ code: "OVL101", location: { line: 2, col: 1 } }]);
  });

  // An unknown tag used to be a warning with the value kept as a string: `!vault root` silently
  // became `root`. It is an error now, so no setting takes a value other than the one meant.
  it("refuses an unknown tag", () => {
    const result = parseOverlay("user: !vault root\n", "f.yaml");
    expect(result.value).toBeUndefined();
    expect(result.diagnostics).toMatchObject([
      { code: "OVL101", severity: "error", location: { line: 1, col: 7 } },
    ]);
  });

  it("reports a directive it does not know as a warning and keeps the document", () => {
    const result = parseOverlay("%FOO bar\n---\nuser: root\n", "f.yaml");
    expect(result.value?.data).toEqual({ user: "root" });
    expect(result.diagnostics).toMatchObject([{ code: "OVL101", severity: "warning" }]);
  });

  it("refuses documents that expand aliases without bound", () => {
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x, x]",
      "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]",
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]",
      "",
    ].join("\n");
    const result = parseOverlay(bomb, "f.yaml");
    expect(result.value).toBeUndefined();
    expect(result.diagnostics[0]?.code).toBe("OVL101");
  });
});

describe("ParsedOverlay.locate", () => {
  const overlay = parsed(
    [
      "image: alpine", //                      line 1
      "environment:", //                       line 2
      "  FOO: bar", //                         line 3
      "  EMPTY:", //                           line 4
      "volumes:", //                           line 5
      "  - /data", //                          line 6
      "  - cache:/cache", //                   line 7
      "labels: &common { tier: web }", //      line 8
      "extra: *common", //                     line 9
      "",
    ].join("\n"),
    "bundles/web/bundle.yaml",
  );

  it("finds a map value and its key", () => {
    expect(overlay.locate(["environment", "FOO"])).toEqual({
      file: "bundles/web/bundle.yaml",
      line: 3,
      col: 8,
    });
    expect(overlay.locate(["environment", "FOO"], "key")).toMatchObject({ line: 3, col: 3 });
  });

  it("finds a list item by index", () => {
    expect(overlay.locate(["volumes", 1])).toMatchObject({ line: 7, col: 5 });
  });

  it("locates an empty value at its key", () => {
    expect(overlay.locate(["environment", "EMPTY"])).toMatchObject({ line: 4, col: 3 });
  });

  it("falls back to the deepest node that exists", () => {
    expect(overlay.locate(["volumes", 9])).toMatchObject({ line: 6, col: 3 });
    expect(overlay.locate(["nothing", "here"])).toMatchObject({ line: 1, col: 1 });
  });

  it("follows aliases to the anchored node", () => {
    expect(overlay.locate(["extra", "tier"])).toMatchObject({ line: 8, col: 25 });
  });

  it("gives the text of a plain scalar as written", () => {
    const numbers = parsed("environment:\n  VERSION: 1.10\n  QUOTED: '1.10'\n");
    expect(numbers.data).toEqual({ environment: { VERSION: 1.1, QUOTED: "1.10" } });
    expect(numbers.sourceText(["environment", "VERSION"])).toBe("1.10");
    expect(numbers.sourceText(["environment", "QUOTED"])).toBeUndefined();
    const aliased = parsed("v: &v 1.10\nenvironment:\n  A: *v\n");
    expect(aliased.sourceText(["environment", "A"])).toBe("1.10");
  });
});
