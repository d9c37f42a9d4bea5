import { closestName } from "./closest-name.ts";

/** Linux signal names as Docker's signal.ParseSignal knows them, without the `SIG` prefix. */
const signalNames: readonly string[] = [
  ...["ABRT", "ALRM", "BUS", "CHLD", "CLD", "CONT", "FPE", "HUP", "ILL", "INT", "IO", "IOT"],
  ...["KILL", "PIPE", "POLL", "PROF", "PWR", "QUIT", "SEGV", "STKFLT", "STOP", "SYS", "TERM"],
  ...["TRAP", "TSTP", "TTIN", "TTOU", "URG", "USR1", "USR2", "VTALRM", "WINCH", "XCPU", "XFSZ"],
  "RTMIN",
  ...Array.from({ length: 15 }, (_, i) => `RTMIN+${i + 1}`),
  ...Array.from({ length: 14 }, (_, i) => `RTMAX-${14 - i}`),
  "RTMAX",
];

/**
 * Why `signal` is not a stop signal Docker accepts, or undefined when it is one: a name with or
 * without `SIG` in any case (`SIGTERM`, `term`), or a number from 1 to 64. Kept as written.
 */
export function stopSignalProblem(signal: string): string | undefined {
  if (/^\d+$/.test(signal)) {
    const number = Number(signal);
    return number >= 1 && number <= 64 ? undefined : problem(signal, undefined);
  }
  const upper = signal.toUpperCase();
  const prefix = upper.startsWith("SIG") ? "SIG" : "";
  const name = upper.slice(prefix.length);
  if (signalNames.includes(name)) return undefined;
  const suggestion = closestName(name, signalNames);
  return problem(signal, suggestion === undefined ? undefined : `${prefix}${suggestion}`);
}

function problem(signal: string, suggestion: string | undefined): string {
  const hint = suggestion === undefined ? "" : `; did you mean "${suggestion}"?`;
  return `"stop_signal" must be a signal name such as "SIGTERM" or "TERM", or a number from 1 to 64, got ${JSON.stringify(signal)}${hint}`;
}
