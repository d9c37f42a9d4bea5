import { describe, expect, it } from "vitest";
import { mergeOverlays } from "../../src/overlay/merge.ts";
import { checkOverlay, formatAll, layerOf } from "./overlay-builders.ts";

const baseFile = "bundles/_base/common.yaml";
const file = "bundles/web/bundle.yaml";

function items(yaml: string, key: "environment" | "env_file" | "allow_plaintext"): unknown[] {
  return layerOf(yaml, file).collections[key]?.items.map((item) => item.value) ?? [];
}

function merged(...files: [name: string, yaml: string][]) {
  const result = mergeOverlays(files.map(([name, yaml]) => layerOf(yaml, name)));
  if (result.value === undefined) throw new Error(formatAll(result.diagnostics));
  return result.value;
}

describe("environment values as Compose templates", () => {
  it("keeps a value that reads variables as written, marked for run time", () => {
    const yaml = [
      "environment:",
      "  DATABASE_URL: postgres://app:${DB_PASSWORD}@db/app",
      "  TOKEN: $API_TOKEN",
      "  LEVEL: ${LOG_LEVEL:-info}",
      "  PLAIN: hello",
      "",
    ].join("\n");
    expect(items(yaml, "environment")).toEqual([
      { name: "DATABASE_URL", value: "postgres://app:${DB_PASSWORD}@db/app", template: true },
      { name: "TOKEN", value: "$API_TOKEN", template: true },
      { name: "LEVEL", value: "${LOG_LEVEL:-info}", template: true },
      { name: "PLAIN", value: "hello" },
    ]);
  });

  it("makes $$ a literal $ in a value that reads no variable", () => {
    expect(
      items("environment: [PRICE=$$5, RAW=$$HOME, LONE=5$, DIGIT=$1]\n", "environment"),
    ).toEqual([
      { name: "PRICE", value: "$5" },
      { name: "RAW", value: "$HOME" },
      { name: "LONE", value: "5$" },
      { name: "DIGIT", value: "$1" },
    ]);
  });

  it("keeps $$ as written in a value that reads variables (run time makes it $)", () => {
    expect(items("environment:\n  A: $${B} ${C}\n", "environment")).toEqual([
      { name: "A", value: "$${B} ${C}", template: true },
    ]);
  });

  it("refuses an invalid interpolation at its value (OVL202)", () => {
    expect(formatAll(checkOverlay("image: a\nenvironment:\n  A: ok\n  B: ${C:x}\n", file))).toBe(
      `${file}:4:6: error OVL202: "environment.B" has an invalid interpolation "\${C:x}" (write $$ for a literal $) (at environment.B)`,
    );
    expect(formatAll(checkOverlay("image: a\nenvironment: ['B=x${C:-y']\n", file))).toContain(
      'error OVL202: "environment.B" has an unclosed interpolation',
    );
  });
});

describe("env_file", () => {
  it("takes a path, a list of paths and Compose's long form, required by default", () => {
    expect(items("env_file: app.env\n", "env_file")).toEqual([
      { path: "app.env", required: true, file },
    ]);
    const yaml =
      "env_file:\n  - a.env\n  - path: ../b.env\n    required: false\n  - path: /etc/c.env\n";
    expect(items(yaml, "env_file")).toEqual([
      { path: "a.env", required: true, file },
      { path: "../b.env", required: false, file },
      { path: "/etc/c.env", required: true, file },
    ]);
  });

  it.each([
    ["env_file: ''\n", "OVL202"],
    ["env_file: [{required: true}]\n", "OVL202"],
    ["env_file: [{path: a.env, format: raw}]\n", "OVL20"],
    ["env_file: {path: a.env}\n", "OVL202"],
  ])("refuses %j", (yaml, code) => {
    expect(formatAll(checkOverlay(`image: a\n${yaml}`, file))).toContain(`error ${code}`);
  });

  it("concatenates across extends, one file named twice keeping its first place", () => {
    const { settings, origins } = merged(
      [baseFile, "image: a\nenv_file: [../shared.env, common.env]\n"],
      [file, "env_file:\n  - own.env\n  - path: ../shared.env\n    required: false\n"],
    );
    expect(settings.env_file).toEqual([
      { path: "../shared.env", required: false, file },
      { path: "common.env", required: true, file: baseFile },
      { path: "own.env", required: true, file },
    ]);
    expect(origins["env_file[0]"]).toEqual({ file, line: 3, col: 5 });
  });

  it("tells apart same-named files of different directories", () => {
    const { settings } = merged(
      [baseFile, "image: a\nenv_file: app.env\n"],
      [file, "env_file: app.env\n"],
    );
    expect(settings.env_file?.map((e) => e.file)).toEqual([baseFile, file]);
  });
});

describe("allow_plaintext", () => {
  it("is a union across extends", () => {
    const { settings } = merged(
      [baseFile, "image: a\nallow_plaintext: [A, B]\n"],
      [file, "allow_plaintext: [B, C]\n"],
    );
    expect(settings.allow_plaintext).toEqual(["A", "B", "C"]);
  });
});
