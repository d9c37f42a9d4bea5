/**
 * A field-by-field report of how engines' config.json differ for the same scenarios, from the
 * captures capture-engines.ts wrote, after the differential tests' host-specific normalization.
 *
 *   npx tsx test/differential/engines/engine-diff-report.ts CAPTURE_DIR > report.md
 *
 * Compares 20.10-v1 with 26.1-v1 (what the Docker release changes) and 26.1-v1 with 26.1-v2
 * (what the cgroup version changes). A difference is one JSON pointer with its value on each
 * engine (flatten-spec.ts keys mounts, namespaces, devices and seccomp rules); differences are
 * grouped by kind, then by the set of scenarios they appear in.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseJson } from "../../../src/json/index.ts";
import { engineById, engineIds, type EngineId } from "../../support/engines.ts";
import { currentHost, normalizeOptionsFor } from "../harness.ts";
import { normalizeHostSpecific } from "../host-specific.ts";
import { scenarios } from "../scenarios.ts";
import { flattenSpec, type FlatSpec } from "./flatten-spec.ts";
import { scenarioSlug } from "./scenario-slug.ts";
import { specDifferences, type SpecDifference } from "./spec-differences.ts";

const captureArg = process.argv[2];
if (captureArg === undefined) {
  process.stderr.write("usage: engine-diff-report.ts CAPTURE_DIR\n");
  process.exit(2);
}
const captureDir: string = captureArg;

const comparisons: readonly (readonly [EngineId, EngineId, string])[] = [
  ["20.10-v1", "26.1-v1", "the Docker release (same cgroup v1 host)"],
  ["26.1-v1", "26.1-v2", "the cgroup version (same Docker 26.1)"],
];

const refused = new Map<EngineId, Record<string, string>>();
const specs = new Map<string, FlatSpec>();
for (const id of engineIds) {
  const errors = parseJson(await readFile(join(captureDir, id, "refused.json"), "utf8"));
  refused.set(id, errors as Record<string, string>);
  for (const scenario of scenarios) {
    if (Object.hasOwn(errors as object, scenario.name)) continue;
    const file = join(captureDir, id, `${scenarioSlug(scenario.name)}.json`);
    const spec = normalizeHostSpecific(
      parseJson(await readFile(file, "utf8")),
      normalizeOptionsFor(scenario, currentHost(engineById(id)), engineById(id)),
    );
    specs.set(`${id}\0${scenario.name}`, flattenSpec(spec));
  }
}

const out: string[] = [
  "Pointers are JSON pointers, except that list entries with an identity are keyed by it: " +
    "`/mounts/<destination>`, `/linux/namespaces/<type>`, `/linux/devices/<path>`, and " +
    "`/linux/seccomp/syscalls/<name>` (the rules naming that syscall); `<list> (entries)` names " +
    "the entries only one side has. `(absent)`: not in that spec. `left, then X` / `left +[…] " +
    "-[…]`: the right value is the left one extended by X, or with those items added or removed.",
  "",
];
for (const [left, right, what] of comparisons) out.push(...compare(left, right, what));
out.push("## Scenarios an engine refuses", "");
for (const [id, errors] of refused) {
  const names = Object.keys(errors);
  out.push(`### ${id}: ${names.length} refused`, "");
  for (const name of names) out.push(`- ${name}: \`${oneLine(errors[name] ?? "")}\``);
  out.push("");
}
process.stdout.write(`${out.join("\n")}\n`);

interface Found extends SpecDifference {
  readonly scenarios: string[];
}

function compare(left: EngineId, right: EngineId, what: string): string[] {
  const differences = new Map<string, Found>();
  const compared: string[] = [];
  let identical = 0;
  for (const scenario of scenarios) {
    const a = specs.get(`${left}\0${scenario.name}`);
    const b = specs.get(`${right}\0${scenario.name}`);
    if (a === undefined || b === undefined) continue;
    compared.push(scenario.name);
    const found = specDifferences(a, b);
    if (found.length === 0) identical += 1;
    for (const d of found) {
      const key = JSON.stringify([d.pointer, d.left, d.right]);
      const entry = differences.get(key) ?? { ...d, scenarios: [] };
      entry.scenarios.push(scenario.name);
      differences.set(key, entry);
    }
  }
  const lines = [
    `## ${left} vs ${right}: ${what}`,
    "",
    `${compared.length} scenarios captured on both; ${identical} identical after normalization; ` +
      `${differences.size} distinct differences.`,
    "",
  ];
  const byKind = groupBy([...differences.values()], (d) => kindOf(d.pointer));
  for (const [kind, rows] of [...byKind].sort(([x], [y]) => x.localeCompare(y))) {
    lines.push(`### ${kind}`, "");
    const bySet = groupBy(rows, (d) => d.scenarios.join("\0"));
    for (const group of bySet.values()) {
      lines.push(`In ${scenarioList(group[0]?.scenarios ?? [], compared)}:`, "");
      lines.push(`| pointer | ${left} | ${right} |`, "|---|---|---|");
      group.sort((x, y) => x.pointer.localeCompare(y.pointer));
      for (const d of group)
        lines.push(`| \`${d.pointer}\` | ${cell(d.left)} | ${cell(d.right)} |`);
      lines.push("");
    }
  }
  return lines;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

function kindOf(pointer: string): string {
  const rules: [RegExp, string][] = [
    [/^\/linux\/seccomp/, "seccomp"],
    [/^\/linux\/(devices|resources\/devices)/, "devices"],
    [/^\/linux\/resources/, "resources"],
    [/^\/linux\/namespaces/, "namespaces"],
    [/^\/linux\/(maskedPaths|readonlyPaths)/, "masked and read-only paths"],
    [/^\/linux\/sysctl/, "sysctl"],
    [/^\/mounts/, "mounts"],
    [/^\/process\/capabilities/, "capabilities"],
    [/^\/process/, "process"],
    [/^\/ociVersion/, "ociVersion"],
  ];
  return rules.find(([re]) => re.test(pointer))?.[1] ?? pointer.split("/").slice(0, 3).join("/");
}

function cell(text: string): string {
  return `\`${text.replaceAll("|", "\\|")}\``;
}

function scenarioList(names: readonly string[], compared: readonly string[]): string {
  if (names.length === compared.length) return `all ${compared.length} scenarios`;
  if (names.length > compared.length / 2) {
    const missing = compared.filter((n) => !names.includes(n));
    return `${names.length} scenarios, all but: ${missing.join("; ")}`;
  }
  return `${names.length} scenario${names.length === 1 ? "" : "s"}: ${names.join("; ")}`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").replaceAll("`", "'");
}
