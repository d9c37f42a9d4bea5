import { stringifyJson } from "../json/index.ts";
import type { OciSpec } from "../spec/index.ts";
import { gitignoreFile } from "./gitignore-file.ts";
import {
  hostnameFile,
  hostsFile,
  resolvConfFile,
  type NetworkFileSettings,
} from "./network-files.ts";

/** A bundle's generated files: path relative to the bundle directory → exact content. */
export type FileSet = ReadonlyMap<string, string>;

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
    // rbc's own paths and writable bind sources (gitignore-file.ts), then the env files the
    // overlay names inside the bundle directory.
    [".gitignore", `${gitignoreFile(spec)}${secrets}`],
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
