import { readFile, rm } from "node:fs/promises";
import { constants } from "node:os";

/**
 * A container's init process as rbc started it: its host pid and its start time, in clock ticks
 * after boot (field 22 of /proc/<pid>/stat). A pid is reused once its process is gone; the pair
 * names one process for good, as runc itself tells its init apart (libcontainer's
 * `InitProcessStartTime`).
 */
export interface InitProcess {
  readonly pid: number;
  readonly startTime: string;
}

/** What /proc/<pid>/stat says of a process now: its state letter and start time. */
async function procStat(pid: number): Promise<{ state: string; startTime: string } | undefined> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => undefined);
  if (stat === undefined) return undefined;
  // The fields after the command name, which is in parentheses and may itself hold ") ".
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const [state, startTime] = [fields[0], fields[19]];
  return state === undefined || startTime === undefined ? undefined : { state, startTime };
}

/**
 * The init process whose pid runc wrote to `pidFile` (`runc run --pid-file`), read just after
 * runc returned, and the file removed; undefined when the file or the process is gone already.
 */
export async function readInitProcess(pidFile: string): Promise<InitProcess | undefined> {
  const text = await readFile(pidFile, "utf8").catch(() => undefined);
  await rm(pidFile, { force: true });
  const pid = Number(text?.trim());
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  const stat = await procStat(pid);
  return stat === undefined ? undefined : { pid, startTime: stat.startTime };
}

/**
 * Whether the process runs still: neither a zombie nor dead, and with the same start time when
 * one is given (a pid alone, as `runc state` reports it, is taken as runc checked it).
 */
export async function initRunning(init: {
  readonly pid: number;
  readonly startTime?: string;
}): Promise<boolean> {
  const stat = await procStat(init.pid);
  if (stat === undefined || exited(stat.state)) return false;
  return init.startTime === undefined || stat.startTime === init.startTime;
}

function exited(state: string): boolean {
  return state === "Z" || state === "X" || state === "x";
}

/**
 * Sends `signal` (as runc kill takes it: `TERM`, `15`) straight to the init process, as `runc
 * kill` would (kill(2) on the init's host pid), once it is checked to be the same process.
 * "gone": it has exited (nothing sent); "unknown": it runs, but Node has no number for the
 * signal's name (`RTMIN+3`), so runc must send it.
 */
export async function signalInit(
  init: InitProcess,
  signal: string,
): Promise<"sent" | "gone" | "unknown"> {
  if (!(await initRunning(init))) return "gone";
  const number = signalNumber(signal);
  if (number === undefined) return "unknown";
  try {
    process.kill(init.pid, number);
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === "ESRCH") return "gone";
    throw cause;
  }
  return "sent";
}

function signalNumber(signal: string): number | undefined {
  if (/^\d+$/.test(signal)) return Number(signal);
  const signals = constants.signals as Readonly<Record<string, number | undefined>>;
  return signals[`SIG${signal}`];
}
