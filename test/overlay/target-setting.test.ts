import { describe, expect, it } from "vitest";
import { engineTarget } from "../../src/overlay/index.ts";
import { mergeOverlays } from "../../src/overlay/merge.ts";
import { checkOverlay, formatAll, layerOf } from "./overlay-builders.ts";

const baseFile = "bundles/_base/common.yaml";
const file = "bundles/web/bundle.yaml";

function merge(base: string, overlay: string) {
  const result = mergeOverlays([layerOf(`image: a\n${base}`, baseFile), layerOf(overlay, file)]);
  if (result.value === undefined) throw new Error(formatAll(result.diagnostics));
  return result.value;
}

describe("target", () => {
  it("defaults to Docker 26.1 on a cgroup v2 host", () => {
    expect(engineTarget(merge("", "").settings)).toEqual({ docker: "26.1", cgroup: "v2" });
  });

  it("merges field by field: a bundle inherits the field its base sets", () => {
    const merged = merge('target: { docker: "20.10", cgroup: v1 }\n', "target:\n  cgroup: v2\n");
    expect(merged.settings.target).toEqual({ docker: "20.10", cgroup: "v2" });
    expect(merged.origins).toMatchObject({
      "target.docker": { file: baseFile, line: 2, col: 19 },
      "target.cgroup": { file, line: 2, col: 11 },
    });
    expect(engineTarget(merge("target: { cgroup: v1 }\n", "").settings)).toEqual({
      docker: "26.1",
      cgroup: "v1",
    });
  });

  it("reads a release written as a YAML number as written", () => {
    expect(layerOf("image: a\ntarget: { docker: 20.10 }\n").collections.target?.items).toEqual([
      expect.objectContaining({ value: { field: "docker", docker: "20.10" } }),
    ]);
    expect(layerOf("image: a\ntarget: { docker: 26.1 }\n").collections.target?.items).toEqual([
      expect.objectContaining({ value: { field: "docker", docker: "26.1" } }),
    ]);
  });

  it("refuses a release rbc does not target, at its line", () => {
    expect(formatAll(checkOverlay("image: a\ntarget:\n  docker: 20.1\n"))).toMatch(
      /^bundle\.yaml:3:11: error OVL202: 20\.1 is not a Docker release rbc targets: write "20\.10" or "26\.1"/,
    );
    expect(formatAll(checkOverlay('image: a\ntarget:\n  docker: "25.0"\n'))).toMatch(
      /^bundle\.yaml:3:11: error OVL20\d: .*target\.docker/,
    );
    expect(formatAll(checkOverlay("image: a\ntarget:\n  cgroup: v3\n"))).toMatch(
      /^bundle\.yaml:3:11: error OVL20\d: .*target\.cgroup/,
    );
    expect(formatAll(checkOverlay("image: a\ntarget:\n  engine: docker\n"))).toMatch(
      /^bundle\.yaml:3:3: error OVL201: .*engine/,
    );
  });
});
