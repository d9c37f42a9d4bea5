import { describe, expect, it } from "vitest";
import { checkOverlay, formatAll, layerOf } from "./overlay-builders.ts";

const file = "bundles/web/bundle.yaml";

function values(yaml: string): Record<string, unknown> {
  const layer = layerOf(yaml, file);
  const replaced = Object.fromEntries(
    Object.entries(layer.replaced).map(([key, located]) => [key, located.value]),
  );
  const collections = Object.fromEntries(
    Object.entries(layer.collections).map(([key, c]) => [key, c.items.map((item) => item.value)]),
  );
  return { source: layer.source?.value, ...replaced, ...collections };
}

describe("normalizeOverlay", () => {
  it("takes image or container as the source", () => {
    expect(values("image: nginx:1.27\n").source).toEqual({ kind: "image", ref: "nginx:1.27" });
    expect(values("container: web-1\n").source).toEqual({ kind: "container", ref: "web-1" });
    expect(values("user: root\n").source).toBeUndefined();
  });

  it("splits string command and entrypoint into shell words", () => {
    expect(values("command: nginx -g 'daemon off;'\nentrypoint: /init --\n")).toMatchObject({
      command: ["nginx", "-g", "daemon off;"],
      entrypoint: ["/init", "--"],
    });
  });

  it("keeps list command and entrypoint as written", () => {
    expect(values("command: ['a b', c]\n")).toMatchObject({ command: ["a b", "c"] });
  });

  it("turns an empty entrypoint or command into an empty list", () => {
    expect(values("entrypoint: ''\ncommand: []\n")).toMatchObject({ entrypoint: [], command: [] });
    expect(values("entrypoint: []\ncommand: '  '\n")).toMatchObject({
      entrypoint: [],
      command: [],
    });
  });

  it("keeps scalars as they are", () => {
    const yaml = [
      "user: '1000:1000'",
      "working_dir: /srv",
      "hostname: web",
      "domainname: example.org",
      "tty: true",
      "read_only: true",
      "privileged: false",
      "",
    ].join("\n");
    expect(values(yaml)).toEqual({
      source: undefined,
      user: "1000:1000",
      working_dir: "/srv",
      hostname: "web",
      domainname: "example.org",
      tty: true,
      read_only: true,
      privileged: false,
    });
  });

  it("turns environment map values into strings, keeping null for removal", () => {
    const yaml =
      "environment:\n  A: x\n  B: 8080\n  C: true\n  D:\n  E: null\n  F: 1.10\n  G: ''\n";
    expect(values(yaml).environment).toEqual([
      { name: "A", value: "x" },
      { name: "B", value: "8080" },
      { name: "C", value: "true" },
      { name: "D", value: null },
      { name: "E", value: null },
      { name: "F", value: "1.10" },
      { name: "G", value: "" },
    ]);
  });

  it("reads list-form environment, a bare KEY meaning removal", () => {
    expect(values("environment: [A=x, B, C=, D=a=b]\n").environment).toEqual([
      { name: "A", value: "x" },
      { name: "B", value: null },
      { name: "C", value: "" },
      { name: "D", value: "a=b" },
    ]);
  });

  it("reads both label forms into entries", () => {
    expect(values("labels: { tier: web, a.b/c: '' }\n").labels).toEqual([
      { name: "tier", value: "web" },
      { name: "a.b/c", value: "" },
    ]);
    expect(values("labels: [tier=web, x=a=b]\n").labels).toEqual([
      { name: "tier", value: "web" },
      { name: "x", value: "a=b" },
    ]);
  });

  it("makes a tmpfs string a one-item list", () => {
    expect(values("tmpfs: /run\n").tmpfs).toEqual(["/run"]);
    expect(values("tmpfs: [/run, '/tmp:size=1m']\n").tmpfs).toEqual(["/run", "/tmp:size=1m"]);
  });

  it("keeps volumes and capabilities as written", () => {
    expect(
      values("volumes: [/a, 'b:/b:ro']\ncap_add: [NET_ADMIN]\ncap_drop: [ALL]\n"),
    ).toMatchObject({ volumes: ["/a", "b:/b:ro"], cap_add: ["NET_ADMIN"], cap_drop: ["ALL"] });
  });

  it("keeps only the fields each patch op uses", () => {
    const yaml = [
      "patches:",
      "  - { op: add, path: /a, value: { x: [1] } }",
      "  - { op: remove, path: /b }",
      "  - { op: move, from: /c, path: /d }",
      "  - { op: test, path: /e, value: null }",
      "",
    ].join("\n");
    expect(values(yaml).patches).toEqual([
      { op: "add", path: "/a", value: { x: [1] } },
      { op: "remove", path: "/b" },
      { op: "move", from: "/c", path: "/d" },
      { op: "test", path: "/e", value: null },
    ]);
  });

  it("locates each value, and each collection key", () => {
    const layer = layerOf("image: alpine\nenvironment:\n  FOO: bar\nvolumes:\n  - /data\n", file);
    expect(layer.source?.location).toEqual({ file, line: 1, col: 8 });
    expect(layer.collections.environment?.keyLocation).toEqual({ file, line: 2, col: 1 });
    expect(layer.collections.environment?.items[0]?.location).toEqual({ file, line: 3, col: 8 });
    expect(layer.collections.volumes?.items[0]?.location).toEqual({ file, line: 5, col: 5 });
  });

  it("reports an unterminated quote in a command at the command", () => {
    expect(formatAll(checkOverlay("image: alpine\ncommand: echo 'hi\n", file))).toBe(
      `${file}:2:10: error OVL202: "command" cannot be split into words: unterminated single quote at character 6 (at command)`,
    );
  });

  it("reports setting both image and container at the later key", () => {
    expect(formatAll(checkOverlay("container: web-1\nuser: root\nimage: alpine\n", file))).toBe(
      `${file}:3:1: error OVL203: set exactly one of "image" or "container", not both (at image)`,
    );
    expect(formatAll(checkOverlay("{ image: alpine, container: web-1 }\n", file))).toBe(
      `${file}:1:18: error OVL203: set exactly one of "image" or "container", not both (at container)`,
    );
  });

  it("reports value forms the schema cannot express", () => {
    const yaml = [
      "environment:",
      "  - =x",
      "  - ''",
      "labels: [tier]",
      "volumes: [data, '/a:/b:ro:x']",
      "tmpfs: run",
      "",
    ].join("\n");
    expect(formatAll(checkOverlay(yaml, file))).toBe(
      [
        `${file}:2:5: error OVL202: "environment[0]" must be KEY=VALUE or KEY, with a name and complete \${…} interpolations (write $$ for a literal $), got "=x" (at environment[0])`,
        `${file}:3:5: error OVL202: "environment[1]" must be KEY=VALUE or KEY, with a name and complete \${…} interpolations (write $$ for a literal $), got "" (at environment[1])`,
        `${file}:4:10: error OVL202: "labels[0]" must be KEY=VALUE with a non-empty KEY, got "tier" (at labels[0])`,
        `${file}:5:11: error SPC503: "volumes[0]" must be SOURCE:TARGET[:MODE] or TARGET, with an absolute TARGET, a path (/…, ./…) or volume name as SOURCE, and MODE of ro, rw, z, Z, nocopy and (for paths) a propagation, got "data" (at volumes[0])`,
        `${file}:5:17: error SPC503: "volumes[1]" must be SOURCE:TARGET[:MODE] or TARGET, with an absolute TARGET, a path (/…, ./…) or volume name as SOURCE, and MODE of ro, rw, z, Z, nocopy and (for paths) a propagation, got "/a:/b:ro:x" (at volumes[1])`,
        `${file}:6:8: error SPC503: "tmpfs" must be TARGET or TARGET:OPTIONS, with an absolute TARGET and tmpfs options such as size=64m,mode=1777,noexec, got "run" (at tmpfs)`,
      ].join("\n"),
    );
  });

  it("reports a bad variable or label name in map form at the name", () => {
    const yaml = "environment:\n  A=B: x\nlabels:\n  '': y\n";
    expect(formatAll(checkOverlay(yaml, file))).toBe(
      [
        `${file}:2:3: error OVL202: "environment" has a key "A=B", which must be a variable name: not empty, without = (at environment.A=B)`,
        `${file}:4:3: error OVL202: "labels" has a key "", which must be a non-empty name (at labels.)`,
      ].join("\n"),
    );
  });
});
