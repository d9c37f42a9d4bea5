import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { overlayDocument } from "../../src/init/index.ts";
import { parseOverlay } from "../../src/overlay/parse.ts";
import { validateOverlay } from "../../src/overlay/validate.ts";

const schema = "../../schemas/bundle.schema.json";

describe("overlayDocument", () => {
  it("writes the schema comment, the header and the keys in the schema's order", () => {
    const text = overlayDocument({
      schema,
      header: ["From the container web"],
      entries: [
        { key: "mem_limit", value: 67108864 },
        { key: "image", value: "rbc.local/busybox:1" },
        { key: "cap_add", value: ["NET_ADMIN"] },
      ],
    });
    expect(text).toBe(
      [
        "# yaml-language-server: $schema=../../schemas/bundle.schema.json",
        "# From the container web",
        "image: rbc.local/busybox:1",
        "cap_add:",
        "  - NET_ADMIN",
        "mem_limit: 67108864",
        "",
      ].join("\n"),
    );
  });

  it("puts each key's comment on its line, above a block collection's items", () => {
    const text = overlayDocument({
      schema,
      entries: [
        { key: "image", value: "busybox", comment: "Config.Image" },
        { key: "environment", value: { A: "1" }, comment: "Config.Env" },
        { key: "command", value: ["sh", "-c", "echo hi"], comment: "Config.Cmd" },
      ],
    });
    expect(text).toContain("image: busybox # Config.Image\n");
    expect(text).toContain('command: ["sh", "-c", "echo hi"] # Config.Cmd\n');
    expect(text).toContain('environment: # Config.Env\n  A: "1"\n');
  });

  it("writes a note above its key, item comments on the items and notes at the end", () => {
    const text = overlayDocument({
      schema,
      entries: [
        { key: "image", value: "busybox" },
        {
          key: "volumes",
          value: ["data:/data", "/srv:/srv"],
          itemComments: { 0: "named volume" },
        },
        { key: "environment", value: { A: "1", B: "2" }, itemComments: { B: "image Env" } },
        { key: "network_mode", value: "container:db", note: ["needs the container db"] },
      ],
      notes: ["Not carried over:", "- restart"],
    });
    expect(text).toContain("  - data:/data # named volume\n  - /srv:/srv\n");
    expect(text).toContain('  A: "1"\n  B: "2" # image Env\n');
    expect(text).toContain("# needs the container db\nnetwork_mode: container:db\n");
    expect(text.endsWith("\n# Not carried over:\n# - restart\n")).toBe(true);
  });

  it("quotes strings YAML 1.1 reads as booleans or numbers", () => {
    const text = overlayDocument({
      schema,
      entries: [
        { key: "image", value: "busybox" },
        { key: "environment", value: { A: "yes", B: "on", C: "1:30", D: "0755", E: "~" } },
      ],
    });
    expect(text).toContain('  A: "yes"\n  B: "on"\n  C: "1:30"\n  D: "0755"\n  E: "~"\n');
    expect(parse(text, { version: "1.1" })).toEqual(parse(text));
  });

  it("keeps extension keys after the schema's keys, in the order given", () => {
    const text = overlayDocument({
      schema,
      entries: [
        { key: "x-b", value: "2" },
        { key: "x-a", value: "1" },
        { key: "image", value: "busybox" },
      ],
    });
    expect(Object.keys(parse(text) as object)).toEqual(["image", "x-b", "x-a"]);
  });

  it("refuses a key given twice", () => {
    const entries = [
      { key: "image" as const, value: "a" },
      { key: "image" as const, value: "b" },
    ];
    expect(() => overlayDocument({ schema, entries })).toThrow(/image is given twice/);
  });

  it("writes a file rbc reads back to the same values, without diagnostics", () => {
    const entries = [
      { key: "image" as const, value: "rbc.local/busybox:1", comment: "Config.Image" },
      { key: "command" as const, value: ["sh", "-c", 'echo "a b" # not a comment'] },
      { key: "environment" as const, value: { TZ: "UTC", EMPTY: "" }, comment: "Config.Env" },
      { key: "ulimits" as const, value: { nofile: { soft: 1024, hard: 2048 } } },
      { key: "cpus" as const, value: 0.5, note: ["HostConfig.NanoCpus 500000000"] },
      { key: "read_only" as const, value: true },
    ];
    const text = overlayDocument({ schema, header: ["a header"], entries, notes: ["the end"] });
    const parsed = parseOverlay(text, "bundle.yaml");
    expect(parsed.diagnostics).toEqual([]);
    if (parsed.value === undefined) throw new Error("no parse");
    const validated = validateOverlay(parsed.value);
    expect(validated.diagnostics).toEqual([]);
    expect(validated.value).toEqual(Object.fromEntries(entries.map((e) => [e.key, e.value])));
  });
});
