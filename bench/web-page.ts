/** The image both methods run: the test image with busybox httpd (scripts/setup.sh loads it). */
export const IMAGE = "rbc.local/busybox:1";

/**
 * What both containers run: write $GREETING as the page, serve it with busybox httpd on port 80.
 * The shell stays PID 1 with a TERM trap: httpd as PID 1 would ignore SIGTERM (the kernel drops
 * signals that PID 1 has no handler for), and every restart would sit out the grace period.
 */
export const SERVE_SCRIPT =
  'trap "exit 0" TERM; mkdir -p /tmp/www && echo "$GREETING" > /tmp/www/index.html && ' +
  "httpd -f -p 80 -h /tmp/www & wait";

/** How long a change may take before the benchmark gives up on it. */
export const CHANGE_LIMIT_MS = 60_000;
