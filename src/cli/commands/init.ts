import { join } from "node:path";
import { newBundleDir } from "../../bundle-argument.ts";
import { hasErrors } from "../../diagnostics.ts";
import type { InitOutcome } from "../../init-bundle.ts";
import { readDockerRun } from "../../init/index.ts";
import type { Engine } from "../../resolve/index.ts";
import { exitCodes, reportDiagnostics } from "../report.ts";
import { note, type Terminal } from "../terminal.ts";

export interface InitFlags {
  readonly fromContainer: string | undefined;
  readonly fromRun: boolean;
  readonly force: boolean;
}

/**
 * `rbc init IMAGE DIR`, `rbc init --from-container NAME [DIR]` and
 * `rbc init --from-run [DIR] -- docker run ARGS…`: write a new bundle's overlay.
 */
export async function initCommand(
  words: readonly string[],
  flags: InitFlags,
  engine: () => Promise<Engine>,
  terminal: Terminal,
): Promise<number> {
  const usage = usageProblem(words, flags);
  if (usage !== undefined) {
    terminal.err(`error: ${usage}\n(run rbc init --help for usage)\n`);
    return exitCodes.invalidInput;
  }
  const outcome = await initOutcome(words, flags, engine);
  reportDiagnostics(terminal, outcome.diagnostics);
  if (hasErrors(outcome.diagnostics)) return exitCodes.invalidInput;
  note(terminal, `✓ wrote ${outcome.written.map((f) => join(outcome.dir, f)).join(", ")}\n`);
  return exitCodes.ok;
}

async function initOutcome(
  words: readonly string[],
  flags: InitFlags,
  engine: () => Promise<Engine>,
): Promise<InitOutcome> {
  const options = { force: flags.force };
  if (flags.fromRun) {
    const { initFromRun } = await import("../../init-from-run.ts");
    const at = dockerRunAt(words);
    const dir = words[0] === undefined || at === 0 ? undefined : newBundleDir(words[0]);
    return initFromRun(words.slice(at + 2), dir, await engine(), options);
  }
  const init = await import("../../init-bundle.ts");
  if (flags.fromContainer !== undefined) {
    const given = words[0];
    const dir = given === undefined ? join("bundles", flags.fromContainer) : newBundleDir(given);
    return init.initFromContainer(flags.fromContainer, dir, await engine(), options);
  }
  const [image = "", dir = ""] = words;
  return init.initFromImage(image, newBundleDir(dir), options);
}

/** Where `docker run` starts among the words (-1: nowhere). */
function dockerRunAt(words: readonly string[]): number {
  return words.findIndex((w, i) => w === "docker" && words[i + 1] === "run");
}

function usageProblem(words: readonly string[], flags: InitFlags): string | undefined {
  if (flags.fromRun && flags.fromContainer !== undefined) {
    return "--from-run and --from-container exclude each other";
  }
  if (flags.fromRun) {
    const at = dockerRunAt(words);
    if (at === -1)
      return "--from-run takes a docker run command line: rbc init --from-run [DIR] -- docker run ARGS…";
    if (at > 1) return `unexpected ${words.slice(1, at).join(" ")} before docker run`;
    // Without DIR, --name names the bundle; a command line that cannot be read says why itself.
    const read = readDockerRun(words.slice(at + 2)).value;
    return at === 0 && read !== undefined && read.name === undefined
      ? "--from-run needs the bundle directory or a --name: rbc init --from-run DIR -- docker run ARGS…"
      : undefined;
  }
  if (flags.fromContainer !== undefined) {
    return words.length > 1
      ? `--from-container takes one bundle directory, not ${words.length}`
      : undefined;
  }
  return words.length === 2
    ? undefined
    : "rbc init takes an IMAGE and a bundle DIR (or --from-container, --from-run)";
}
