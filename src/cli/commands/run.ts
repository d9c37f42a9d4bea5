import { compileBundles } from "../../compile-bundles.ts";
import { materializeBundles } from "../../materialize-bundles.ts";
import type { Engine } from "../../resolve/index.ts";
import {
  findRunc,
  hookEnvironment,
  prepareStart,
  runcAdapter,
  runForeground,
  startDetached,
  type RunBundle,
} from "../../run/index.ts";
import type { RunVerification } from "../../run-preflight.ts";
import { openRunBundle } from "../open-run-bundle.ts";
import { printPrepared, printRefusal } from "../print-preflight.ts";
import { printMaterialized } from "../print-rootfs.ts";
import {
  allDiagnostics,
  exitCodes,
  problemExitCode,
  reportDiagnostics,
  reportUnavailable,
} from "../report.ts";
import { note, paint, trackOf, type Terminal } from "../terminal.ts";

export interface RunFlags {
  readonly detach: boolean;
  readonly runc: string | undefined;
  /** What to check before starting (run-preflight.ts): `stat` by default. */
  readonly verify: RunVerification;
}

/**
 * `rbc run <bundle>`: run a compiled bundle under runc as its container id, once it is checked
 * (its compiled files against its overlay and lock, its rootfs/ against rootfs.mtree,
 * materializing it when missing) and its volumes and bind sources exist. In the foreground, the
 * container's exit code is rbc's; with --detach, the id is printed and the container's output
 * goes to `<bundle>/.rbc/run.log`.
 */
export async function runCommand(
  given: string,
  flags: RunFlags,
  engine: () => Promise<Engine>,
  terminal: Terminal,
): Promise<number> {
  const runc = runcAdapter(await findRunc(flags.runc), await hookEnvironment());
  const opened = await openRunBundle(given, terminal);
  if (typeof opened === "number") return opened;
  const { path, bundle } = opened;
  const fail = (message: string, code: number): number => {
    terminal.err(`${paint(terminal, "red", `${path}: error: ${message}`)}\n`);
    return code;
  };
  if (flags.detach && bundle.terminal) {
    return fail(
      "process.terminal is true: runc needs a console socket for it, so the bundle cannot run detached (run it in the foreground, or set tty: false)",
      exitCodes.invalidInput,
    );
  }
  // First what runc needs (nothing running under this id, the network's plugins and ports): a
  // running container is the answer before anything about its files.
  await prepareStart(runc, bundle);
  let materialized: number = exitCodes.ok;
  const preflight = await import("../../run-preflight.ts");
  const checked = await preflight.checkBeforeRun(bundle, {
    verify: flags.verify,
    path,
    track: trackOf(terminal),
    materialize: async () => {
      note(terminal, `${path}: rootfs/ is missing; materializing it\n`);
      materialized = await materialize(bundle, await engine(), terminal);
      return materialized === exitCodes.ok;
    },
  });
  if (!checked.ok) {
    if (checked.refusal.kind === "no-rootfs") return materialized;
    const { exitCode, reason } = printRefusal(terminal, checked.refusal);
    return fail(`not started: ${reason} (rbc run --no-verify runs it as it is)`, exitCode);
  }
  await preflight.removeExtraPaths(bundle, checked.extra);
  const volumes = await preflight.prepareRunVolumes(bundle, checked.overlay);
  printPrepared(terminal, path, { removed: checked.extra, volumes });
  // `${VAR}` in the bundle's environment reads this rbc's environment, as `docker compose` does.
  const launch = {
    warn: (message: string) => {
      terminal.err(`${path}: warning: ${message}\n`);
    },
  };
  if (!flags.detach) return runForeground(runc, bundle, launch);
  await startDetached(runc, bundle, launch);
  terminal.out(`${bundle.id}\n`);
  return exitCodes.ok;
}

async function materialize(bundle: RunBundle, engine: Engine, terminal: Terminal): Promise<number> {
  const { compileBundle } = await import("../../compile.ts");
  const track = trackOf(terminal);
  const bundles = await compileBundles([bundle.dir], (dir) =>
    track(dir, "compiling", (onProgress) => compileBundle(dir, engine, { onProgress })),
  );
  reportDiagnostics(terminal, allDiagnostics(bundles));
  reportUnavailable(terminal, bundles);
  const problem = problemExitCode(bundles);
  if (problem !== undefined) return problem;
  const materialized = materializeBundles(bundles.compiled, engine, track);
  const ok = await printMaterialized(terminal, materialized);
  return ok ? exitCodes.ok : exitCodes.environment;
}
