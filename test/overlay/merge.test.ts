import { describe, expect, it } from "vitest";
import { mergeOverlays } from "../../src/overlay/merge.ts";
import { layerOf } from "./overlay-builders.ts";

const baseFile = "bundles/_base/common.yaml";
const file = "bundles/web/bundle.yaml";

function merge(...files: [name: string, yaml: string][]) {
  const result = mergeOverlays(files.map(([name, yaml]) => layerOf(yaml, name)));
  if (result.value === undefined) throw new Error(JSON.stringify(result.diagnostics));
  return result.value;
}

describe("mergeOverlays", () => {
  it("lets a later file replace the source, whichever kind it is", () => {
    const merged = merge([baseFile, "image: alpine\n"], [file, "user: root\ncontainer: web-1\n"]);
    expect(merged.settings.source).toEqual({ kind: "container", ref: "web-1" });
    expect(merged.origins).toMatchObject({ container: { file, line: 2, col: 12 } });
    expect(merged.origins).not.toHaveProperty("image");
  });

  it("reports OVL203 at the bundle file when no file sets a source", () => {
    const result = mergeOverlays([layerOf("user: a\n", baseFile), layerOf("tty: true\n", file)]);
    expect(result).toEqual({
      value: undefined,
      diagnostics: [
        {
          code: "OVL203",
          severity: "error",
          message: 'set exactly one of "image" or "container" (neither is set here or in a base)',
          location: { file, line: 1, col: 1 },
        },
      ],
    });
  });

  it("lets the later file win for scalars, command and entrypoint", () => {
    const merged = merge(
      [baseFile, "image: a\nuser: base\ntty: true\ncommand: [a, b]\nentrypoint: /init\n"],
      [file, "user: web\ncommand: c d\n"],
    );
    expect(merged.settings).toEqual({
      source: { kind: "image", ref: "a" },
      user: "web",
      tty: true,
      command: ["c", "d"],
      entrypoint: ["/init"],
    });
    expect(merged.origins).toMatchObject({
      user: { file, line: 1, col: 7 },
      tty: { file: baseFile, line: 3, col: 6 },
      command: { file, line: 2, col: 10 },
    });
  });

  it("drops a command a later file empties, so the image's CMD applies", () => {
    const merged = merge([baseFile, "image: a\ncommand: [run]\n"], [file, "command: ''\n"]);
    expect(merged.settings).not.toHaveProperty("command");
    expect(merged.origins).not.toHaveProperty("command");
  });

  it("keeps an emptied entrypoint, which resets the image's", () => {
    const merged = merge([baseFile, "image: a\nentrypoint: [/init]\n"], [file, "entrypoint: ''\n"]);
    expect(merged.settings.entrypoint).toEqual([]);
    expect(merged.origins).toMatchObject({ entrypoint: { file, line: 1, col: 13 } });
  });

  it("keeps a base variable in place when the overlay overrides it", () => {
    const merged = merge(
      [baseFile, "image: a\nenvironment:\n  A: '1'\n  B: '2'\n  C: '3'\n"],
      [file, "environment:\n  - D=4\n  - B=two\n  - C\n"],
    );
    expect(merged.settings.environment).toEqual([
      { name: "A", value: "1" },
      { name: "B", value: "two" },
      { name: "C", value: null },
      { name: "D", value: "4" },
    ]);
    expect(merged.origins).toMatchObject({
      environment: { file, line: 1, col: 1 },
      "environment.A": { file: baseFile, line: 3, col: 6 },
      "environment.B": { file, line: 3, col: 5 },
      "environment.C": { file, line: 4, col: 5 },
      "environment.D": { file, line: 2, col: 5 },
    });
  });

  it("lets a repeated variable in one file take the first one's place", () => {
    const merged = merge([file, "image: a\nenvironment: [A=1, B=2, A=3]\n"]);
    expect(merged.settings.environment).toEqual([
      { name: "A", value: "3" },
      { name: "B", value: "2" },
    ]);
  });

  it("merges labels by name into a map", () => {
    const merged = merge(
      [baseFile, "image: a\nlabels: { tier: base, team: core }\n"],
      [file, "labels: [tier=web, app=shop]\n"],
    );
    expect(merged.settings.labels).toEqual({ tier: "web", team: "core", app: "shop" });
    expect(Object.keys(merged.settings.labels ?? {})).toEqual(["tier", "team", "app"]);
    expect(merged.origins).toMatchObject({
      labels: { file, line: 1, col: 1 },
      "labels.tier": { file, line: 1, col: 10 },
      "labels.team": { file: baseFile, line: 2, col: 29 },
    });
  });

  it("unions capabilities, keeping the first occurrence", () => {
    const merged = merge(
      [baseFile, "image: a\ncap_add: [NET_ADMIN, SYS_TIME]\ncap_drop: [NET_RAW]\n"],
      [file, "cap_add: [SYS_PTRACE, NET_ADMIN]\ncap_drop: [ALL]\n"],
    );
    expect(merged.settings.cap_add).toEqual(["NET_ADMIN", "SYS_TIME", "SYS_PTRACE"]);
    expect(merged.settings.cap_drop).toEqual(["NET_RAW", "ALL"]);
    expect(merged.origins).toMatchObject({
      cap_add: { file, line: 1, col: 1 },
      "cap_add[0]": { file: baseFile, line: 2, col: 11 },
      "cap_add[2]": { file, line: 1, col: 11 },
    });
  });

  it("replaces a volume at the same target in place and appends new ones", () => {
    const merged = merge(
      [baseFile, "image: a\nvolumes: [/data, 'cache:/cache', './conf:/etc/app:ro']\n"],
      [file, "volumes: ['/srv/web:/data:rw', '/logs', 'other:/cache']\n"],
    );
    expect(merged.settings.volumes).toEqual([
      "/srv/web:/data:rw",
      "other:/cache",
      "./conf:/etc/app:ro",
      "/logs",
    ]);
    expect(merged.origins).toMatchObject({
      volumes: { file, line: 1, col: 1 },
      "volumes[0]": { file, line: 1, col: 11 },
      "volumes[1]": { file, line: 1, col: 41 },
      "volumes[2]": { file: baseFile, line: 2, col: 34 },
      "volumes[3]": { file, line: 1, col: 32 },
    });
  });

  it("merges tmpfs by target", () => {
    const merged = merge(
      [baseFile, "image: a\ntmpfs: [/run, '/tmp:size=1m']\n"],
      [file, "tmpfs: '/tmp:size=64m,mode=1777'\n"],
    );
    expect(merged.settings.tmpfs).toEqual(["/run", "/tmp:size=64m,mode=1777"]);
    expect(merged.origins).toMatchObject({ "tmpfs[1]": { file, line: 1, col: 8 } });
  });

  it("concatenates patches, bases first", () => {
    const merged = merge(
      [baseFile, "image: a\npatches: [{ op: remove, path: /a }]\n"],
      [file, "patches: [{ op: remove, path: /a }, { op: add, path: /b, value: 1 }]\n"],
    );
    expect(merged.settings.patches).toEqual([
      { op: "remove", path: "/a" },
      { op: "remove", path: "/a" },
      { op: "add", path: "/b", value: 1 },
    ]);
    expect(merged.origins).toMatchObject({
      patches: { file, line: 1, col: 1 },
      "patches[0]": { file: baseFile, line: 2, col: 11 },
      "patches[1]": { file, line: 1, col: 11 },
    });
  });

  it("points a collection's key origin at the last file that set it", () => {
    const merged = merge(
      [baseFile, "image: a\nvolumes: [/a]\n"],
      ["bundles/_base/more.yaml", "volumes: []\n"],
      [file, "user: x\n"],
    );
    expect(merged.settings.volumes).toEqual(["/a"]);
    expect(merged.origins.volumes).toEqual({ file: "bundles/_base/more.yaml", line: 1, col: 1 });
  });

  it("leaves out a collection that merges to nothing", () => {
    const merged = merge([file, "image: a\ncap_add: []\nenvironment: {}\n"]);
    expect(merged.settings).toEqual({ source: { kind: "image", ref: "a" } });
    expect(Object.keys(merged.origins)).toEqual(["image"]);
  });
});
