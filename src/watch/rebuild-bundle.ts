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

/** The second step of a rebuild, once its bundle compiled: write, print, restart. */
export type FinishRebuild = () => Promise<void>;

/**
 * Rebuild the bundle in `dir` because of `triggers`, in two steps, so that a batch can compile
 * several bundles at once and still write, print and restart them one at a time, in order. This
 * step says why it rebuilds, compiles the bundle and tracks what it read; the step it resolves to
 * prints the compilation's diagnostics, writes the files that changed, prints what changed, and
 * restarts its container if that is due. A failed compile logs why and keeps the last good
 * outputs and container.
 */
export async function rebuildBundle(
  dir: string,
  triggers: readonly Trigger[],
  ports: RebuildPorts,
): Promise<FinishRebuild> {
  const began = Date.now();
  ports.log(`${dir}: rebuilding (${describeTriggers(triggers)})`);
  const compiled = await compileAndTrack(dir, ports);
  // What the rebuild took: its compilation and its writing, not its wait for the batch's order.
  const compileMs = Date.now() - began;
  return async () => {
    const start = Date.now() - compileMs;
    for (const line of compiled.log) ports.log(line);
    const { bundle } = compiled;
    if (bundle?.files === undefined || hasErrors(bundle.diagnostics)) {
      const kept = ports.runs.isRunning(dir) ? " and its container" : "";
      ports.log(
        `${dir}: build failed in ${Date.now() - start} ms; kept the last good outputs${kept}`,
      );
      return;
    }
    await writeAndRestart(dir, bundle, bundle.files, start, ports);
  };
}

/**
 * Compile the bundle and track what it read, with the lines to log about it; no bundle if
 * compiling threw, after tracking what its overlay names.
 */
async function compileAndTrack(
  dir: string,
  ports: RebuildPorts,
): Promise<{ readonly bundle?: BundleCompilation; readonly log: readonly string[] }> {
  let bundle: BundleCompilation;
  try {
    bundle = await compileBundle(dir, ports.engine, { imageMemo: ports.imageMemo });
  } catch (cause) {
    ports.track(await unresolvedBundle(dir));
    return { log: [`${dir}: error: ${cause instanceof Error ? cause.message : String(cause)}`] };
  }
  ports.track(bundle);
  return { bundle, log: bundle.diagnostics.map(formatDiagnostic) };
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
  const summary = summarizeOutputs(before, files, changed, {
    ...(bundle.provenance && { provenance: bundle.provenance }),
  }).map((line) => `  ${line}`);
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
