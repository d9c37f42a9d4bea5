import { error, type Diagnostic } from "../../diagnostics.ts";
import { explainBundle } from "../../explain-bundle.ts";
import { findBundleDir } from "../../find-bundle-dirs.ts";
import { parseJson } from "../../json/index.ts";
import { explainFields } from "../../provenance/index.ts";
import type { Engine } from "../../resolve/index.ts";
import { printExplained } from "../print-explain.ts";
import { diagnosticJson, exitCodes, reportDiagnostics } from "../report.ts";
import { commandsOnStderr, type Terminal } from "../terminal.ts";

/**
 * `rbc explain <bundle> [pointer…]`: each field of the bundle's config.json with its value and the
 * input that decided it, from the lock alone when it can (no engine). Exit 2 for a bundle that
 * does not compile or a pointer to no field.
 */
export async function explainCommand(
  given: string,
  pointers: readonly string[],
  options: { readonly json: boolean },
  engine: () => Promise<Engine>,
  terminal: Terminal,
): Promise<number> {
  const log = options.json ? commandsOnStderr(terminal) : terminal;
  const found = await findBundleDir(given);
  if (found.value === undefined) {
    reportDiagnostics(log, found.diagnostics);
    return exitCodes.invalidInput;
  }
  const dir = found.value;
  const malformed = pointers.filter((p) => p !== "" && !p.startsWith("/")).map(notAPointer);
  if (malformed.length > 0) {
    reportDiagnostics(log, malformed);
    return exitCodes.invalidInput;
  }
  const { compilation, offline, stale, built } = await explainBundle(dir, engine);
  const config = compilation.files?.get("config.json");
  const { provenance } = compilation;
  if (config === undefined || provenance === undefined) {
    reportDiagnostics(log, compilation.diagnostics);
    return exitCodes.invalidInput;
  }
  const explained = explainFields(parseJson(config), provenance, pointers);
  // The mistake is the argument, not config.json: located on the command line, by its text.
  const diagnostics = explained.unknown.map((p) =>
    error("BND602", `argument ${p}: config.json has no field ${p} and nothing decides one`),
  );
  reportDiagnostics(log, diagnostics);
  const exitCode = diagnostics.length > 0 ? exitCodes.invalidInput : exitCodes.ok;
  if (!built) {
    log.err(`${dir}: not built (no config.json): explaining what the overlay compiles to\n`);
  } else if (stale) {
    log.err(`${dir}: config.json is stale: explaining what the overlay compiles to now\n`);
  }
  if (options.json) {
    const output = {
      command: "explain",
      exitCode,
      bundle: dir,
      offline,
      stale,
      built,
      fields: explained.fields,
      diagnostics: diagnostics.map(diagnosticJson),
    };
    terminal.out(`${JSON.stringify(output, bigints, 2)}\n`);
  } else printExplained(terminal, explained.fields);
  return exitCode;
}

/** A command-line pointer without its leading `/` (`process/env`): RFC 6901 pointers start with one. */
function notAPointer(given: string): Diagnostic {
  const message = `argument "${given}" is not a JSON pointer: a JSON pointer starts with / (/${given})`;
  return error("BND602", message);
}

/** config.json's uint64 rlimits come back from its parser as bigints; JSON has numbers. */
function bigints(_key: string, value: unknown): unknown {
  return typeof value === "bigint" ? Number(value) : value;
}
