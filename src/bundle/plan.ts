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

/** The bundle's committed files for a compiled spec and the container's network settings. */
export function planBundleFiles(
  spec: unknown,
  hostname: string,
  network: NetworkFileSettings,
): FileSet {
  return new Map([
    ["config.json", stringifyJson(spec)],
    ["hostname", hostnameFile(hostname)],
    ["hosts", hostsFile(network)],
    ["resolv.conf", resolvConfFile(network)],
    [".gitignore", gitignoreFile(spec)],
  ]);
}

/** The hostname the network files carry: the spec's, else (host UTS namespace) the bundle name. */
export function specHostname(spec: OciSpec, bundleName: string): string {
  return spec.hostname ?? bundleName;
}
