import { posix } from "node:path";
import { describe, expect, it } from "vitest";
import { collectLayers } from "../../src/overlay/collect-layers.ts";
import type { OverlayFiles, ReadOutcome } from "../../src/overlay/collect-layers.ts";
import { formatAll } from "./overlay-builders.ts";

/** Overlay files held in memory; a value of `null` is a file that exists but cannot be read. */
function memoryFiles(files: Record<string, string | null>): OverlayFiles & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    read: (file) => {
      reads.push(file);
      const text = files[file];
      const outcome: ReadOutcome =
        text === undefined
          ? { missing: true }
          : text === null
            ? { unreadable: "EACCES" }
            : { text };
      return Promise.resolve(outcome);
    },
    resolve: (from, reference) => posix.join(posix.dirname(from), reference),
  };
}

const web = "bundles/web/bundle.yaml";

describe("collectLayers", () => {
  it("reads a shared base afresh for every overlay, so an edit between two loads is seen", async () => {
    const files: Record<string, string> = {
      "bundles/a/bundle.yaml": "extends: ../_base/common.yaml\nimage: a\n",
      "bundles/b/bundle.yaml": "extends: ../_base/common.yaml\nimage: b\n",
      "bundles/_base/common.yaml": "user: first\n",
    };
    const userOf = async (file: string) => {
      const layers = (await collectLayers(file, memoryFiles(files))).value ?? [];
      return layers[0]?.replaced.user?.value;
    };
    expect(await userOf("bundles/a/bundle.yaml")).toBe("first");
    expect(await userOf("bundles/b/bundle.yaml")).toBe("first");
    files["bundles/_base/common.yaml"] = "user: second\n";
    expect(await userOf("bundles/a/bundle.yaml")).toBe("second");
    files["bundles/_base/common.yaml"] = "user: [not, a, user]\n";
    const broken = await collectLayers("bundles/b/bundle.yaml", memoryFiles(files));
    expect(broken.value).toBeUndefined();
    expect(broken.diagnostics.map((d) => d.location?.file)).toContain("bundles/_base/common.yaml");
  });

  it("orders bases depth first in extends order, the file itself last", async () => {
    const files = memoryFiles({
      [web]: "extends: [../_base/a.yaml, ../_base/b.yaml]\nimage: web\n",
      "bundles/_base/a.yaml": "extends: a-parent.yaml\nuser: a\n",
      "bundles/_base/a-parent.yaml": "user: a-parent\n",
      "bundles/_base/b.yaml": "user: b\n",
    });
    const result = await collectLayers(web, files);
    expect(result.diagnostics).toEqual([]);
    expect(result.value?.map((layer) => layer.file)).toEqual([
      "bundles/_base/a-parent.yaml",
      "bundles/_base/a.yaml",
      "bundles/_base/b.yaml",
      web,
    ]);
  });

  it("merges a base shared by two bases once, where it is first reached", async () => {
    const files = memoryFiles({
      [web]: "extends: [a.yaml, b.yaml]\nimage: web\n",
      "bundles/web/a.yaml": "extends: common.yaml\n",
      "bundles/web/b.yaml": "extends: ./common.yaml\n",
      "bundles/web/common.yaml": "user: c\n",
    });
    const result = await collectLayers(web, files);
    expect(result.value?.map((layer) => layer.file)).toEqual([
      "bundles/web/common.yaml",
      "bundles/web/a.yaml",
      "bundles/web/b.yaml",
      web,
    ]);
    expect(files.reads.filter((f) => f === "bundles/web/common.yaml")).toHaveLength(1);
  });

  it("reports a cycle with its chain at the extends key", async () => {
    const files = memoryFiles({
      [web]: "image: web\nextends: a.yaml\n",
      "bundles/web/a.yaml": "extends: b.yaml\n",
      "bundles/web/b.yaml": "user: b\nextends: [a.yaml]\n",
    });
    const result = await collectLayers(web, files);
    expect(result.value).toBeUndefined();
    expect(formatAll(result.diagnostics)).toBe(
      "bundles/web/b.yaml:2:1: error OVL301: extends cycle: bundles/web/a.yaml → bundles/web/b.yaml → bundles/web/a.yaml (at extends)",
    );
  });

  it("reports a file that extends itself", async () => {
    const files = memoryFiles({ [web]: "image: web\nextends: ./bundle.yaml\n" });
    const result = await collectLayers(web, files);
    expect(formatAll(result.diagnostics)).toBe(
      `${web}:2:1: error OVL301: extends cycle: ${web} → ${web} (at extends)`,
    );
  });

  it("reports a missing base at its extends entry", async () => {
    const files = memoryFiles({
      [web]: "image: web\nextends:\n  - ../_base/common.yaml\n  - ../_base/gone.yaml\n",
      "bundles/_base/common.yaml": "user: x\n",
    });
    const result = await collectLayers(web, files);
    expect(result.value).toBeUndefined();
    expect(result.diagnostics).toEqual([
      {
        code: "OVL302",
        severity: "error",
        message: 'base overlay "../_base/gone.yaml" not found (looked for bundles/_base/gone.yaml)',
        key: "extends",
        location: { file: web, line: 4, col: 5 },
      },
    ]);
  });

  it("reports an unreadable base as OVL102 at its extends entry", async () => {
    const files = memoryFiles({
      [web]: "image: web\nextends: secret.yaml\n",
      "bundles/web/secret.yaml": null,
    });
    const result = await collectLayers(web, files);
    expect(formatAll(result.diagnostics)).toBe(
      `${web}:2:10: error OVL102: cannot read bundles/web/secret.yaml: EACCES`,
    );
  });

  it("reports a missing overlay file as OVL102 naming it", async () => {
    const result = await collectLayers(web, memoryFiles({}));
    expect(result).toEqual({
      value: undefined,
      diagnostics: [
        {
          code: "OVL102",
          severity: "error",
          message: "cannot read bundles/web/bundle.yaml: file not found",
        },
      ],
    });
  });

  it("checks bases even when the extending file has schema errors", async () => {
    const files = memoryFiles({
      [web]: "image: web\nextends: base.yaml\ntty: 1\n",
      "bundles/web/base.yaml": "usr: root\n",
    });
    const result = await collectLayers(web, files);
    expect(formatAll(result.diagnostics)).toBe(
      [
        `${web}:3:6: error OVL202: "tty" must be a boolean, got number (at tty)`,
        'bundles/web/base.yaml:1:1: error OVL201: unknown key "usr"; did you mean "user"? (at usr)',
      ].join("\n"),
    );
  });

  it("keeps warnings alongside the layers", async () => {
    const files = memoryFiles({ [web]: "%FOO bar\n---\nimage: web\n" });
    const result = await collectLayers(web, files);
    expect(result.value?.map((layer) => layer.source?.value)).toEqual([
      { kind: "image", ref: "web" },
    ]);
    expect(result.diagnostics).toMatchObject([{ code: "OVL101", severity: "warning" }]);
  });
});
