import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { parkingFiles, rbcRunDirs, RUN_ROOT } from "../contract/index.ts";

/** libexec/hook-launcher.sh, two levels above this module in src/ and in dist/. */
const templateUrl = new URL("../../libexec/hook-launcher.sh", import.meta.url);

/** What the launcher's header sets: this host's paths and the run layout it reads. */
export interface HookLauncherSettings {
  /** This host's node binary. */
  readonly node: string;
  /** rbc's bin/rbc.js. */
  readonly launcher: string;
  /** Default /run/rbc; tests point it elsewhere. */
  readonly runRoot?: string;
}

/**
 * The directory holding the launcher of one rbc install (its node and bin/rbc.js), put first on
 * runc's PATH: `/run/rbc/.bin/<16 hex digits of their sha256>`.
 */
export function hookBinDir(settings: Pick<HookLauncherSettings, "node" | "launcher">): string {
  const key = createHash("sha256").update(`${settings.node}\0${settings.launcher}`).digest("hex");
  return `${rbcRunDirs.hookBin}/${key.slice(0, 16)}`;
}

/** The launcher script as it ships, without its header (libexec/hook-launcher.sh). */
export function readHookLauncherTemplate(): Promise<string> {
  return readFile(templateUrl, "utf8");
}

/**
 * The `rbc` that compiled bundles' hooks find on runc's PATH when rbc runs runc: the shipped
 * launcher with a header that sets `node`, `launcher`, `run_root` and one `file_<key>` per parking
 * file, so the script and the Node side read the same names from the contract. The script lives in
 * /run, never in a bundle.
 */
export function hookLauncherScript(template: string, settings: HookLauncherSettings): string {
  const [shebang = "", ...rest] = template.split("\n");
  const header = [
    `node=${quote(settings.node)}`,
    `launcher=${quote(settings.launcher)}`,
    `run_root=${quote(settings.runRoot ?? RUN_ROOT)}`,
    ...Object.entries(parkingFiles).map(([key, file]) => `file_${key}=${quote(file)}`),
  ];
  return [shebang, ...header, ...rest].join("\n");
}

/** A shell word for `text`, single-quoted. */
function quote(text: string): string {
  return `'${text.replaceAll("'", "'\\''")}'`;
}
