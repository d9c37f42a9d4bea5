import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diagnosticCodes, type Diagnostic } from "../src/diagnostics.ts";
import { parseOverlay } from "../src/overlay/parse.ts";
import { unsupportedKeyNames } from "../src/overlay/unsupported-keys.ts";
import { validateOverlay } from "../src/overlay/validate.ts";
import { repoRoot } from "./helpers/run-rbc.ts";

/**
 * The README's tables are user documentation that must agree with what rbc does. The overlay key
 * table lists exactly the schema's keys. The Compose table lists exactly the Compose
 * Specification's service keys, each supported one in the schema and each refused one refused by
 * the overlay validator with the code it shows. Each claim of the Targets table is checked against the
 * golden config.json files of the same settings for each target, which the golden-fidelity test in
 * turn checks against the config.json the real Docker 20.10 and 26.1 engines write.
 */
const readme = readFileSync(join(repoRoot, "README.md"), "utf8");

/** The Compose Specification's service keys (test/fixtures/compose-spec/service-keys.json). */
const composeSpec = JSON.parse(
  readFileSync(join(repoRoot, "test/fixtures/compose-spec/service-keys.json"), "utf8"),
) as { commit: string; serviceKeys: string[] };

const schemaKeys = Object.keys(
  (
    JSON.parse(readFileSync(join(repoRoot, "schemas/bundle.schema.json"), "utf8")) as {
      properties: Record<string, unknown>;
    }
  ).properties,
);

/** The rows of the first table after the line starting with `heading` whose header row starts with `firstColumn`. */
function tableRows(heading: string, firstColumn: string): string[][] {
  const start = readme.indexOf(`\n${heading}`);
  expect(start, `README has no "${heading}" heading`).toBeGreaterThan(-1);
  const lines = readme.slice(start).split("\n");
  const header = lines.findIndex((line) => line.startsWith(`| ${firstColumn} |`));
  const rows: string[][] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith("|")) break;
    // A `\|` inside a cell is a literal bar, not a column separator.
    const cells = line.slice(1, -1).split(/(?<!\\)\|/u);
    rows.push(cells.map((cell) => cell.trim()));
  }
  return rows;
}

/** The backquoted names of a cell: "`cpu_quota`, `cpu_period`" → cpu_quota, cpu_period. */
function codeSpans(cell: string): string[] {
  return [...cell.matchAll(/`([^`]+)`/gu)].map((m) => m[1] ?? "");
}

interface GoldenSpec {
  ociVersion: string;
  process: { capabilities: Record<string, string[]> };
  linux: {
    namespaces: { type: string; path?: string }[];
    maskedPaths?: string[];
    resources: {
      devices: object[];
      cpu?: object;
      memory?: object;
      blockIO?: object;
    };
  };
}

function golden(name: string): GoldenSpec {
  const file = join(repoRoot, "test/golden/ok", name, "expected/config.json");
  return JSON.parse(readFileSync(file, "utf8")) as GoldenSpec;
}

describe("the README's overlay key table", () => {
  it("lists exactly the keys of schemas/bundle.schema.json", () => {
    const documented = tableRows("## Overlay format", "key").flatMap((row) =>
      codeSpans(row[0] ?? ""),
    );
    expect([...documented].sort()).toEqual([...schemaKeys].sort());
  });
});

interface ComposeRow {
  readonly key: string;
  readonly status: string;
  /** The code of a refused key. */
  readonly code?: string;
}

function composeRows(): ComposeRow[] {
  return tableRows("### Compose service keys", "Compose key").map(([key = "", status = ""]) => {
    const code = /^refused, ([A-Z]{3}\d{3})$/u.exec(status)?.[1];
    return { key: codeSpans(key).join(), status, ...(code === undefined ? {} : { code }) };
  });
}

/** The diagnostics of an overlay that sets `key` at the top level, as its own line 2. */
function diagnosticsFor(key: string): Diagnostic[] {
  const parsed = parseOverlay(`image: alpine\n${key}: {}\n`, "bundle.yaml");
  if (parsed.value === undefined) return [...parsed.diagnostics];
  return [...validateOverlay(parsed.value).diagnostics];
}

describe("the README's Compose table", () => {
  const rows = composeRows();

  it("lists exactly the Compose Specification's service keys, in order", () => {
    expect(rows.map((row) => row.key)).toEqual(composeSpec.serviceKeys);
    expect(readme).toContain(composeSpec.commit);
  });

  it("gives each key a status: supported, supported differently, or refused with its code", () => {
    const statuses = ["supported", "supported differently"];
    const unclear = rows.filter((row) => !statuses.includes(row.status) && row.code === undefined);
    expect(unclear).toEqual([]);
  });

  it("marks supported only keys of schemas/bundle.schema.json", () => {
    const supported = rows.filter((row) => row.code === undefined).map((row) => row.key);
    const missing = supported.filter((key) => !schemaKeys.includes(key));
    expect(missing).toEqual([]);
  });

  it("marks refused only keys the overlay validator refuses, with the code shown", () => {
    for (const { key, code } of rows.filter((row) => row.code !== undefined)) {
      const found = diagnosticsFor(key).map((d) => ({
        code: d.code,
        key: d.key,
        line: d.location?.line,
      }));
      expect({ key, found }).toEqual({ key, found: [{ code, key, line: 2 }] });
    }
  });
});

describe("the README's Compose anchor block", () => {
  it("validates, with the extension field dropped and the service's own value winning", () => {
    const section = readme.slice(readme.indexOf("\n### Compose service keys"));
    const yaml = /```yaml\n([\s\S]*?)```/u.exec(section)?.[1] ?? "";
    const parsed = parseOverlay(yaml, "bundle.yaml");
    expect(parsed.diagnostics).toEqual([]);
    const validated = parsed.value && validateOverlay(parsed.value);
    expect(validated?.diagnostics).toEqual([]);
    expect(validated?.value).toEqual({
      image: "rbc.local/app:1",
      read_only: true,
      cap_drop: ["ALL"],
      environment: { LOG_LEVEL: "debug" },
    });
  });
});

describe("the README's tables of keys rbc refuses", () => {
  it("name exactly the keys that get a reason (OVL206 or a code of their own)", () => {
    const compose = composeRows().filter((row) => row.code !== undefined);
    const others = tableRows("Other `docker run` settings refused", "setting").flatMap((row) =>
      codeSpans(row[0] ?? "").filter((span) => !span.startsWith("-")),
    );
    const documented = [...compose.map((row) => row.key), ...others].sort();
    const refused = [...unsupportedKeyNames];
    expect(documented).toEqual(refused);
    for (const key of others) expect(diagnosticsFor(key)[0]?.code).toBe("OVL206");
  });
});

describe("the README's Diagnostics table", () => {
  it("lists exactly the diagnostic codes", () => {
    const codes = tableRows("### Diagnostics", "code").map((row) => row[0] ?? "");
    expect([...codes].sort()).toEqual(Object.keys(diagnosticCodes).sort());
  });
});

describe("the README's Targets table agrees with the golden files Docker's engines confirm", () => {
  const rows = new Map(
    tableRows("### Targets", "`config.json` field").map((row) => [row[0] ?? "", row.slice(1)]),
  );
  const row = (field: string): { d2010: string; d261: string; cgroup: string } => {
    const cells = rows.get(field);
    expect(cells, `no Targets row for ${field}`).toBeDefined();
    const [d2010 = "", d261 = "", cgroup = ""] = cells ?? [];
    return { d2010, d261, cgroup };
  };
  const v1 = golden("basic");
  const v2 = golden("basic-26.1-v2");
  const privileged2010 = golden("privileged");
  const privileged261v1 = golden("privileged-26.1-v1");
  const privileged261v2 = golden("privileged-26.1-v2");

  it("ociVersion", () => {
    const { d2010, d261 } = row("`ociVersion`");
    expect(codeSpans(d2010)).toEqual([v1.ociVersion]);
    expect(codeSpans(d261)).toEqual([v2.ociVersion]);
  });

  it("linux.maskedPaths", () => {
    const { d2010, d261 } = row("`linux.maskedPaths`");
    expect(d2010).toBe(`${v1.linux.maskedPaths?.length} paths`);
    const added = codeSpans(d261);
    expect(v2.linux.maskedPaths).toEqual([...(v1.linux.maskedPaths ?? []), ...added]);
  });

  it("linux.namespaces: a private cgroup namespace on v2", () => {
    expect(row("`linux.namespaces`").cgroup).toContain("v2: a private `cgroup` namespace");
    expect(v2.linux.namespaces).toContainEqual({ type: "cgroup" });
    expect(v1.linux.namespaces.map((n) => n.type)).not.toContain("cgroup");
    expect(privileged261v1.linux.namespaces.map((n) => n.type)).not.toContain("cgroup");
  });

  it("linux.resources.devices", () => {
    const { d2010, d261 } = row("`linux.resources.devices`");
    const defaults = v1.linux.resources.devices;
    expect(d2010).toBe(
      `the ${defaults.length} default rules, then yours; privileged: allow-all only`,
    );
    expect(d261).toBe(
      `the ${defaults.length} default rules twice, then yours; privileged: the ${defaults.length} defaults, then allow-all`,
    );
    const allowAll = { allow: true, access: "rwm" };
    expect(v2.linux.resources.devices).toEqual([...defaults, ...defaults]);
    expect(privileged2010.linux.resources.devices).toEqual([allowAll]);
    expect(privileged261v1.linux.resources.devices).toEqual([...defaults, allowAll]);
    expect(privileged261v2.linux.resources.devices).toEqual([...defaults, allowAll]);
  });

  it("linux.resources.cpu", () => {
    const { d2010, d261 } = row("`linux.resources.cpu`");
    expect(d2010).toContain("always, with `shares: 0` when unset");
    expect(v1.linux.resources.cpu).toEqual({ shares: 0 });
    expect(d261).toContain("only when a CPU setting is given");
    expect(v2.linux.resources.cpu).toBeUndefined();
    expect(privileged261v1.linux.resources.cpu).toBeUndefined();
  });

  it("linux.resources.blockIO", () => {
    const { d2010, d261 } = row("`linux.resources.blockIO`");
    expect(codeSpans(d2010)).toEqual(["{weight: 0}"]);
    expect(v1.linux.resources.blockIO).toEqual({ weight: 0 });
    expect(codeSpans(d261)).toEqual(["{}"]);
    expect(v2.linux.resources.blockIO).toEqual({});
  });

  it("linux.resources.memory", () => {
    const { d261, cgroup } = row("`linux.resources.memory`");
    expect(d261).toBe("omitted when nothing is set");
    expect(v2.linux.resources.memory).toBeUndefined();
    expect(cgroup).toContain("v1: `disableOOMKiller: false` by default");
    expect(v1.linux.resources.memory).toEqual({ disableOOMKiller: false });
    expect(privileged261v1.linux.resources.memory).toEqual({ disableOOMKiller: false });
  });

  it("process.capabilities of a non-root user", () => {
    const { d2010, d261 } = row("`process.capabilities` of a non-root user");
    expect(d2010).toBe("`bounding` only");
    expect(Object.keys(golden("caps-nonroot").process.capabilities)).toEqual(["bounding"]);
    expect(codeSpans(d261)).toEqual(["bounding", "effective", "permitted"]);
    expect(Object.keys(golden("caps-nonroot-26.1-v2").process.capabilities).sort()).toEqual([
      "bounding",
      "effective",
      "permitted",
    ]);
  });

  it("capabilities of privileged", () => {
    const { d2010, d261 } = row("capabilities of `privileged` / `cap_add: [ALL]`");
    const count = (cell: string): number => Number(/^(\d+)/u.exec(cell)?.[1]);
    const bounding2010 = privileged2010.process.capabilities["bounding"] ?? [];
    const bounding261 = privileged261v2.process.capabilities["bounding"] ?? [];
    expect(count(d2010)).toBe(bounding2010.length);
    expect(d2010).toContain(`up to \`${bounding2010.at(-1)}\``);
    expect(count(d261)).toBe(bounding261.length);
    const added = codeSpans(d261).filter((name) => name.startsWith("CAP_"));
    expect(bounding261.filter((cap) => !bounding2010.includes(cap)).sort()).toEqual(added.sort());
  });
});
