import { mkdir, realpath, rename, symlink } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { runPath } from "../network/run-dir.ts";

/** rbc's own launcher, two levels above this module in src/ and in dist/. */
const launcher = fileURLToPath(new URL("../../bin/rbc.js", import.meta.url));

/**
 * The environment rbc runs runc with: compiled bundles' hooks are `/usr/bin/env rbc hook …` and
 * runc gives hooks its own environment, so PATH must find this rbc (linked as
 * /run/rbc/.bin/rbc, whatever way rbc was started: npx, a global install, a checkout) and the
 * node running it.
 */
export async function hookEnvironment(): Promise<NodeJS.ProcessEnv> {
  const binDir = runPath(".bin");
  await mkdir(binDir, { recursive: true });
  // Replace the link atomically, so a hook running meanwhile never finds it missing.
  const staging = join(binDir, `.rbc-${process.pid}`);
  await symlink(await realpath(launcher), staging);
  await rename(staging, join(binDir, "rbc"));
  const path = [binDir, dirname(process.execPath), process.env.PATH ?? ""].join(":");
  return { ...process.env, PATH: path };
}
