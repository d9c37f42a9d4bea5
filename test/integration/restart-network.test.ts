import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import {
  findRunc,
  hookEnvironment,
  readRunBundle,
  restartDetached,
  runcAdapter,
  startDetached,
  stopAndDelete,
} from "../../src/run/index.ts";
import {
  forceDeleteContainer,
  runRbc,
  scratchContainerId,
  scratchProject,
} from "../helpers/run-rbc.ts";

const exec = promisify(execFile);
const name = `restart-${process.pid}`;
const port = 40000 + (process.pid % 20000);
let id = "";

afterAll(async () => {
  if (id !== "") await forceDeleteContainer(id);
});

async function page(at = port): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${at}/`, { signal: AbortSignal.timeout(3000) });
  return response.text();
}

/** How long one request to the page takes to succeed or fail, in ms (2 s at most). */
async function settleTime(): Promise<number> {
  const began = Date.now();
  // A restart may cut a response off mid-body: that counts as settled too.
  await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2000) })
    .then((response) => response.text())
    .catch(() => "");
  return Date.now() - began;
}

/** The MAC address of eth0 in the network namespace of process `pid`. */
async function containerMac(pid: number): Promise<string> {
  const { stdout } = await exec("nsenter", [
    `--net=/proc/${pid}/ns/net`,
    "cat",
    "/sys/class/net/eth0/address",
  ]);
  return stdout.trim();
}

/** The page once the new container's httpd listens (runc run -d returns before it does). */
async function pageSoon(at = port): Promise<string> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await page(at);
    } catch (cause) {
      if (attempt === 50) throw cause;
      await new Promise((done) => setTimeout(done, 50));
    }
  }
}

describe("restartDetached", () => {
  it("keeps the bundle's address, lease and port mapping across a restart, and stop removes them", async () => {
    const root = await scratchProject({
      [`bundles/${name}/bundle.yaml`]: [
        "image: rbc.local/busybox:1",
        `command: ["sh", "-c", "echo $GREETING > /tmp/index.html; trap 'exit 0' TERM; httpd -f -p 80 -h /tmp & wait"]`,
        "environment: { GREETING: one }",
        `ports: ["${port}:80"]`,
      ].join("\n"),
    });
    id = scratchContainerId(root, name);
    expect((await runRbc(["build", "--rootfs"], { cwd: root })).exitCode).toBe(0);
    const dir = join(root, "bundles", name);
    const runc = runcAdapter(await findRunc(undefined), await hookEnvironment());
    const first = await readRunBundle(dir);
    if (first === undefined) throw new Error("no bundle");
    await startDetached(runc, first);
    expect(await pageSoon()).toBe("one\n");
    const before = JSON.parse((await runRbc(["ps", "--json"], { cwd: root })).stdout) as {
      id: string;
      address: string;
      pid: number;
    }[];
    const was = before.find((row) => row.id === id);

    await exec("sed", ["-i", "s/GREETING: one/GREETING: two/", join(dir, "bundle.yaml")]);
    expect((await runRbc(["build"], { cwd: root })).exitCode).toBe(0);
    const next = await readRunBundle(dir);
    if (next === undefined) throw new Error("no bundle");
    const macBefore = await containerMac(was?.pid ?? 0);
    // Connection attempts during the restart are answered or refused, never silently dropped
    // (TCP would resend a dropped SYN only after a second).
    const attempts: Promise<number>[] = [];
    const poller = setInterval(() => attempts.push(settleTime()), 5);
    try {
      await restartDetached(runc, first, next);
      expect(await pageSoon()).toBe("two\n");
    } finally {
      clearInterval(poller);
    }
    expect(Math.max(...(await Promise.all(attempts)))).toBeLessThan(900);
    const after = JSON.parse((await runRbc(["ps", "--json"], { cwd: root })).stdout) as {
      id: string;
      address: string;
      pid: number;
    }[];
    const now = after.find((row) => row.id === id);
    expect(now?.address).toBe(was?.address);
    expect(now?.pid).not.toBe(was?.pid);
    // The same MAC, so the host's ARP entry for the address stays right.
    expect(await containerMac(now?.pid ?? 0)).toBe(macBefore);
    // The network was adopted, not set up again: the launcher's files say so (the pid it wrote).
    expect(await readFile(`/run/rbc/${id}/pid`, "utf8")).toMatch(/^[1-9]\d*\n$/);

    // Other ports: the parked network does not fit, so it is torn down and set up afresh.
    await exec("sed", ["-i", `s/"${port}:80"/"${port + 1}:80"/`, join(dir, "bundle.yaml")]);
    expect((await runRbc(["build"], { cwd: root })).exitCode).toBe(0);
    const moved = await readRunBundle(dir);
    if (moved === undefined) throw new Error("no bundle");
    await restartDetached(runc, next, moved);
    expect(await pageSoon(port + 1)).toBe("two\n");
    await expect(page(port)).rejects.toThrow();
    expect((await exec("iptables-save")).stdout).not.toContain(`--dport ${port} `);

    expect(await stopAndDelete(runc, moved)).toBe("stopped");
    expect(existsSync(`/run/rbc/${id}`)).toBe(false);
    const address = now?.address.split("/")[0] ?? "none";
    expect(await readdir("/run/rbc/.ipam/rbc")).not.toContain(address);
    expect((await exec("iptables-save")).stdout).not.toContain(`${address}/32`);
  });
});
