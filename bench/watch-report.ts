import type { DockerSample } from "./docker-run.ts";
import type { RawSample } from "./raw-runc.ts";
import type { RbcSample } from "./rbc-watch.ts";
import { median, ratioRow, timeRow } from "./table.ts";
import { GRACE_SECONDS, type Workload } from "./web-page.ts";

/** Every sample of one workload, in round order. */
export interface WorkloadResult {
  readonly workload: Workload;
  readonly rbcPort: number;
  readonly dockerPort: number;
  readonly rbc: RbcSample[];
  /** `docker rm -f` + `docker run -d -p`. */
  readonly rm: DockerSample[];
  /** Compose-like: `docker stop -t <grace>` + `docker rm` + `docker run -d -p`. */
  readonly stop: DockerSample[];
  /** The raw runc cycle (the SIGTERM workload only). */
  readonly raw: RawSample[];
  /** The first edit after watch started: its "rebuilt in", in seconds (the warm-up change). */
  readonly first: number;
  /** Rebuilds rbc watch made on engine events during the run (another client's doing). */
  readonly engineRebuilds: number;
}

/** Issue 14's targets, for the workload that exits on SIGTERM: ratios of medians, one run. */
const RBC_OVER_DOCKER_RM_AT_MOST = 0.35;
const RESTART_OVER_RAW_AT_MOST = 2;

const seconds = (samples: readonly { seconds: number }[]): number =>
  median(samples.map((sample) => sample.seconds));

export function formatWatchReport(image: string, results: readonly WorkloadResult[]): string {
  return results.map((result) => formatWorkload(image, result)).join("\n\n");
}

function formatWorkload(image: string, result: WorkloadResult): string {
  const { workload } = result;
  return [
    `workload ${workload.key}: ${workload.title}`,
    `image ${image}, busybox httpd, grace period ${GRACE_SECONDS} s; ${result.rbc.length} rounds, ` +
      "methods rotating; seconds, median first",
    "",
    ...rbcRows(result),
    ...dockerRows(
      result.rm,
      `docker rm -f + docker run -d -p -> new page on :${result.dockerPort}`,
      ["docker rm", "  rm -f", "/usr/bin/docker rm -f, spawn to exit"],
    ),
    ...dockerRows(
      result.stop,
      `docker stop -t ${GRACE_SECONDS} + docker rm + docker run -d -p (Compose's restart)`,
      ["compose", "  stop+rm", `docker stop -t ${GRACE_SECONDS}, then docker rm`],
    ),
    ...rawRows(result.raw),
    "",
    ...ratios(result),
    "",
    ...notes(result),
  ].join("\n");
}

function rbcRows(result: WorkloadResult): string[] {
  const column = (key: keyof RbcSample): number[] => result.rbc.map((sample) => sample[key]);
  return [
    timeRow(
      "rbc",
      column("seconds"),
      `write bundle.yaml -> new page on :${result.rbcPort} (rbc watch --run)`,
    ),
    timeRow("  detect", column("detect"), 'write -> watch prints "rebuilding (changed: …)"'),
    timeRow("  rebuild", column("rebuild"), 'watch\'s "rebuilt in": compile, write config.json'),
    timeRow("  first", [result.first], 'the first edit after start (warm-up): its "rebuilt in"'),
    timeRow("  restart", column("restart"), 'watch\'s "restarted in": check, stop, start'),
    timeRow(
      "    stop",
      column("stop"),
      "stop signal, wait for exit, runc delete (poststop parks the network)",
    ),
    timeRow("    start", column("start"), "runc run --detach (create-runtime adopts the network)"),
    timeRow("  answer", column("answer"), 'watch prints "restarted" -> new page'),
  ];
}

function dockerRows(
  samples: readonly DockerSample[],
  what: string,
  [name, removeName, removeWhat]: readonly [string, string, string],
): string[] {
  const column = (key: keyof DockerSample): number[] => samples.map((sample) => sample[key]);
  return [
    timeRow(name, column("seconds"), what),
    timeRow(removeName, column("remove"), removeWhat),
    timeRow("  run -d", column("run"), "/usr/bin/docker run -d -p -e GREETING=…, spawn to exit"),
    timeRow("  answer", column("answer"), "docker run -d returned -> new page"),
  ];
}

function rawRows(samples: readonly RawSample[]): string[] {
  if (samples.length === 0) return [];
  const column = (key: keyof RawSample): number[] => samples.map((sample) => sample[key]);
  return [
    timeRow("runc", column("seconds"), "raw cycle of a copy of the bundle, no hooks, no rbc"),
    timeRow("  stop", column("stop"), "runc kill TERM, /proc until exit, runc delete"),
    timeRow("  start", column("start"), "runc run -d"),
  ];
}

function ratios(result: WorkloadResult): string[] {
  const rbc = seconds(result.rbc);
  const overRm = rbc / seconds(result.rm);
  const overStop = rbc / seconds(result.stop);
  if (result.raw.length === 0) {
    return [
      `rbc/docker rm ${overRm.toFixed(2).padStart(6)}   (no target: rm -f never waits for the process)`,
      `rbc/compose   ${overStop.toFixed(2).padStart(6)}   (no target)`,
    ];
  }
  const restarts = result.rbc.map((sample) => sample.restart);
  const overRaw = median(restarts) / seconds(result.raw);
  // "Each restart": every round's restart over that round's raw cycle.
  const worst = Math.max(
    ...restarts.map((restart, round) => restart / (result.raw[round]?.seconds ?? Number.NaN)),
  );
  return [
    ratioRow(
      "rbc/docker rm",
      overRm,
      overRm <= RBC_OVER_DOCKER_RM_AT_MOST,
      `<= ${RBC_OVER_DOCKER_RM_AT_MOST}`,
    ),
    `rbc/compose   ${overStop.toFixed(2).padStart(6)}   (no target)`,
    ratioRow(
      "restart/runc",
      overRaw,
      overRaw <= RESTART_OVER_RAW_AT_MOST,
      `<= ${RESTART_OVER_RAW_AT_MOST} (medians)`,
    ),
    ratioRow(
      "  worst round",
      worst,
      worst <= RESTART_OVER_RAW_AT_MOST,
      `<= ${RESTART_OVER_RAW_AT_MOST} (each round's restart / its raw cycle)`,
    ),
  ];
}

function notes(result: WorkloadResult): string[] {
  const timeouts = (samples: readonly { timeouts: number }[]): number =>
    samples.reduce((sum, sample) => sum + sample.timeouts, 0);
  const lines = [
    "a new request every 10 ms, each on a new connection, the first right answer counts; " +
      `requests that lost their SYN or timed out: rbc ${timeouts(result.rbc)}, ` +
      `docker ${timeouts([...result.rm, ...result.stop])}`,
  ];
  if (result.engineRebuilds > 0) {
    lines.push(
      `rbc watch also rebuilt ${result.engineRebuilds} time(s) on engine events during the run ` +
        "(another client's image or container changes, not the benchmark's)",
    );
  }
  return lines;
}
