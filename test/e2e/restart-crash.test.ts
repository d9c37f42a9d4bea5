import { execFile, spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { killPoints, type KillPoint } from "../../src/run/kill-point.ts";
import {
  forceDeleteContainer,
  repoRoot,
  runRbc,
  scratchContainerId,
  scratchProject,
} from "../helpers/run-rbc.ts";

/*
 * rbc watch --run is SIGKILLed at each kill point of a restart (src/run/kill-point.ts: rbc kills
 * itself there, or the hook launcher kills it, alone or with its process group), then `rbc stop`,
 * `rbc run -d` or a fresh `rbc watch --run` must leave no container, pin, iptables rule or lease.
 */

const exec = promisify(execFile);
const suffix = String(process.pid);
const other = `crash-other-${suffix}`;
const children: ChildProcess[] = [];
let root = "";

/**
 * The cases: what the user does after the kill, and the points each is tried at. In the `group`
 * cases the kill takes the watch's whole process group, the runc and the hook it runs included;
 * that differs from a kill of the watch alone only while runc runs, at the hook launcher's points.
 */
const followUps = {
  stop: killPoints,
  run: ["stop-exited", "restart-deleted", "create-runtime-adopting"],
  watch: ["restart-marked", "stop-exited", "poststop-parking", "restart-started"],
  "group stop": ["poststop-parking", "create-runtime-adopting", "create-runtime-adopted"],
  "group run": ["create-runtime-adopting", "create-runtime-adopted"],
} as const satisfies Record<string, readonly KillPoint[]>;
type FollowUp = keyof typeof followUps;
/** Who the kill takes: the watch alone, or its process group. */
type Victims = "watch" | "group";
// Each case waits up to a minute for each step on a loaded machine.
const caseTimeout = 300_000;

/**
 * One bundle per case, each with its own host port (so a leak fails its own case only), which
 * another bundle then publishes: a leaked DNAT rule or port record would refuse it.
 */
interface Case {
  readonly name: string;
  readonly port: number;
}
const basePort = 11000 + (process.pid % 9000);
const cases = new Map<string, Case>(
  Object.entries(followUps)
    .flatMap(([followUp, points]) => points.map((point) => `${followUp} ${point}`))
    .map((key, index) => [
      key,
      { name: `crash-${String(index)}-${suffix}`, port: basePort + index },
    ]),
);

/** The container id of bundle `name` of the scratch project. */
function idOf(name: string): string {
  return scratchContainerId(root, name);
}

function caseOf(followUp: FollowUp, point: KillPoint): Case {
  const found = cases.get(`${followUp} ${point}`);
  if (found === undefined) throw new Error(`no case ${followUp} ${point}`);
  return found;
}

/**
 * busybox httpd serving $GREETING on the published port; exits at once on SIGTERM. The page is
 * written to a tmpfs: a file written into the rootfs would be removed (and said so) by the next
 * rbc run, as what the image does not have.
 */
function overlay(greeting: string, port: number): string {
  return [
    "image: rbc.local/busybox:1",
    "command:",
    "  - sh",
    "  - -c",
    "  - echo $GREETING > /tmp/index.html; trap 'exit 0' TERM; httpd -f -p 80 -h /tmp & wait",
    `environment: { GREETING: ${greeting} }`,
    `ports: ["${String(port)}:80"]`,
    "tmpfs: [/tmp]",
    "",
  ].join("\n");
}

beforeAll(async () => {
  const bundles = [...cases.values(), { name: other, port: basePort - 1 }];
  root = await scratchProject(
    Object.fromEntries(
      bundles.map(({ name, port }) => [`bundles/${name}/bundle.yaml`, overlay(name, port)]),
    ),
  );
  const built = await runRbc(["build", "--rootfs"], { cwd: root });
  expect(built.stderr).not.toContain("error");
  expect(built.exitCode).toBe(0);
});

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  for (const { name } of [...cases.values(), { name: other }]) {
    await forceDeleteContainer(idOf(name));
    // What a failed case left of its network: rbc stop needs the bundle's config.json.
    if (existsSync(`/run/rbc/${idOf(name)}`))
      await runRbc(["stop", `bundles/${name}`], { cwd: root });
  }
  // Each bundle holds a materialized rootfs.
  if (root !== "") await rm(root, { recursive: true, force: true });
});

async function page(port: number): Promise<string> {
  try {
    const response = await fetch(`http://127.0.0.1:${String(port)}/`, {
      signal: AbortSignal.timeout(2000),
    });
    return await response.text();
  } catch {
    return "";
  }
}

/** Polls `check` until it holds; `context` tells what was going on when it did not in time. */
async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  context: () => string = () => "",
): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!(await check())) {
    if (Date.now() >= deadline) throw new Error(`timed out waiting for ${what}\n${context()}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

interface Watch {
  readonly child: ChildProcess;
  readonly stderr: () => string;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * `rbc watch --run bundles/<name>`, with RBC_TEST_KILL_AT set when `point` is given. The shell
 * execs node, so RBC_TEST_KILL_PID, its own pid, is the watch's: the hook launcher kills it, or
 * (`group`, in a process group of its own, and the pid negated) its process group.
 */
function startWatch(name: string, point?: KillPoint, victims: Victims = "watch"): Watch {
  const kill = point === undefined ? {} : { RBC_TEST_KILL_AT: point };
  const child = spawn(
    "/bin/sh",
    [
      "-c",
      `export RBC_TEST_KILL_PID=${victims === "group" ? "-" : ""}$$; exec "$@"`,
      "sh",
      process.execPath,
      join(repoRoot, "bin/rbc.js"),
      "watch",
      "--run",
      `bundles/${name}`,
    ],
    {
      cwd: root,
      env: { ...process.env, NO_COLOR: "1", ...kill },
      stdio: ["ignore", "ignore", "pipe"],
      detached: victims === "group",
    },
  );
  children.push(child);
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.on("close", (code, signal) => {
      done({ code, signal });
    }),
  );
  return { child, stderr: () => stderr, exited };
}

/** runc's status of the container, or undefined when runc knows none. */
async function containerStatus(id: string): Promise<string | undefined> {
  try {
    const { stdout } = await exec("runc", ["state", id]);
    return (JSON.parse(stdout) as { status: string }).status;
  } catch {
    return undefined;
  }
}

/**
 * Waits for the runc calls and hooks the killed watch left running to finish: a kill of rbc
 * alone lets runc and the hook complete what they were doing.
 */
async function orphansDone(name: string): Promise<void> {
  const marks = [idOf(name), `create-runtime\0${idOf(name)}\0`, `poststop\0${idOf(name)}\0`];
  await waitFor("the orphaned runc and hooks", async () => {
    for (const entry of await readdir("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      const cmdline = await readFile(`/proc/${entry}/cmdline`, "utf8").catch(() => "");
      if (cmdline.includes("runc") || cmdline.includes("hook")) {
        if (marks.some((mark) => `${cmdline}\0`.includes(mark))) return false;
      }
    }
    return true;
  });
}

/** What identifies a bundle's network on the host, gathered from network.json and the pid file. */
interface Seen {
  readonly port: number;
  readonly addresses: Set<string>;
  readonly veths: Set<string>;
}

async function observe(name: string, seen: Seen): Promise<void> {
  const text = await readFile(`/run/rbc/${idOf(name)}/network.json`, "utf8").catch(() => undefined);
  if (text !== undefined) {
    const record = JSON.parse(text) as {
      address?: string;
      results: { interfaces?: { name: string; sandbox?: string }[] }[];
    };
    if (record.address !== undefined) seen.addresses.add(record.address.split("/")[0] ?? "");
    for (const result of record.results) {
      for (const link of result.interfaces ?? []) {
        if (link.sandbox === undefined && link.name !== "rbc0") seen.veths.add(link.name);
      }
    }
  }
  const adopted = await readFile(`/run/rbc/${idOf(name)}/pid`, "utf8").catch(() => undefined);
  if (adopted !== undefined) seen.veths.add(`vrbc${adopted.trim()}`);
}

/** Everything of bundle `name` left on the host: container, pins, leases, rules, veths. */
async function traces(name: string, seen: Seen): Promise<string[]> {
  const id = idOf(name);
  const found: string[] = [];
  const list = JSON.parse((await exec("runc", ["list", "--format", "json"])).stdout) as
    { id: string }[] | null;
  if ((list ?? []).some((c) => c.id === id)) found.push(`runc list: ${id}`);
  const status = await containerStatus(id);
  if (status !== undefined) found.push(`runc state: ${status}`);
  // runc's directory for a container whose create was killed: no state, yet it holds the id.
  if (existsSync(`/run/runc/${id}`)) found.push(`/run/runc/${id}`);
  if (existsSync(`/run/rbc/${idOf(name)}`))
    found.push(`/run/rbc/${idOf(name)}: ${await runDir(name)}`);
  const mounts = await readFile("/proc/self/mountinfo", "utf8");
  if (mounts.includes(`/run/rbc/${idOf(name)}/`)) found.push("a pin mount");
  for (const dir of ["/run/rbc/.ipam/rbc", "/var/lib/cni/networks/rbc"]) {
    for (const file of await readdir(dir).catch(() => [] as string[])) {
      const content = await readFile(join(dir, file), "utf8").catch(() => "");
      if (seen.addresses.has(file) || content.includes(id)) found.push(`lease ${dir}/${file}`);
    }
  }
  for (const command of ["iptables-save", "ip6tables-save"]) {
    const rules = (await exec(command)).stdout.split("\n");
    found.push(...rules.filter((rule) => mentions(rule, id, seen)).map((r) => `${command}: ${r}`));
  }
  const links = (await exec("ip", ["-o", "link", "show"])).stdout;
  for (const veth of seen.veths) if (links.includes(` ${veth}@`)) found.push(`veth ${veth}`);
  return found;
}

function mentions(rule: string, id: string, seen: Seen): boolean {
  if (rule.includes(`"${id}\\"`) || rule.includes(`--dport ${String(seen.port)} `)) return true;
  return [...seen.addresses].some((a) => rule.includes(`${a}/32`) || rule.includes(`${a}:`));
}

async function runDir(name: string): Promise<string> {
  const entries = await readdir(`/run/rbc/${idOf(name)}`, { recursive: true }).catch(() => []);
  return entries.join(", ");
}

/** What a kill left, as the test checks it was the point it meant. */
interface Left {
  readonly status: string | undefined;
  readonly restarting: boolean;
  readonly parked: boolean;
  readonly adopted: boolean;
}

async function leftAfterKill(name: string): Promise<Left> {
  return {
    status: await containerStatus(idOf(name)),
    restarting: existsSync(`/run/rbc/${idOf(name)}/restarting`),
    parked: existsSync(`/run/rbc/${idOf(name)}/parked`),
    adopted: existsSync(`/run/rbc/${idOf(name)}/pid`),
  };
}

/**
 * The state each point leaves once runc and the hooks the watch ran have finished, or were
 * killed with it (`group`).
 */
function expectedLeft(
  point: KillPoint,
  victims: Victims,
): Partial<Left> | ((left: Left) => boolean) {
  if (victims === "group") {
    // runc delete removes the container before its poststop hook; runc create stores it after
    // its create-runtime hook.
    if (point === "poststop-parking") return { status: undefined, restarting: true, parked: false };
    if (point === "create-runtime-adopting") return { status: undefined, parked: true };
    if (point === "create-runtime-adopted") {
      return { status: undefined, parked: false, adopted: true };
    }
  }
  switch (point) {
    case "restart":
      return { status: "running", restarting: false, parked: false, adopted: false };
    case "restart-marked":
      return { status: "running", restarting: true, parked: false };
    case "stop-signalled":
      // The container exits at once on SIGTERM, or soon after the watch dies.
      return (left) => left.status !== undefined && left.restarting;
    case "stop-exited":
      return { status: "stopped", restarting: true, parked: false };
    case "poststop-parking":
    case "restart-deleted":
    case "restart-starting":
      return { status: undefined, restarting: false, parked: true };
    case "create-runtime-adopting":
    case "create-runtime-adopted":
    case "restart-started":
      return { status: "running", restarting: false, parked: false, adopted: true };
  }
}

/**
 * Starts `rbc watch --run` on bundle `name` with RBC_TEST_KILL_AT=`point`, waits for its
 * container, edits the overlay (a new environment: same network mode and ports, so the restart
 * parks and adopts the network) and waits for the kill; returns what the kill left.
 */
async function killDuringRestart(
  { name, port }: Case,
  point: KillPoint,
  seen: Seen,
  victims: Victims = "watch",
): Promise<Left> {
  await writeFile(join(root, "bundles", name, "bundle.yaml"), overlay("one", port));
  const watch = startWatch(name, point, victims);
  await waitFor("the first page", async () => (await page(port)) === "one\n", watch.stderr);
  await waitFor(
    "watching",
    () => Promise.resolve(watch.stderr().includes("watching")),
    watch.stderr,
  );
  await observe(name, seen);
  await writeFile(join(root, "bundles", name, "bundle.yaml"), overlay("two", port));
  const outcome = await Promise.race([
    watch.exited,
    new Promise<"not killed">((done) =>
      setTimeout(() => {
        done("not killed");
      }, 60_000),
    ),
  ]);
  expect(outcome, `rbc watch was not killed at ${point}:\n${watch.stderr()}`).toEqual({
    code: null,
    signal: "SIGKILL",
  });
  await orphansDone(name);
  await observe(name, seen);
  const left = await leftAfterKill(name);
  const expected = expectedLeft(point, victims);
  if (typeof expected === "function") expect(expected(left), JSON.stringify(left)).toBe(true);
  else expect(left).toMatchObject(expected);
  return left;
}

/** Another bundle publishes the same host port, serves on it and stops without a trace. */
async function portIsFree(port: number): Promise<void> {
  const seen: Seen = { port, addresses: new Set(), veths: new Set() };
  await writeFile(join(root, "bundles", other, "bundle.yaml"), overlay(other, port));
  expect((await runRbc(["build", `bundles/${other}`], { cwd: root })).exitCode).toBe(0);
  const started = await runRbc(["run", "-d", `bundles/${other}`], { cwd: root });
  expect(started.stderr).toBe("");
  expect(started.exitCode).toBe(0);
  await observe(other, seen);
  await waitFor("the other bundle's page", async () => (await page(port)) === `${other}\n`);
  expect((await runRbc(["stop", "--time", "5", `bundles/${other}`], { cwd: root })).exitCode).toBe(
    0,
  );
  expect(await traces(other, seen)).toEqual([]);
}

/** After the kill, rbc stop: it says what it did, and leaves nothing. */
async function stopLeavesNothing(followUp: FollowUp, point: KillPoint, victims: Victims) {
  const { name, port } = caseOf(followUp, point);
  const seen: Seen = { port, addresses: new Set(), veths: new Set() };
  const left = await killDuringRestart({ name, port }, point, seen, victims);
  const stopped = await runRbc(["stop", "--time", "5", `bundles/${name}`], { cwd: root });
  expect(stopped.exitCode).toBe(0);
  // The message says what stop did: a container it stopped, one it deleted, or leftovers.
  const said =
    left.status === "running"
      ? "stopped and deleted"
      : left.status === "stopped"
        ? "was not running; deleted it"
        : "is not running; cleaned up its leftover network";
  expect(stopped.stderr).toContain(`${idOf(name)} ${said}`);
  expect(await traces(name, seen)).toEqual([]);
  await portIsFree(port);
}

/** After the kill, rbc run -d: the new config runs (it may run already), then stop leaves nothing. */
async function runStartsCleanly(followUp: FollowUp, point: KillPoint, victims: Victims) {
  const { name, port } = caseOf(followUp, point);
  const seen: Seen = { port, addresses: new Set(), veths: new Set() };
  const left = await killDuringRestart({ name, port }, point, seen, victims);
  const ran = await runRbc(["run", "-d", `bundles/${name}`], { cwd: root });
  if (left.status === "running") {
    // The new container runs already (the hook and runc finished what the watch began).
    expect(ran.exitCode).toBe(3);
    expect(ran.stderr).toContain("already running");
  } else {
    expect(ran.stderr).toBe("");
    expect(ran.exitCode).toBe(0);
  }
  await waitFor("the new page", async () => (await page(port)) === "two\n");
  await observe(name, seen);
  expect(existsSync(`/run/rbc/${idOf(name)}/restarting`)).toBe(false);
  const stopped = await runRbc(["stop", "--time", "5", `bundles/${name}`], { cwd: root });
  expect(stopped.exitCode).toBe(0);
  expect(await traces(name, seen)).toEqual([]);
  await portIsFree(port);
}

describe("rbc watch --run killed during a restart", { timeout: caseTimeout }, () => {
  it.each(followUps.stop)("leaves nothing after rbc stop when killed at %s", (point) =>
    stopLeavesNothing("stop", point, "watch"),
  );

  it.each(followUps.run)(
    "rbc run -d after a kill at %s starts the new config, and stop leaves nothing",
    (point) => runStartsCleanly("run", point, "watch"),
  );

  it.each(followUps["group stop"])(
    "leaves nothing after rbc stop when killed with runc and the hook at %s",
    (point) => stopLeavesNothing("group stop", point, "group"),
  );

  it.each(followUps["group run"])(
    "rbc run -d after a kill with runc and the hook at %s starts the new config, and stop leaves nothing",
    (point) => runStartsCleanly("group run", point, "group"),
  );

  it.each(followUps.watch)(
    "a fresh rbc watch --run after a kill at %s runs the new config, and leaves nothing on SIGINT",
    async (point) => {
      const { name, port } = caseOf("watch", point);
      const seen: Seen = { port, addresses: new Set(), veths: new Set() };
      await killDuringRestart({ name, port }, point, seen);
      const watch = startWatch(name);
      const status = () => `${watch.stderr()}page: ${lastPage}`;
      let lastPage = "";
      const serves = async (text: string) => (lastPage = await page(port)) === text;
      await waitFor("watching", () => Promise.resolve(watch.stderr().includes("watching")), status);
      await waitFor("the new page", () => serves("two\n"), status);
      await observe(name, seen);
      expect(existsSync(`/run/rbc/${idOf(name)}/restarting`)).toBe(false);
      expect(existsSync(`/run/rbc/${idOf(name)}/parked`)).toBe(false);
      watch.child.kill("SIGINT");
      expect((await watch.exited).code).toBe(0);
      // A container the fresh watch did not start keeps running: rbc stop it.
      expect(
        (await runRbc(["stop", "--time", "5", `bundles/${name}`], { cwd: root })).exitCode,
      ).toBe(0);
      expect(await traces(name, seen)).toEqual([]);
      await portIsFree(port);
    },
  );
});
