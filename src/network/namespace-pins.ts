import { execFile } from "node:child_process";
import { mkdir, rm, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  namespacePinLeaf,
  pinnedNamespaces,
  runPath,
  sharedBundleFiles,
  type PinnedNamespace,
} from "../contract/index.ts";
import { NetworkSetupError } from "../errors/index.ts";

/**
 * Pins the container's namespaces under /run/rbc/<id>/ns/ with bind mounts of /proc/<pid>/ns/*,
 * so they outlive its processes for CNI DEL and can be joined by `container:NAME` bundles, and
 * links the bundle's network files and shm there for those bundles to bind.
 */
export async function pinNamespaces(name: string, pid: number, bundleDir: string): Promise<void> {
  await mkdir(runPath(name, "ns"), { recursive: true });
  for (const type of pinnedNamespaces) {
    const pin = runPath(name, namespacePinLeaf(type));
    await writeFile(pin, "");
    await run("mount", ["--bind", `/proc/${pid}/ns/${type}`, pin]);
  }
  for (const file of sharedBundleFiles) {
    await rm(runPath(name, file), { force: true });
    await symlink(join(bundleDir, file), runPath(name, file));
  }
}

/** Unmounts the pins and removes /run/rbc/<id>/; pins that are not mounted are skipped. */
export async function unpinNamespaces(name: string): Promise<void> {
  for (const type of pinnedNamespaces) await unpinNamespace(name, type);
  await rm(runPath(name), { recursive: true, force: true });
}

/** Unmounts one pin; a pin that is not mounted is skipped. */
export async function unpinNamespace(name: string, type: PinnedNamespace): Promise<void> {
  await run("umount", [runPath(name, namespacePinLeaf(type))]).catch(() => undefined);
}

function run(command: string, args: readonly string[]): Promise<void> {
  return new Promise((done, fail) => {
    execFile(command, [...args], (error, _stdout, stderr) => {
      if (error === null) done();
      else
        fail(
          new NetworkSetupError(`${command} ${args.join(" ")}: ${stderr.trim() || error.message}`),
        );
    });
  });
}
