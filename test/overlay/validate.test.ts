import { describe, expect, it } from "vitest";
import { validateOverlay } from "../../src/overlay/validate.ts";
import { formatAll, parsed } from "./overlay-builders.ts";

function validate(yaml: string) {
  return validateOverlay(parsed(yaml, "bundles/web/bundle.yaml"));
}

function problems(yaml: string): string {
  return formatAll(validate(yaml).diagnostics);
}

describe("validateOverlay", () => {
  it("accepts every key in each of its forms", () => {
    const forms = [
      "image: nginx:1.27",
      "container: web-1",
      "extends: ../_base/common.yaml",
      "extends: [a.yaml, b.yaml]",
      "command: nginx -g 'daemon off;'",
      "command: [nginx, -g, daemon off;]",
      "entrypoint: ''",
      "entrypoint: [/docker-entrypoint.sh]",
      "environment: { A: x, B: 1, C: true, D: null }",
      "environment: [A=x, B]",
      "user: www-data:www-data",
      "working_dir: /srv",
      "hostname: web",
      "domainname: example.org",
      "tty: true",
      "read_only: false",
      "privileged: false",
      "cap_add: [NET_ADMIN]",
      "cap_drop: [ALL]",
      "volumes: [./html:/usr/share/nginx/html:ro, cache:/cache, /anon]",
      "tmpfs: /run",
      "tmpfs: [/run, '/tmp:size=64m']",
      "labels: { tier: web }",
      "labels: [tier=web]",
      "patches: [{ op: add, path: /process/noNewPrivileges, value: true }]",
      "patches: [{ op: remove, path: /linux/seccomp }]",
      "patches: [{ op: replace, path: /hostname, value: x }, { op: test, path: /a~1b, value: 1 }]",
      "patches: [{ op: move, from: /a, path: /b }, { op: copy, from: /a, path: /c }]",
    ];
    for (const form of forms) {
      const result = validate(`${form}\n`);
      expect({ form, diagnostics: result.diagnostics }).toEqual({ form, diagnostics: [] });
      expect(result.value).toEqual(parsed(`${form}\n`).data);
    }
  });

  it("reports an unknown key as OVL201 at the key, suggesting the close name", () => {
    const result = validate("image: alpine\nworkdir: /srv\n");
    expect(result.value).toBeUndefined();
    expect(result.diagnostics).toEqual([
      {
        code: "OVL201",
        severity: "error",
        message: 'unknown key "workdir"; did you mean "working_dir"?',
        key: "workdir",
        location: { file: "bundles/web/bundle.yaml", line: 2, col: 1 },
      },
    ]);
  });

  it("suggests nothing when no key is close", () => {
    expect(problems("image: alpine\nrestart: always\n")).toBe(
      'bundles/web/bundle.yaml:2:1: error OVL201: unknown key "restart" (at restart)',
    );
  });

  it("names the expected type of a wrong value", () => {
    expect(problems('image: alpine\ntty: "yes"\n')).toBe(
      'bundles/web/bundle.yaml:2:6: error OVL202: "tty" must be a boolean, got string (at tty)',
    );
  });

  it("gives one message for a value that fits none of a key's forms", () => {
    expect(problems("command: 5\ntmpfs: { a: b }\n")).toBe(
      [
        'bundles/web/bundle.yaml:1:10: error OVL202: "command" must be a string or a list of strings, got number (at command)',
        'bundles/web/bundle.yaml:2:8: error OVL202: "tmpfs" must be a string or a list of strings, got map (at tmpfs)',
      ].join("\n"),
    );
  });

  it("explains the form the value chose instead of every alternative", () => {
    const yaml = "environment:\n  A: [1]\nentrypoint: [sh, 2]\nlabels: { tier: 3 }\n";
    expect(problems(yaml)).toBe(
      [
        'bundles/web/bundle.yaml:2:6: error OVL202: "environment.A" must be a string, a number, a boolean or null, got list (at environment.A)',
        'bundles/web/bundle.yaml:3:18: error OVL202: "entrypoint[1]" must be a string, got number (at entrypoint[1])',
        'bundles/web/bundle.yaml:4:17: error OVL202: "labels.tier" must be a string, got number (at labels.tier)',
      ].join("\n"),
    );
  });

  it("rejects an empty extends list and an empty image", () => {
    expect(problems("image: ''\nextends: []\n")).toBe(
      [
        'bundles/web/bundle.yaml:1:8: error OVL202: "image" must not be empty (at image)',
        'bundles/web/bundle.yaml:2:10: error OVL202: "extends" must not be empty (at extends)',
      ].join("\n"),
    );
  });

  it("requires value for add, replace and test, and from for move and copy", () => {
    const yaml = [
      "patches:",
      "  - op: add",
      "    path: /process/env",
      "  - op: copy",
      "    path: /a",
      "  - op: remove",
      "",
    ].join("\n");
    expect(problems(yaml)).toBe(
      [
        'bundles/web/bundle.yaml:2:5: error OVL202: "patches[0]" is missing required key "value" (at patches[0])',
        'bundles/web/bundle.yaml:4:5: error OVL202: "patches[1]" is missing required key "from" (at patches[1])',
        'bundles/web/bundle.yaml:6:5: error OVL202: "patches[2]" is missing required key "path" (at patches[2])',
      ].join("\n"),
    );
  });

  it("rejects an unknown patch op and suggests the close one", () => {
    expect(problems("patches:\n  - { op: ad, path: /a, value: 1 }\n")).toBe(
      'bundles/web/bundle.yaml:2:11: error OVL202: "patches[0].op" must be one of "add", "remove", "replace", "move", "copy", "test", got "ad"; did you mean "add"? (at patches[0].op)',
    );
  });

  it("rejects a patch path that is not a JSON pointer", () => {
    expect(problems("patches:\n  - { op: remove, path: process/args }\n")).toBe(
      'bundles/web/bundle.yaml:2:25: error OVL202: "patches[0].path" must be a JSON pointer such as "/process/args", got "process/args" (at patches[0].path)',
    );
  });

  it("reports a mistyped key inside a patch with a suggestion", () => {
    expect(problems("patches:\n  - op: add\n    path: /a\n    valeu: 1\n")).toBe(
      [
        'bundles/web/bundle.yaml:2:5: error OVL202: "patches[0]" is missing required key "value" (at patches[0])',
        'bundles/web/bundle.yaml:4:5: error OVL201: unknown key "valeu" in "patches[0]"; did you mean "value"? (at patches[0].valeu)',
      ].join("\n"),
    );
  });
});
