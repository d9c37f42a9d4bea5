import { spawn } from "node:child_process";
import { readlink } from "node:fs/promises";
import { describe, expect, it, onTestFinished } from "vitest";
import { NetworkSetupError } from "../../src/errors/index.ts";
import { assertOwnNetworkNamespace } from "../../src/network/own-network-namespace.ts";

/** A process in a network namespace of its own (`unshare --net`, as root), killed after the test. */
async function processInOwnNetworkNamespace(): Promise<number> {
  const child = spawn("unshare", ["--net", "sleep", "30"], { stdio: "ignore" });
  onTestFinished(() => {
    child.kill("SIGKILL");
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error("unshare did not start");
  // unshare execs sleep once the namespace exists; wait until the pid's namespace differs.
  const self = await readlink("/proc/self/ns/net");
  for (let i = 0; i < 200; i += 1) {
    const its = await readlink(`/proc/${pid}/ns/net`).catch(() => self);
    if (its !== self) return pid;
    await new Promise((done) => setTimeout(done, 10));
  }
  throw new Error("unshare --net did not give the child a namespace of its own");
}

describe("assertOwnNetworkNamespace", () => {
  it("refuses a process that shares the namespace the hook runs in", async () => {
    const refused = assertOwnNetworkNamespace(process.pid);
    await expect(refused).rejects.toBeInstanceOf(NetworkSetupError);
    await expect(refused).rejects.toThrow(/shares the network namespace rbc runs in/);
  });

  it("accepts a process in a network namespace of its own", async () => {
    const pid = await processInOwnNetworkNamespace();
    await expect(assertOwnNetworkNamespace(pid)).resolves.toBeUndefined();
  });

  it("reports a process that is gone as a setup failure", async () => {
    await expect(assertOwnNetworkNamespace(2 ** 22 + 7)).rejects.toBeInstanceOf(NetworkSetupError);
  });
});
