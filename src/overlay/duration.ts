/** Nanoseconds per unit of a Go duration string, as Compose parses `stop_grace_period`. */
const unitNanoseconds: Readonly<Record<string, number>> = {
  ns: 1,
  us: 1e3,
  µs: 1e3,
  μs: 1e3,
  ms: 1e6,
  s: 1e9,
  m: 60e9,
  h: 3600e9,
};

const partPattern = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/gy;

/**
 * A duration string (`10s`, `1m30s`, `1.5h`, `500ms`, `100us`; `0` alone) in nanoseconds, or
 * undefined when it is not one. The units are Go's time.ParseDuration units, which Compose uses.
 */
export function parseDuration(text: string): number | undefined {
  if (text === "0") return 0;
  let nanoseconds = 0;
  let end = 0;
  partPattern.lastIndex = 0;
  for (let match = partPattern.exec(text); match !== null; match = partPattern.exec(text)) {
    const [, amount = "", unit = ""] = match;
    nanoseconds += Number(amount) * (unitNanoseconds[unit] ?? Number.NaN);
    end = partPattern.lastIndex;
  }
  return end === text.length && end > 0 && Number.isFinite(nanoseconds) ? nanoseconds : undefined;
}
