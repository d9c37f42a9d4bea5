import type { DockerSample } from "./docker-run.ts";
import type { RbcSample } from "./rbc-watch.ts";
import { median, ratioRow, timeRow } from "./table.ts";

/** Every sample of one watch benchmark run, in round order. */
export interface WatchResult {
  readonly image: string;
  readonly rbcPort: number;
  readonly dockerPort: number;
  readonly rbc: readonly RbcSample[];
  readonly docker: readonly DockerSample[];
  /** Rebuilds rbc watch made on engine events during the run (another client's doing). */
  readonly engineRebuilds: number;
}

/** The target: rbc's loop at most half of Docker's, as a ratio of medians from the same run. */
const RBC_OVER_DOCKER_AT_MOST = 0.5;

/** rbc/docker, median over median. */
export function rbcOverDocker(result: WatchResult): number {
  const seconds = (samples: readonly { seconds: number }[]): number =>
    median(samples.map((sample) => sample.seconds));
  return seconds(result.rbc) / seconds(result.docker);
}

export function formatWatchReport(result: WatchResult): string {
  const ratio = rbcOverDocker(result);
  return [
    `image ${result.image}, busybox httpd; ${result.rbc.length} rounds, methods alternating; ` +
      "seconds, median first",
    "",
    ...rbcRows(result),
    ...dockerRows(result),
    "",
    ratioRow(
      "rbc/docker",
      ratio,
      ratio <= RBC_OVER_DOCKER_AT_MOST,
      `<= ${RBC_OVER_DOCKER_AT_MOST}`,
    ),
    "",
    ...notes(result),
  ].join("\n");
}

function rbcRows(result: WatchResult): string[] {
  const column = (key: keyof RbcSample): number[] => result.rbc.map((sample) => sample[key]);
  return [
    timeRow(
      "rbc",
      column("seconds"),
      `write bundle.yaml -> new page on :${result.rbcPort} (rbc watch --run)`,
    ),
    timeRow("  detect", column("detect"), 'write -> watch prints "rebuilding (changed: …)"'),
    timeRow("  rebuild", column("rebuild"), 'watch\'s "rebuilt in": compile, write config.json'),
    timeRow("  restart", column("restart"), 'watch\'s "restarted in": stop + start'),
    timeRow(
      "    stop",
      column("stop"),
      "SIGTERM, wait for exit, runc delete (poststop parks the network)",
    ),
    timeRow(
      "    start",
      column("start"),
      "checks, runc run --detach (create-runtime adopts the network)",
    ),
    timeRow("  answer", column("answer"), 'watch prints "restarted" -> new page'),
  ];
}

function dockerRows(result: WatchResult): string[] {
  const column = (key: keyof DockerSample): number[] => result.docker.map((sample) => sample[key]);
  return [
    timeRow(
      "docker",
      column("seconds"),
      `docker rm -f + docker run -d -p -> new page on :${result.dockerPort}`,
    ),
    timeRow("  rm -f", column("rm"), "/usr/bin/docker rm -f, spawn to exit"),
    timeRow("  run -d", column("run"), "/usr/bin/docker run -d -p -e GREETING=…, spawn to exit"),
    timeRow("  answer", column("answer"), "docker run -d returned -> new page"),
  ];
}

function notes(result: WatchResult): string[] {
  const timeouts = (samples: readonly { timeouts: number }[]): number =>
    samples.reduce((sum, sample) => sum + sample.timeouts, 0);
  const lines = [
    "a new request every 10 ms, each on a new connection, the first right answer counts; " +
      `requests that lost their SYN or timed out: rbc ${timeouts(result.rbc)}, docker ${timeouts(result.docker)}`,
  ];
  if (result.engineRebuilds > 0) {
    lines.push(
      `rbc watch also rebuilt ${result.engineRebuilds} time(s) on engine events during the run ` +
        "(another client's image or container changes, not the benchmark's)",
    );
  }
  return lines;
}
