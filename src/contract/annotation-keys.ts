/**
 * The config.json annotations rbc writes at build time and reads at run time (`rbc stop`,
 * `rbc watch`). Runtimes ignore annotations they do not know (runtime-spec config.md#annotations).
 */

/** The signal that stops the container: the overlay's stop_signal or the image's StopSignal. */
export const STOP_SIGNAL_ANNOTATION = "org.opencontainers.image.stopSignal";

/**
 * The grace period in seconds `rbc stop` gives the stop signal (`stop_grace_period`). Docker keeps
 * --stop-timeout in the container's config, outside the runtime spec.
 */
export const STOP_TIMEOUT_ANNOTATION = "rbc.stop-timeout";

/**
 * The runc container id the bundle runs as (identity/): `container_name`, else
 * `rbc-<name>-<hash>`. `rbc run`, `stop`, `logs` and `watch` take it from here, and `rbc ps` knows
 * rbc's containers by it.
 */
export const CONTAINER_ID_ANNOTATION = "rbc.container-id";
