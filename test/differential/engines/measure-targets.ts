/**
 * How close rbc's spec for each engine's target comes to what that engine wrote: every
 * differential scenario compiled with rbc for the engine's target (20.10-v1 → docker 20.10 on
 * cgroup v1, 26.1-v1, 26.1-v2) and compared with the engine's captured config.json after the
 * differential tests' host-specific normalization.
 *
 *   npx tsx test/differential/engines/measure-targets.ts CAPTURE_DIR [--live] [ENGINE...]
 *
 * By default only the image overlay is compiled (images and donors resolved through the host's
 * engine) and compared with CAPTURE_DIR/<engine>/<slug>.json (capture-engines.ts). With --live,
 * each scenario also runs on the engine and the container it leaves is compiled as a
 * `container:` source through that engine, compared with the same capture.
 *
 * Prints, per engine and source, how many scenarios are identical, and every difference left
 * by JSON pointer with the scenarios it appears in.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { compileBundle } from "../../../src/compile.ts";
import { parseJson } from "../../../src/json/index.ts";
import type { EngineTarget } from "../../../src/overlay/index.ts";
import { connectDocker } from "../../../src/resolve/docker.ts";
import type { Engine as RbcEngine } from "../../../src/resolve/index.ts";
import { engineById, engineIds, rbcEngineFor, type Engine } from "../../support/engines.ts";
import {
  captureScenario,
  currentHost,
  normalizeOptionsFor,
  removeDonor,
  startDonor,
  writeFiles,
} from "../harness.ts";
import { normalizeHostSpecific } from "../host-specific.ts";
import { findBlockDevice } from "../host-features.ts";
import { substituteTokens, type Scenario } from "../scenario.ts";
import { scenarios } from "../scenarios.ts";
import { flattenSpec } from "./flatten-spec.ts";
import { scenarioSlug } from "./scenario-slug.ts";
import { specDifferences, type SpecDifference } from "./spec-differences.ts";

const args = process.argv.slice(2);
const live = args.includes("--live");
const [captureArg, ...engineArgs] = args.filter((a) => a !== "--live");
if (captureArg === undefined) {
  process.stderr.write("usage: measure-targets.ts CAPTURE_DIR [--live] [ENGINE...]\n");
  process.exit(2);
}
const captureDir: string = captureArg;
const engines = (engineArgs.length > 0 ? engineArgs : engineIds).map(engineById);
const only = process.env["SCENARIO"];

async function compileOverlay(
  rbc: RbcEngine,
  target: EngineTarget,
  overlay: Record<string, unknown>,
  files: Readonly<Record<string, string>> = {},
): Promise<unknown> {
  const root = await mkdtemp(join(tmpdir(), "rbc-measure-"));
  const dir = join(root, "measured");
  await mkdir(dir);
  await writeFile(join(dir, "bundle.yaml"), stringify(overlay));
  await writeFiles(dir, files);
  try {
    const compiled = await compileBundle(dir, rbc, { rootfs: false, target });
    const config = compiled.files?.get("config.json");
    if (config === undefined) {
      throw new Error(compiled.diagnostics.map((d) => `${d.code} ${d.message}`).join("; "));
    }
    return parseJson(config);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

function overlayFor(scenario: Scenario): Record<string, unknown> {
  return {
    image: scenario.image,
    ...(scenario.command ? { command: [...scenario.command] } : {}),
    ...(scenario.env ? { environment: [...scenario.env] } : {}),
    ...scenario.overlay,
  };
}

/**
 * Normalization gaps of host-specific.ts for 26.1, applied here only: a privileged 26.1 spec's
 * device cgroup is the default rules then allow-all (host-specific.ts recognizes only 20.10's
 * single allow-all rule), so the host's device nodes are dropped as they are for 20.10.
 */
function normalizeGaps(spec: unknown): unknown {
  const s = spec as { linux?: { devices?: unknown; resources?: { devices?: unknown[] } } };
  const rules = (s.linux?.resources?.devices ?? []) as { allow: boolean; type?: string }[];
  const last = rules.at(-1);
  if (last?.allow === true && last.type === undefined && s.linux) delete s.linux.devices;
  return spec;
}

interface Found {
  readonly scenario: string;
  readonly source: string;
  readonly differences: readonly SpecDifference[];
  readonly error?: string;
}

function compare(scenario: Scenario, rbc: unknown, docker: unknown): SpecDifference[] {
  const options = normalizeOptionsFor(scenario, currentHost());
  const a = normalizeGaps(normalizeHostSpecific(docker, options));
  const b = normalizeGaps(normalizeHostSpecific(rbc, options));
  return specDifferences(flattenSpec(a), flattenSpec(b));
}

/** The scenario's donors, run on the host's engine; returns what removes them. */
async function startDonors(scenario: Scenario): Promise<() => Promise<void>> {
  const host = engineById("20.10-v1");
  const donors = scenario.donors ?? [];
  for (const donor of donors) await startDonor(donor, host);
  return async () => {
    for (const donor of donors) await removeDonor(donor, host);
  };
}

async function measure(engine: Engine): Promise<Found[]> {
  const target = engine.target;
  const hostRbc = connectDocker();
  const engineRbc = rbcEngineFor(engine);
  const found: Found[] = [];
  for (const raw of scenarios) {
    if (only !== undefined && !raw.name.includes(only)) continue;
    const file = join(captureDir, engine.id, `${scenarioSlug(raw.name)}.json`);
    if (!existsSync(file)) continue;
    const docker = parseJson(await readFile(file, "utf8"));
    const scratch = await mkdtemp(join(tmpdir(), "rbc-measure-files-"));
    const record = async (source: string, compile: () => Promise<unknown>, s: Scenario) => {
      try {
        found.push({
          scenario: raw.name,
          source,
          differences: compare(s, await compile(), docker),
        });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        found.push({ scenario: raw.name, source, differences: [], error: message });
      }
    };
    if (live) {
      const captured = await captureScenario(raw, engine);
      try {
        const s = captured.scenario;
        await record("image", () => compileOverlay(engineRbc, target, overlayFor(s), s.files), s);
        await record(
          "container",
          () => compileOverlay(engineRbc, target, { container: captured.containerId }),
          s,
        );
      } finally {
        await captured.dispose();
      }
    } else {
      const s = substituteTokens(raw, { bundleDir: scratch, blockDevice: findBlockDevice });
      const stop = await startDonors(s);
      try {
        await record("image", () => compileOverlay(hostRbc, target, overlayFor(s), s.files), s);
      } finally {
        await stop();
      }
    }
    await rm(scratch, { recursive: true, force: true });
  }
  return found;
}

function report(engine: Engine, found: readonly Found[]): void {
  for (const source of ["image", "container"]) {
    const mine = found.filter((f) => f.source === source);
    if (mine.length === 0) continue;
    const ok = mine.filter((f) => f.error === undefined && f.differences.length === 0);
    const noMounts = mine.filter(
      (f) => f.error === undefined && f.differences.every((d) => d.pointer.startsWith("/mounts")),
    );
    process.stdout.write(
      `\n## ${engine.id} (${source}): ${ok.length}/${mine.length} identical, ` +
        `${noMounts.length}/${mine.length} identical but for mounts\n`,
    );
    for (const f of mine.filter((x) => x.error !== undefined)) {
      process.stdout.write(`- refused by rbc: ${f.scenario}: ${f.error}\n`);
    }
    const byRow = new Map<string, string[]>();
    for (const f of mine) {
      for (const d of f.differences) {
        if (d.pointer.startsWith("/mounts")) continue;
        const row = `${d.pointer}: Docker ${d.left.slice(0, 400)} | rbc ${d.right.slice(0, 400)}`;
        byRow.set(row, [...(byRow.get(row) ?? []), f.scenario]);
      }
    }
    for (const [row, names] of byRow) {
      process.stdout.write(`- ${row}\n    in ${names.length}: ${names.join("; ")}\n`);
    }
  }
}

for (const engine of engines) report(engine, await measure(engine));
