/** The image every method runs: the test image with busybox httpd (scripts/setup.sh loads it). */
export const IMAGE = "rbc.local/busybox:1";

/** What a workload's container runs: write $GREETING as the page, serve it on port 80. */
export interface Workload {
  /** Short name, in container names and the table. */
  readonly key: "sigterm" | "ignores";
  readonly title: string;
  /** The `sh -c` script the container runs. */
  readonly script: string;
}

const PAGE = 'mkdir -p /tmp/www && echo "$GREETING" > /tmp/www/index.html';

/**
 * The two workloads. `sigterm`: the shell stays PID 1 with a TERM trap, so it exits at once on
 * the stop signal. `ignores`: httpd is PID 1 (`exec`) and has no TERM handler, so the kernel drops
 * the stop signal (a namespace's init gets only the signals it handles) and only SIGKILL ends it:
 * what most images' servers do as PID 1 without an init.
 */
export const WORKLOADS: readonly Workload[] = [
  {
    key: "sigterm",
    title: "PID 1 exits on SIGTERM (sh with a TERM trap, httpd its child)",
    script: `trap "exit 0" TERM; ${PAGE} && httpd -f -p 80 -h /tmp/www & wait`,
  },
  {
    key: "ignores",
    title: "PID 1 ignores SIGTERM (httpd exec'd as PID 1, no handler)",
    script: `${PAGE} && exec httpd -f -p 80 -h /tmp/www`,
  },
];

/**
 * The grace period both sides use: `stop_grace_period` in the bundle, `docker stop -t` for the
 * Compose-like restart (Compose's default is Docker's 10 s; 2 s keeps the run short).
 */
export const GRACE_SECONDS = 2;

/** How long a change may take before the benchmark gives up on it. */
export const CHANGE_LIMIT_MS = 60_000;
