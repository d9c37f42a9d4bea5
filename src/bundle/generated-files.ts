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
