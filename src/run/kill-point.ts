/**
 * Test-only fault injection, as containerd's failpoints: the steps of a restart where an
 * end-to-end test can make rbc die by SIGKILL, to check that whatever state that leaves, the next
 * `rbc stop`, `rbc run` or `rbc watch` cleans up. Inert unless `RBC_TEST_KILL_AT` names a point.
 *
 * rbc's own points kill rbc itself. The hook launcher's (libexec/hook-launcher.sh) run in the hook
 * process, which runc starts: they kill `RBC_TEST_KILL_PID`, the rbc that runs runc (the hook and
 * runc go on, as they do when only rbc is killed), or, negative, a process group (rbc, runc and
 * the hook all die, as when a service manager kills them).
 */
export const killPoints = [
  /** A restart begins: the old container runs, nothing is marked. */
  "restart",
  /** The restart mark is written; the old container is not signalled yet. */
  "restart-marked",
  /** The old container has been sent its stop signal; rbc has not waited for it. */
  "stop-signalled",
  /** The old container has exited and is not deleted yet. */
  "stop-exited",
  /** Launcher: `runc delete`'s poststop hook is about to park the network. */
  "poststop-parking",
  /** The old container is deleted, its network parked; the mark is not cleared yet. */
  "restart-deleted",
  /** The new container is about to be created. */
  "restart-starting",
  /** Launcher: the new container's create-runtime hook is about to adopt the parked network. */
  "create-runtime-adopting",
  /** Launcher: the network is adopted; runc has still to start the container. */
  "create-runtime-adopted",
  /** The new container runs; the watch has not reported the restart. */
  "restart-started",
] as const;
export type KillPoint = (typeof killPoints)[number];

/** SIGKILLs this process when `RBC_TEST_KILL_AT` names `point`; does nothing otherwise. */
export function killPoint(point: KillPoint): void {
  if (process.env.RBC_TEST_KILL_AT === point) process.kill(process.pid, "SIGKILL");
}
