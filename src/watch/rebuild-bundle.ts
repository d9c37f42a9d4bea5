import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { type FileSet, writeBundleFiles } from "../bundle/index.ts";
import { compileBundle, type BundleCompilation } from "../compile.ts";
import { formatDiagnostic, hasErrors } from "../diagnostics.ts";
import type { Engine, ImageMemo } from "../resolve/index.ts";
import type { ContainerRuns } from "./container-runs.ts";
import { describeTriggers, type Trigger } from "./trigger.ts";
import { summarizeOutputs } from "./summarize-outputs.ts";
import { unresolvedBundle } from "./unresolved-bundle.ts";

export interface RebuildPorts {
  readonly engine: Engine;
  readonly log: (line: string) => void;
  /** Answers about images kept from earlier compilations. */
  readonly imageMemo: ImageMemo;
  readonly runs: Pick<ContainerRuns, "isRunning" | "runningBefore" | "afterBuild">;
  /** Record what a compilation read, and watch the files it read. */
  readonly track: (bundle: BundleCompilation) => void;
}

/** Outputs read before a rebuild writes, for the change summary. */
const summarized = ["config.json", "rootfs.mtree"];

/**
 * Rebuild the bundle in `dir` because of `triggers`: recompile it, track what it read, write the
 * files that changed, print what changed, and restart its container if that is due. A failed
 * compile logs why and keeps the last good outputs and container.
 */
export async function rebuildBundle(
  dir: string,
  triggers: readonly Trigger[],
  ports: RebuildPorts,
): Promise<void> {
  const began = Date.now();
  ports.log(`${dir}: rebuilding (${describeTriggers(triggers)})`);
  const bundle = await compileAndTrack(dir, ports);
  if (bundle?.files === undefined || hasErrors(bundle.diagnostics)) {
    const kept = ports.runs.isRunning(dir) ? " and its container" : "";
    ports.log(
      `${dir}: build failed in ${Date.now() - began} ms; kept the last good outputs${kept}`,
    );
    return;
  }
  await writeAndRestart(dir, bundle, bundle.files, began, ports);
}

/**
 * Compile the bundle and track what it read; undefined if compiling threw, after tracking what its
 * overlay names.
 */
async function compileAndTrack(
  dir: string,
  ports: RebuildPorts,
): Promise<BundleCompilation | undefined> {
  let bundle: BundleCompilation;
  try {
    bundle = await compileBundle(dir, ports.engine, { imageMemo: ports.imageMemo });
  } catch (cause) {
    ports.log(`${dir}: error: ${cause instanceof Error ? cause.message : String(cause)}`);
    ports.track(await unresolvedBundle(dir));
    return undefined;
  }
  for (const d of bundle.diagnostics) ports.log(formatDiagnostic(d));
  ports.track(bundle);
  return bundle;
}

async function writeAndRestart(
  dir: string,
  bundle: BundleCompilation,
  files: FileSet,
  began: number,
  ports: RebuildPorts,
): Promise<void> {
  const before = await readOutputs(dir);
  const running = await ports.runs.runningBefore(dir);
  const changed = await writeBundleFiles(dir, files);
  const wrote = changed.length ? `wrote ${changed.join(", ")}` : "up to date";
  const summary = summarizeOutputs(before, files, changed).map((line) => `  ${line}`);
  // One write: whoever reads the log never sees the report without its summary.
  ports.log([`${dir}: rebuilt in ${Date.now() - began} ms: ${wrote}`, ...summary].join("\n"));
  await ports.runs.afterBuild(bundle, changed, running);
}

async function readOutputs(dir: string): Promise<Map<string, string>> {
  const outputs = new Map<string, string>();
  for (const name of summarized) {
    const text = await readFile(join(dir, name), "utf8").catch(() => undefined);
    if (text !== undefined) outputs.set(name, text);
  }
  return outputs;
}
