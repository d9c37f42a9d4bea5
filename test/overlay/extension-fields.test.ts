import { describe, expect, it } from "vitest";
import schema from "../../schemas/bundle.schema.json" with { type: "json" };
import { withoutExtensionFields } from "../../src/overlay/extension-fields.ts";
import { validateOverlay } from "../../src/overlay/validate.ts";
import { checkOverlay, formatAll, layerOf, parsed } from "./overlay-builders.ts";

function validated(yaml: string): unknown {
  const result = validateOverlay(parsed(yaml, "bundles/web/bundle.yaml"));
  expect(formatAll(result.diagnostics)).toBe("");
  return result.value;
}

describe("extension fields (x-*)", () => {
  it("accepts and drops them at the top level, whatever they hold", () => {
    const yaml = [
      "x-owner: team-web",
      "x-defaults:",
      "  restart: always",
      "  tty: [not, a, boolean]",
      "image: alpine",
      "x-empty:",
      "",
    ].join("\n");
    expect(validated(yaml)).toEqual({ image: "alpine" });
  });

  it("drops them in long-syntax volumes and their options, and in a ulimit, as Compose allows", () => {
    const yaml = [
      "image: alpine",
      "volumes:",
      "  - type: bind",
      "    source: ./data",
      "    target: /data",
      "    x-backup: daily",
      "    bind: { create_host_path: true, x-note: a }",
      "  - { type: volume, target: /v, volume: { nocopy: true, x-note: b } }",
      "  - { type: tmpfs, target: /t, tmpfs: { size: 1m, x-note: c } }",
      "  - ./short:/short",
      "ulimits:",
      "  nofile: { soft: 10, hard: 20, x-why: sockets }",
      "  nproc: 5",
      "",
    ].join("\n");
    expect(validated(yaml)).toEqual({
      image: "alpine",
      volumes: [
        { type: "bind", source: "./data", target: "/data", bind: { create_host_path: true } },
        { type: "volume", target: "/v", volume: { nocopy: true } },
        { type: "tmpfs", target: "/t", tmpfs: { size: "1m" } },
        "./short:/short",
      ],
      ulimits: { nofile: { soft: 10, hard: 20 }, nproc: 5 },
    });
  });

  it("keeps x- names where the names are the user's: variables, labels, sysctls", () => {
    const yaml = "image: alpine\nenvironment: { x-debug: 1 }\nlabels: { x-team: web }\n";
    expect(validated(yaml)).toEqual({
      image: "alpine",
      environment: { "x-debug": 1 },
      labels: { "x-team": "web" },
    });
    expect(layerOf(yaml).collections.environment?.items.map((i) => i.value)).toEqual([
      { name: "x-debug", value: "1" },
    ]);
  });

  it("refuses them where Compose does not allow them (blkio_config, a patch)", () => {
    const yaml = [
      "image: alpine",
      "blkio_config: { weight: 100, x-note: a }",
      "patches: [{ op: remove, path: /a, x-note: b }]",
      "",
    ].join("\n");
    expect(formatAll(checkOverlay(yaml, "bundles/web/bundle.yaml"))).toBe(
      [
        'bundles/web/bundle.yaml:2:30: error OVL201: unknown key "x-note" in "blkio_config"; use one of weight, weight_device, device_read_bps, device_write_bps, device_read_iops, device_write_iops (at blkio_config.x-note)',
        'bundles/web/bundle.yaml:3:35: error OVL201: unknown key "x-note" in "patches[0]"; use one of op, path, value, from (at patches[0].x-note)',
      ].join("\n"),
    );
  });

  it("keeps the lines of what follows them in diagnostics", () => {
    const yaml = ["x-a:", "  b:", "    c: d", "image: alpine", "tty: maybe", ""].join("\n");
    expect(formatAll(checkOverlay(yaml, "bundles/web/bundle.yaml"))).toBe(
      'bundles/web/bundle.yaml:5:6: error OVL202: "tty" must be a boolean, got string (at tty)',
    );
  });

  it("never reaches the normalized settings", () => {
    const layer = layerOf(
      "x-a: 1\nimage: alpine\nvolumes: [{ type: tmpfs, target: /t, x-b: 2 }]\n",
    );
    expect(JSON.stringify(layer)).not.toMatch(/x-[ab]/);
  });

  it("leaves a document without them as it was, and does not change its argument", () => {
    const document = { image: "alpine", "x-a": { b: 1 }, tmpfs: ["/run"] };
    expect(withoutExtensionFields(document, schema)).toEqual({ image: "alpine", tmpfs: ["/run"] });
    expect(document).toEqual({ image: "alpine", "x-a": { b: 1 }, tmpfs: ["/run"] });
  });
});
