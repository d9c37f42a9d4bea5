import { median, ratioRow, timeRow } from "./table.ts";

/** One run of a command: wall time, spawn to exit, and the CPU time of it and its children. */
export interface TimedSample {
  readonly seconds: number;
  readonly cpuSeconds: number;
}

/** One timed command of the start-up benchmark: its sample name and one run. */
export interface Timed {
  readonly name: string;
  readonly run: () => Promise<TimedSample>;
}

/** Each command's runs in round order, by sample name (`version`, `compare version`, …). */
export type StartupSamples = Map<string, TimedSample[]>;

/** The issue's targets (issue 14): ratios of medians in the same run, and one absolute time. */
const VERSION_OVER_NODE = 1.3;
const OFFLINE_SECONDS = 0.4;
const ONLINE_OVER_INSPECT = 1.5;

/** One-minute load averages, before the first round and after the last, and the CPUs. */
interface Load {
  readonly before: readonly number[];
  readonly after: readonly number[];
  readonly cpus: number;
}

export function formatStartupReport(result: {
  readonly samples: StartupSamples;
  readonly rounds: number;
  readonly load: Load;
  readonly compare: string | undefined;
}): string {
  const { samples, compare } = result;
  const runs = (name: string) => (samples.get(name) ?? []).map((sample) => sample.seconds);
  const cpu = (name: string) => median((samples.get(name) ?? []).map((s) => s.cpuSeconds));
  const row = (name: string, label: string, what: string) => timeRow(label, runs(name), what, 3);
  const rbcRows = (name: string, what: string) => [
    row(name, name, `node bin/rbc.js ${what}`),
    ...(compare === undefined
      ? []
      : [row(`compare ${name}`, "  compared", `the same, ${compare}`)]),
  ];
  return [
    `bundle bundles/web (image rbc.local/busybox:1) in a scratch repository; ${result.rounds} rounds, ` +
      "order rotating; seconds, median first",
    `load average (1 min) ${loadText(result.load)}`,
    "",
    row("node", "node", "node -e 0"),
    ...rbcRows("version", "--version"),
    ...rbcRows("offline", "check --offline bundles/web"),
    row(
      "inspect",
      "inspect",
      "node: one GET /images/<ref>/json on the engine's socket, plain http",
    ),
    row("docker", "docker", "/usr/bin/docker image inspect <ref> (not in the ratios)"),
    ...rbcRows("online", "check bundles/web (unchanged)"),
    "",
    ...targetRows(runs, compare !== undefined),
    "",
    ...cpuRows(cpu, compare !== undefined),
  ].join("\n");
}

/**
 * The CPU time (user and system, the command's children included, median) of each command, which
 * a loaded machine inflates far less than the wall time, and its ratios. Shown, not a target.
 */
function cpuRows(cpu: (name: string) => number, compare: boolean): string[] {
  const seconds = (names: readonly string[], prefix = "") =>
    names.map((name) => `${name} ${cpu(`${prefix}${name}`).toFixed(3)}`).join(", ");
  const ratios = (prefix: string) =>
    [
      `version/node ${(cpu(`${prefix}version`) / cpu("node")).toFixed(2)}`,
      `offline/node ${(cpu(`${prefix}offline`) / cpu("node")).toFixed(2)}`,
      `online/insp. ${(cpu(`${prefix}online`) / cpu("inspect")).toFixed(2)}`,
    ].join(", ");
  const rbc = ["version", "offline", "online"];
  return [
    "cpu seconds (user + system, children included; median), not targets:",
    `  ${seconds(["node", "inspect", "docker", ...rbc])}`,
    `  ratios: ${ratios("")}`,
    ...(compare
      ? [`  compared: ${seconds(rbc, "compare ")}`, `  compared ratios: ${ratios("compare ")}`]
      : []),
  ];
}

/** Each target's row, and with --compare the compared checkout's row under it. */
function targetRows(runs: (name: string) => number[], compare: boolean): string[] {
  const node = median(runs("node"));
  const inspect = median(runs("inspect"));
  const rows = (label: string, prefix: string) => {
    const version = median(runs(`${prefix}version`)) / node;
    const offline = median(runs(`${prefix}offline`));
    const online = median(runs(`${prefix}online`)) / inspect;
    return [
      ratioRow(
        label || "version/node",
        version,
        version <= VERSION_OVER_NODE,
        `<= ${VERSION_OVER_NODE}`,
      ),
      ratioRow(label || "offline s", offline, offline < OFFLINE_SECONDS, `< ${OFFLINE_SECONDS} s`),
      ratioRow(
        label || "online/insp.",
        online,
        online <= ONLINE_OVER_INSPECT,
        `<= ${ONLINE_OVER_INSPECT}`,
      ),
    ];
  };
  const own = rows("", "");
  if (!compare) return own;
  const compared = rows("  compared", "compare ");
  return own.flatMap((row, index) => [row, compared[index] as string]);
}

function loadText(load: Load): string {
  const one = (averages: readonly number[]) => (averages[0] ?? Number.NaN).toFixed(2);
  return `${one(load.before)} before, ${one(load.after)} after (${load.cpus} CPUs)`;
}
