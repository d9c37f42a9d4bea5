import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { compileBundle } from "../../src/compile.ts";
import type { Diagnostic } from "../../src/diagnostics.ts";
import { parseJson } from "../../src/json/index.ts";
import type { Engine as RbcEngine } from "../../src/resolve/index.ts";
import { engineById, rbcEngineFor, type Engine } from "../support/engines.ts";
import {
  cgroupV2Resources,
  discardedLimits,
  refusedWithoutController,
  withResources,
  withoutFlag,
} from "./cgroup-v2-resources.ts";
import { describeDifferences } from "./describe-differences.ts";
import { refusedOnPurpose, withoutKeys } from "./refused-on-purpose.ts";
import {
  captureScenario,
  currentHost,
  normalizeOptionsFor,
  writeFiles,
  type CapturedScenario,
} from "./harness.ts";
import { normalizeHostSpecific, type NormalizeOptions } from "./host-specific.ts";
import type { Scenario } from "./scenario.ts";

/** What rbc compiles: the scenario's settings as an image overlay, or the container Docker made. */
export type Source = "image" | "container";
export const sources: readonly Source[] = ["image", "container"];

/** One scenario compiled by rbc for one engine's target from one source, against Docker's spec. */
export interface Comparison {
  readonly engine: Engine;
  readonly source: Source;
  /** One line per difference after the host-specific normalization; empty: identical. */
  readonly differences: readonly string[];
  /** How the comparison departs from the plain one, and why (printed beside its count). */
  readonly notes: readonly string[];
}

/**
 * The captures of one scenario, each engine's taken once however many comparisons need it (the
 * 26.1-v2 comparisons may need 26.1-v1's), and removed together when the scenario is done.
 */
export interface CaptureSession {
  capture(engine: Engine, scenario: Scenario): Promise<CapturedScenario>;
  dispose(): Promise<void>;
}

export function captureSession(): CaptureSession {
  const started = new Map<string, Promise<CapturedScenario>>();
  return {
    capture: (engine, scenario) => {
      const key = JSON.stringify([engine.id, scenario.flags ?? []]);
      const known = started.get(key);
      if (known !== undefined) return known;
      const capture = captureScenario(scenario, engine);
      started.set(key, capture);
      return capture;
    },
    dispose: async () => {
      const captures = await Promise.all([...started.values()].map((c) => c.catch(() => null)));
      for (const captured of captures) await captured?.dispose();
    },
  };
}

/**
 * Run the scenario on the engine and compare Docker's config.json with rbc's for the engine's
 * target, from both sources; the container source resolves the container through the same engine.
 * A compile that fails counts as a difference.
 */
export async function compareOnEngine(
  raw: Scenario,
  engine: Engine,
  session: CaptureSession,
): Promise<Comparison[]> {
  const docker = await captureOrReduce(raw, engine, session);
  const { captured, notes } = docker;
  const { scenario } = captured;
  const rbcEngine = rbcEngineFor(engine);
  const options = normalizeOptionsFor(scenario, currentHost(engine), engine);
  const compare = (source: Source, rbc: unknown, reference: unknown, more: string[]) => ({
    engine,
    source,
    differences: differencesOf(rbc, reference, options),
    notes: [...notes, ...more],
  });
  const imageReference = await imageModeReference(docker, raw, engine, session);
  const target = { target: { ...engine.target } };
  const overlay = { ...overlayFor(scenario), ...target };
  let image = await compiled(rbcEngine, "from-image", overlay, scenario.files);
  const imageNotes = [...imageReference.notes];
  const refusal =
    image instanceof NotCompiled
      ? refusedOnPurpose(image.errors, engine.target, captured.warnings)
      : undefined;
  if (refusal !== undefined) {
    image = await compiled(
      rbcEngine,
      "from-image",
      withoutKeys(overlay, refusal.keys),
      scenario.files,
    );
    imageNotes.push(refusal.note);
  }
  const container = await compiled(rbcEngine, "from-container", {
    container: captured.containerId,
    ...target,
  });
  return [
    compare("image", image, imageReference.spec, imageNotes),
    compare("container", container, captured.spec, imageReference.containerNotes),
  ];
}

interface EngineCapture {
  readonly captured: CapturedScenario;
  /** The flag left out because the engine refuses it for want of a cgroup controller. */
  readonly leftOut: string | undefined;
  readonly notes: readonly string[];
}

/**
 * The scenario's capture on the engine; on a cgroup v2 engine that refuses a flag for want of a
 * controller (`--cpus`), the capture without that flag.
 */
async function captureOrReduce(
  raw: Scenario,
  engine: Engine,
  session: CaptureSession,
): Promise<EngineCapture> {
  try {
    const captured = await session.capture(engine, raw);
    return { captured, leftOut: undefined, notes: captured.notes };
  } catch (error) {
    const refused = error instanceof Error && refusedWithoutController.message.test(error.message);
    if (engine.cgroupVersion !== 2 || !refused) throw error;
    const { flag } = refusedWithoutController;
    const reduced = { ...raw, flags: withoutFlag(raw.flags ?? [], flag) };
    const captured = await session.capture(engine, reduced);
    const why = `captured without ${flag}, which ${engine.id} refuses without a cpu controller`;
    return { captured, leftOut: flag, notes: [...captured.notes, why] };
  }
}

/**
 * What the image source is compared with. Where the v2 engine discarded limits or refused a flag
 * for want of controllers, everything but linux.resources is its capture, and linux.resources is
 * 26.1-v1's for the whole scenario under Docker 26.1's cgroup v2 rules (cgroup-v2-resources.ts).
 * The container source is compared with the engine's capture as is: rbc reproduces the container
 * the engine holds, limits discarded.
 */
async function imageModeReference(
  docker: EngineCapture,
  raw: Scenario,
  engine: Engine,
  session: CaptureSession,
): Promise<{ spec: unknown; notes: string[]; containerNotes: string[] }> {
  const discarded = discardedLimits(docker.captured.warnings);
  if (engine.cgroupVersion !== 2 || (discarded.length === 0 && docker.leftOut === undefined)) {
    return { spec: docker.captured.spec, notes: [], containerNotes: [] };
  }
  const v1 = await session.capture(engineById("26.1-v1"), raw);
  const resources = (v1.spec as { linux?: { resources?: unknown } }).linux?.resources;
  const noControllers = `this host's cgroup2 gives ${engine.id} no controller`;
  return {
    spec: withResources(docker.captured.spec, cgroupV2Resources(resources)),
    notes: [
      `${noControllers}: linux.resources compared with 26.1-v1's under Docker 26.1's cgroup v2 ` +
        `rules, the rest with ${engine.id}'s`,
    ],
    containerNotes:
      discarded.length === 0
        ? []
        : [`${noControllers}: compared with its capture as is (the container holds what it kept)`],
  };
}

function overlayFor(scenario: Scenario): Record<string, unknown> {
  return {
    image: scenario.image,
    ...(scenario.command ? { command: [...scenario.command] } : {}),
    ...(scenario.env ? { environment: [...scenario.env] } : {}),
    ...scenario.overlay,
  };
}

/** The differences between the two specs but for the host-specific parts. */
export function differencesOf(rbc: unknown, docker: unknown, options: NormalizeOptions): string[] {
  if (rbc instanceof Error) return [`rbc did not compile: ${rbc.message}`];
  const expected = normalizeHostSpecific(docker, options);
  return describeDifferences(expected, normalizeHostSpecific(rbc, options));
}

/** Compile an overlay (and the bundle's files) in a scratch bundle: its config.json, or the error. */
async function compiled(
  engine: RbcEngine,
  name: string,
  overlay: Record<string, unknown>,
  files: Readonly<Record<string, string>> = {},
): Promise<unknown> {
  const root = await mkdtemp(join(tmpdir(), "rbc-diff-"));
  const dir = join(root, name);
  try {
    await mkdir(dir);
    await writeFile(join(dir, "bundle.yaml"), stringify(overlay));
    await writeFiles(dir, files);
    const compilation = await compileBundle(dir, engine, { rootfs: false });
    const config = compilation.files?.get("config.json");
    if (config === undefined) return new NotCompiled(compilation.diagnostics);
    return parseJson(config);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** rbc refused to compile the overlay: its error diagnostics. */
class NotCompiled extends Error {
  readonly errors: readonly Diagnostic[];
  constructor(diagnostics: readonly Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === "error");
    super(JSON.stringify(errors));
    this.errors = errors;
  }
}
