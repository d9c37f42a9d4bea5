import { ROOTFS_PARENT } from "../contract/index.ts";
import { stringifyJson } from "../json/index.ts";
import type { OciSpec } from "../spec/index.ts";
import {
  hostnameFile,
  hostsFile,
  resolvConfFile,
  type NetworkFileSettings,
} from "./network-files.ts";

/** A bundle's generated files: path relative to the bundle directory → exact content. */
export type FileSet = ReadonlyMap<string, string>;

/** Files rbc owns in a bundle directory, in the order it reports them. */
export const generatedFiles = [
  "config.json",
  "hostname",
  "hosts",
  "resolv.conf",
  ".gitignore",
  "rootfs.mtree",
  "bundle.lock",
] as const;

/**
 * The bundle's committed files for a compiled spec and the container's network settings.
 * `secretFiles` are files of the bundle directory that must never be committed either (the env
 * files it names there), relative to it.
 */
export function planBundleFiles(
  spec: unknown,
  hostname: string,
  network: NetworkFileSettings,
  secretFiles: readonly string[] = [],
): FileSet {
  const secrets = secretFiles.map((file) => `/${gitignoreLiteral(file)}\n`).join("");
  return new Map([
    ["config.json", stringifyJson(spec)],
    ["hostname", hostnameFile(hostname)],
    ["hosts", hostsFile(network)],
    ["resolv.conf", resolvConfFile(network)],
    // The materialized root filesystem, volume data, rbc run's logs and an interrupted write's
    // journal and staged files (bundle-journal.ts) are never committed. No trailing slash: a line
    // ending in `/` matches only a directory, not a file or symlink there.
    [
      ".gitignore",
      `/${ROOTFS_PARENT}\n/volumes\n/.rbc\n/.rbc-commit\n/.*.rbc-new\n/.*.rbc-tmp\n${secrets}`,
    ],
  ]);
}

/** A path as a .gitignore pattern that matches it alone: its special characters escaped. */
function gitignoreLiteral(path: string): string {
  return path.replace(/[\\*?[\]!# ]/gu, (char) => `\\${char}`);
}

/** The hostname the network files carry: the spec's, else (host UTS namespace) the bundle name. */
export function specHostname(spec: OciSpec, bundleName: string): string {
  return spec.hostname ?? bundleName;
}
