import { execFile, spawn } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { createRuntimeArgs, parkingFiles, poststopArgs } from "../../src/contract/index.ts";
import { parkingFileContents } from "../../src/network/parked-network.ts";
import type { NetworkRecord } from "../../src/network/network-record.ts";
import { hookLauncherScript, readHookLauncherTemplate } from "../../src/run/hook-launcher.ts";
import { killPoints } from "../../src/run/kill-point.ts";

const exec = promisify(execFile);

/** The launcher with `echo` for node, so a run prints what node would have been given. */
async function launcher(launcherPath: string, runRoot?: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), "rbc-launcher-")), "rbc");
  const settings = { node: "/bin/echo", launcher: launcherPath, ...(runRoot ? { runRoot } : {}) };
  await writeFile(path, hookLauncherScript(await readHookLauncherTemplate(), settings), {
    mode: 0o755,
  });
  return path;
}

/** Runs the launcher with runc's state JSON on stdin. */
function runHook(
  path: string,
  args: readonly string[],
  state: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ code: number | null; stdout: string }> {
  return new Promise((done, fail) => {
    const child = spawn(path, [...args], { stdio: ["pipe", "pipe", "inherit"], env });
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.on("error", fail);
    child.on("close", (code) => {
      done({ code, stdout });
    });
    child.stdin.end(state);
  });
}

/** A bridge network as the Node side records it (network.json), with the bridge plugin's result. */
const record: NetworkRecord = {
  name: "web",
  containerId: "rbc-web",
  pid: 4242,
  network: "bridge",
  netns: "/run/rbc/web/ns/net",
  calls: [{ type: "bridge", ifName: "eth0", config: { bridge: "rbc0" } }],
  results: [
    {
      interfaces: [{ mac: "02:42:0a:57:00:02", sandbox: "/run/rbc/web/ns/net" }],
      ips: [{ address: "10.87.0.2/16", gateway: "10.87.0.1" }],
      routes: [{ dst: "0.0.0.0/0" }],
    },
  ],
  ports: [],
  publish: [],
  address: "10.87.0.2/16",
};

const hookArgs = createRuntimeArgs({ name: "web", network: "bridge", publish: [] });

/** A run root holding bundle `web` with the parking files the Node side writes. */
async function runRootWithParkingFiles(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "rbc-run-"));
  await mkdir(join(root, "web"));
  for (const [file, content] of parkingFileContents(record, hookArgs)) {
    await writeFile(join(root, "web", file), content);
  }
  return root;
}

describe("hookLauncherScript", () => {
  it("is valid POSIX shell", async () => {
    const path = await launcher("/opt/rbc/bin/rbc.js");
    await expect(exec("sh", ["-n", path])).resolves.toBeDefined();
  });

  it("runs rbc with the node it was written for, passing every argument", async () => {
    const { stdout } = await exec(await launcher("/opt/rbc/bin/rbc.js"), ["build", "a b"]);
    expect(stdout).toBe("/opt/rbc/bin/rbc.js build a b\n");
  });

  it("hands a hook of a bundle it knows nothing of to rbc", async () => {
    const { stdout } = await exec(await launcher("/opt/rbc/bin/rbc.js"), [
      "hook",
      "poststop",
      `no-such-bundle-${process.pid}`,
    ]);
    expect(stdout).toBe(`/opt/rbc/bin/rbc.js hook poststop no-such-bundle-${process.pid}\n`);
  });

  it("never takes a fast path for a name that is not a plain directory entry", async () => {
    const path = await launcher("/opt/rbc/bin/rbc.js");
    for (const name of ["..", "../..", ".bin"]) {
      const { stdout } = await exec(path, ["hook", "poststop", name]);
      expect(stdout).toBe(`/opt/rbc/bin/rbc.js hook poststop ${name}\n`);
    }
  });

  it("quotes paths with spaces and quotes", async () => {
    const { stdout } = await exec(await launcher("/opt/it's here/rbc.js"), ["--version"]);
    expect(stdout).toBe("/opt/it's here/rbc.js --version\n");
  });

  it("sets a variable for every parking file of the contract", async () => {
    const script = hookLauncherScript(await readHookLauncherTemplate(), {
      node: "/n",
      launcher: "/l",
    });
    for (const [key, file] of Object.entries(parkingFiles)) {
      expect(script).toContain(`\nfile_${key}='${file}'\n`);
    }
    // Every parking file the script reads is one the header sets.
    const used = new Set([...script.matchAll(/\$file_(\w+)/g)].map((m) => m[1]));
    expect([...used].sort()).toEqual(
      Object.keys(parkingFiles)
        .filter((key) => used.has(key))
        .sort(),
    );
    expect(used.size).toBeGreaterThanOrEqual(6);
  });
});

describe("the launcher's park step, on files the Node side wrote", () => {
  it("parks the network of the container that owns it, without starting node", async () => {
    const root = await runRootWithParkingFiles();
    await writeFile(join(root, "web", parkingFiles.restarting), "");
    const path = await launcher("/opt/rbc/bin/rbc.js", root);
    const state = JSON.stringify({ ociVersion: "1.0.2", id: "rbc-web", pid: 0, status: "stopped" });
    const result = await runHook(path, poststopArgs("web"), state);
    expect(result).toEqual({ code: 0, stdout: "" });
    const files = await readdir(join(root, "web"));
    expect(files).toContain(parkingFiles.parked);
    expect(files).not.toContain(parkingFiles.restarting);
  });

  it("takes the container's id from runc's state, not an annotation's, and keeps no pid", async () => {
    const root = await runRootWithParkingFiles();
    await writeFile(join(root, "web", parkingFiles.restarting), "");
    await writeFile(join(root, "web", parkingFiles.pid), "4343\n");
    const path = await launcher("/opt/rbc/bin/rbc.js", root);
    const annotations = { id: "rbc-other", "rbc.note": '"id":"rbc-other"' };
    const state = JSON.stringify({ id: "rbc-web", pid: 0, status: "stopped", annotations });
    expect(await runHook(path, poststopArgs("web"), state)).toEqual({ code: 0, stdout: "" });
    expect(await readdir(join(root, "web"))).toContain(parkingFiles.parked);
    expect(await readFile(join(root, "web", parkingFiles.pid), "utf8")).toBe("");
  });

  it("hands rbc the whole state, however many lines it has", async () => {
    const root = await runRootWithParkingFiles();
    await writeFile(join(root, "web", parkingFiles.restarting), "");
    // An rbc.js that prints its arguments, then its stdin.
    const echoStdin = join(root, "echo-stdin.sh");
    await writeFile(echoStdin, 'echo "$*"; cat\n');
    const path = join(root, "rbc");
    const settings = { node: "/bin/sh", launcher: echoStdin, runRoot: root };
    await writeFile(path, hookLauncherScript(await readHookLauncherTemplate(), settings), {
      mode: 0o755,
    });
    const state = JSON.stringify({ id: "rbc-web", pid: 0 }, null, 2);
    const result = await runHook(path, poststopArgs("web"), state);
    expect(result.stdout).toBe(`hook poststop web\n${state}`);
    expect(await readdir(join(root, "web"))).not.toContain(parkingFiles.parked);
  });

  it("hands the hook to rbc when another container owns the network", async () => {
    const root = await runRootWithParkingFiles();
    await writeFile(join(root, "web", parkingFiles.restarting), "");
    const path = await launcher("/opt/rbc/bin/rbc.js", root);
    const state = JSON.stringify({ id: "rbc-other", pid: 0 });
    const result = await runHook(path, poststopArgs("web"), state);
    expect(result).toEqual({ code: 0, stdout: "/opt/rbc/bin/rbc.js hook poststop web\n" });
    expect(await readdir(join(root, "web"))).toContain(parkingFiles.restarting);
  });

  it("hands a poststop to rbc when no restart is marked", async () => {
    const root = await runRootWithParkingFiles();
    const path = await launcher("/opt/rbc/bin/rbc.js", root);
    const result = await runHook(path, poststopArgs("web"), JSON.stringify({ id: "rbc-web" }));
    expect(result.stdout).toBe("/opt/rbc/bin/rbc.js hook poststop web\n");
    expect(await readdir(join(root, "web"))).not.toContain(parkingFiles.parked);
  });

  it("hands create-runtime to rbc when the hook's arguments differ from the parked network's", async () => {
    const root = await runRootWithParkingFiles();
    await writeFile(join(root, "web", parkingFiles.parked), "");
    const path = await launcher("/opt/rbc/bin/rbc.js", root);
    const args = createRuntimeArgs({ name: "web", network: "bridge", publish: ["8080:80/tcp"] });
    const result = await runHook(path, args, JSON.stringify({ id: "rbc-web", pid: 1 }));
    expect(result.stdout).toBe(`/opt/rbc/bin/rbc.js ${args.join(" ")}\n`);
    expect(await readdir(join(root, "web"))).toContain(parkingFiles.parked);
  });
});

describe("the launcher's kill points (test-only fault injection)", () => {
  it("SIGKILLs RBC_TEST_KILL_PID at the point RBC_TEST_KILL_AT names, and the hook goes on", async () => {
    const root = await runRootWithParkingFiles();
    await writeFile(join(root, "web", parkingFiles.restarting), "");
    const path = await launcher("/opt/rbc/bin/rbc.js", root);
    const victim = spawn("sleep", ["60"], { stdio: "ignore" });
    const killed = new Promise<NodeJS.Signals | null>((done) =>
      victim.on("exit", (_code, signal) => {
        done(signal);
      }),
    );
    const env = {
      ...process.env,
      RBC_TEST_KILL_AT: "poststop-parking",
      RBC_TEST_KILL_PID: String(victim.pid),
    };
    const state = JSON.stringify({ id: "rbc-web", pid: 0 });
    expect(await runHook(path, poststopArgs("web"), state, env)).toEqual({ code: 0, stdout: "" });
    expect(await killed).toBe("SIGKILL");
    expect(await readdir(join(root, "web"))).toContain(parkingFiles.parked);
  });

  it("names only kill points rbc documents", async () => {
    const script = await readHookLauncherTemplate();
    const named = [...script.matchAll(/^\s*kill_point ([\w-]+)$/gm)].map((m) => m[1]);
    expect(named.length).toBe(3);
    for (const point of named) expect(killPoints).toContain(point);
  });
});

describe("parkingFileContents", () => {
  it("writes the owner, the hook's arguments and the adoption commands as plain text", () => {
    expect(Object.fromEntries(parkingFileContents(record, hookArgs))).toEqual({
      [parkingFiles.owner]: "rbc-web\n",
      [parkingFiles.hookArgs]: `${hookArgs.join("\n")}\n`,
      [parkingFiles.adoptLink]: "rbc0 02:42:0a:57:00:02\n",
      [parkingFiles.adoptCommands]: [
        "link set dev lo up",
        "addr add 10.87.0.2/16 dev eth0",
        "link set dev eth0 up",
        "route add 0.0.0.0/0 via 10.87.0.1 dev eth0",
        "",
      ].join("\n"),
    });
  });

  it("keeps nothing for a network that is not a bridge", () => {
    expect(parkingFileContents({ ...record, network: "none" }, hookArgs).size).toBe(0);
  });
});
