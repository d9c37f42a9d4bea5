import { chmod, mkdir, realpath, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { hookBinDir, hookLauncherScript, readHookLauncherTemplate } from "./hook-launcher.ts";

/** rbc's own launcher, two levels above this module in src/ and in dist/. */
const launcher = fileURLToPath(new URL("../../bin/rbc.js", import.meta.url));

/**
 * The environment rbc runs runc with: compiled bundles' hooks are `/usr/bin/env rbc hook …` and
 * runc gives hooks its own environment, so PATH must find this rbc, whatever way rbc was started
 * (npx, a global install, a checkout): `rbc` in this install's own directory under
 * /run/rbc/.bin (hookBinDir), libexec/hook-launcher.sh with its header. Each install has its own,
 * so two checkouts on one host never rewrite each other's.
 */
export async function hookEnvironment(): Promise<NodeJS.ProcessEnv> {
  const settings = { node: process.execPath, launcher: await realpath(launcher) };
  const binDir = hookBinDir(settings);
  await mkdir(binDir, { recursive: true, mode: 0o755 });
  // Replace the launcher atomically, so a hook running meanwhile never finds it missing.
  const staging = join(binDir, `.rbc-${process.pid}`);
  const script = hookLauncherScript(await readHookLauncherTemplate(), settings);
  await writeFile(staging, script);
  await chmod(staging, 0o755);
  await rename(staging, join(binDir, "rbc"));
  return { ...process.env, PATH: `${binDir}:${process.env.PATH ?? ""}` };
}
