import { execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { createServer as createHttpServer } from "node:http";
import { createServer, type Server } from "node:net";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import {
  builtContainerId,
  forceDeleteContainer,
  hookPath,
  runRbc,
  scratchProject,
} from "../helpers/run-rbc.ts";
import { createContainer, removeContainer } from "../support/docker.ts";

const exec = promisify(execFile);
const suffix = String(process.pid);
// Host ports for this run, away from the examples' 8080.
const basePort = 20000 + (process.pid % 20000);
const names = {
  web: `netweb-${suffix}`,
  clash: `netclash-${suffix}`,
  busy: `netbusy-${suffix}`,
  none: `netnone-${suffix}`,
  nocni: `netnocni-${suffix}`,
  hook: `nethook-${suffix}`,
  donor: `netdonor-${suffix}`,
  host: `nethost-${suffix}`,
  out: `netout-${suffix}`,
  nat: `netnat-${suffix}`,
  joiner: `netjoiner-${suffix}`,
};

const dockerContainers: string[] = [];
/** The container ids of the bundles built here, deleted at the end whatever the tests left. */
const ids = new Set<string>();

/** The container id of the built bundle `bundles/<name>` under `root`. */
async function idOf(root: string, name: string): Promise<string> {
  const id = await builtContainerId(root, `bundles/${name}`);
  ids.add(id);
  return id;
}

afterAll(async () => {
  await Promise.all(dockerContainers.map((id) => removeContainer(id)));
  for (const id of ids) await forceDeleteContainer(id);
});

/** A bundle serving busybox httpd on container port 80, as root, publishing `ports`. */
function webOverlay(ports: readonly string[], extra = ""): string {
  return [
    "image: rbc.local/busybox:1",
    "command: httpd -f -p 80 -h /var/www",
    "stop_grace_period: 1s",
    `ports: [${ports.map((p) => JSON.stringify(p)).join(", ")}]`,
    extra,
  ].join("\n");
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url, { signal: AbortSignal.timeout(3000) });
  return response.text();
}

/** Everything a running bundle can leave on the host, as text to search for its traces. */
async function hostTraces(): Promise<{
  runc: string[];
  veths: string[];
  leases: string[];
  iptables: string;
  mounts: string;
}> {
  const list = JSON.parse((await exec("runc", ["list", "--format", "json"])).stdout) as
    { id: string }[] | null;
  const links = (await exec("ip", ["-o", "link", "show", "type", "veth"])).stdout;
  const leases = await readdir("/run/rbc/.ipam/rbc").catch(() => [] as string[]);
  const iptables = (await exec("iptables-save")).stdout;
  const mounts = (await exec("cat", ["/proc/self/mountinfo"])).stdout;
  return {
    runc: (list ?? []).map((c) => c.id),
    veths: links.split("\n").filter((line) => line.includes("master rbc0")),
    leases: leases.filter((file) => /^\d+\.\d+\.\d+\.\d+$/.test(file)),
    iptables,
    mounts,
  };
}

async function expectNothingLeft(id: string, address: string): Promise<void> {
  const traces = await hostTraces();
  expect(traces.runc).not.toContain(id);
  expect(traces.leases).not.toContain(address);
  expect(traces.iptables).not.toContain(`id: \\"${id}\\"`);
  expect(traces.iptables).not.toContain(`${address}/32`);
  expect(traces.iptables).not.toContain(`${address}:`);
  expect(traces.mounts).not.toContain(`/run/rbc/${id}/`);
  expect(existsSync(`/run/rbc/${id}`)).toBe(false);
}

function listen(port: number): Promise<Server> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => {
      done(server);
    });
  });
}

describe("bridge networking under rbc run", () => {
  it("publishes a port the host reaches, and rbc stop removes every trace", async () => {
    const port = basePort;
    const root = await scratchProject({
      [`bundles/${names.web}/bundle.yaml`]: webOverlay([`${port}:80`]),
    });
    expect((await runRbc(["build", "--rootfs"], { cwd: root })).exitCode).toBe(0);
    const id = await idOf(root, names.web);
    const vethsBefore = (await hostTraces()).veths.length;
    const started = await runRbc(["run", "-d", `bundles/${names.web}`], { cwd: root });
    expect(started.stderr).toBe("");
    expect(started.exitCode).toBe(0);

    expect(await fetchText(`http://127.0.0.1:${port}/`)).toBe("hello from rbc\n");
    const ps = JSON.parse((await runRbc(["ps", "--json"], { cwd: root })).stdout) as {
      id: string;
      address: string;
      ports: string[];
    }[];
    const row = ps.find((r) => r.id === id);
    expect(row?.ports).toEqual([`${port}->80/tcp`]);
    const address = row?.address.split("/")[0] ?? "";
    expect(address).toMatch(/^10\.87\.\d+\.\d+$/);
    // The container's own address answers too, and its lease and veth exist while it runs.
    expect(await fetchText(`http://${address}/`)).toBe("hello from rbc\n");
    const running = await hostTraces();
    expect(running.leases).toContain(address);
    expect(running.veths.length).toBe(vethsBefore + 1);
    expect(running.iptables).toContain(`id: \\"${id}\\"`);

    const stopped = await runRbc(["stop", `bundles/${names.web}`], { cwd: root });
    expect(stopped.exitCode).toBe(0);
    await expectNothingLeft(id, address);
    expect((await hostTraces()).veths.length).toBe(vethsBefore);
    await expect(fetchText(`http://127.0.0.1:${port}/`)).rejects.toThrow();
  });

  it("refuses a host port another process listens on, starting nothing", async () => {
    const port = basePort + 1;
    const server = await listen(port);
    try {
      const root = await scratchProject({
        [`bundles/${names.busy}/bundle.yaml`]: webOverlay([`${port}:80`]),
      });
      expect((await runRbc(["build", "--rootfs"], { cwd: root })).exitCode).toBe(0);
      const id = await idOf(root, names.busy);
      const run = await runRbc(["run", "-d", `bundles/${names.busy}`], { cwd: root });
      expect(run.exitCode).toBe(3);
      expect(run.stderr).toContain(
        `host port ${port}/tcp is already in use (a process on the host listens on it)`,
      );
      expect((await hostTraces()).runc).not.toContain(id);
      expect(existsSync(`/run/rbc/${id}`)).toBe(false);
    } finally {
      server.close();
    }
  });

  it("refuses a host port another rbc bundle publishes", async () => {
    const port = basePort + 2;
    const root = await scratchProject({
      [`bundles/${names.web}/bundle.yaml`]: webOverlay([`127.0.0.1:${port}:80`]),
      [`bundles/${names.clash}/bundle.yaml`]: webOverlay([`${port}:80`]),
    });
    expect((await runRbc(["build", "--rootfs"], { cwd: root })).exitCode).toBe(0);
    const [webId, clashId] = [await idOf(root, names.web), await idOf(root, names.clash)];
    expect((await runRbc(["run", "-d", `bundles/${names.web}`], { cwd: root })).exitCode).toBe(0);
    try {
      const clash = await runRbc(["run", "-d", `bundles/${names.clash}`], { cwd: root });
      expect(clash.exitCode).toBe(3);
      expect(clash.stderr).toContain(
        `host port ${port}/tcp is already in use (published by rbc bundle ${root}/bundles/${names.web}, running as ${webId})`,
      );
      expect((await hostTraces()).runc).not.toContain(clashId);
      expect(await fetchText(`http://127.0.0.1:${port}/`)).toBe("hello from rbc\n");
    } finally {
      await runRbc(["stop", `bundles/${names.web}`], { cwd: root });
    }
  });

  it("reports missing CNI plugins before starting anything", async () => {
    const root = await scratchProject({
      [`bundles/${names.nocni}/bundle.yaml`]: webOverlay([`${basePort + 3}:80`]),
    });
    expect((await runRbc(["build", "--rootfs"], { cwd: root })).exitCode).toBe(0);
    const id = await idOf(root, names.nocni);
    const run = await runRbc(["run", "-d", `bundles/${names.nocni}`], {
      cwd: root,
      env: { CNI_PATH: "/nonexistent/cni" },
    });
    expect(run.exitCode).toBe(3);
    expect(run.stderr).toContain("CNI plugins not found: loopback, bridge, portmap, firewall");
    expect(run.stderr).toContain("searched /nonexistent/cni");
    expect(run.stderr).toContain("containernetworking-plugins");
    expect((await hostTraces()).runc).not.toContain(id);
    expect(existsSync(`/run/rbc/${id}`)).toBe(false);
  });

  it("gives network_mode none a loopback interface only, up", async () => {
    const root = await scratchProject({
      [`bundles/${names.none}/bundle.yaml`]: [
        "image: rbc.local/busybox:1",
        "network_mode: none",
        'command: ["/bin/busybox", "ip", "-o", "addr"]',
      ].join("\n"),
    });
    expect((await runRbc(["build", "--rootfs"], { cwd: root })).exitCode).toBe(0);
    const id = await idOf(root, names.none);
    const run = await runRbc(["run", `bundles/${names.none}`], { cwd: root });
    expect(run.exitCode).toBe(0);
    const interfaces = new Set(
      run.stdout
        .split("\n")
        .filter((line) => line !== "")
        .map((line) => line.split(/\s+/)[1]),
    );
    expect([...interfaces]).toEqual(["lo"]);
    expect(run.stdout).toContain("inet 127.0.0.1/8");
    expect(existsSync(`/run/rbc/${id}`)).toBe(false);
  });

  it("reaches the host's own address through the bridge's default route", async () => {
    // The host's address on its default route, not on rbc0: the packet leaves by the gateway.
    const route = (await exec("ip", ["-4", "route", "get", "1.1.1.1"])).stdout;
    const hostAddress = /\bsrc (\S+)/.exec(route)?.[1] ?? "";
    expect(hostAddress).not.toBe("");
    const server = createHttpServer((_request, response) => {
      response.end("from the host\n");
    });
    await new Promise<void>((done) => server.listen(basePort + 5, hostAddress, done));
    try {
      const root = await scratchProject({
        [`bundles/${names.out}/bundle.yaml`]: [
          "image: rbc.local/busybox:1",
          `command: ["/bin/busybox", "wget", "-q", "-O", "-", "http://${hostAddress}:${basePort + 5}/"]`,
        ].join("\n"),
      });
      expect((await runRbc(["build", "--rootfs"], { cwd: root })).exitCode).toBe(0);
      await idOf(root, names.out);
      const run = await runRbc(["run", `bundles/${names.out}`], { cwd: root });
      expect(run.stdout).toBe("from the host\n");
      expect(run.exitCode).toBe(0);
    } finally {
      server.close();
    }
  });

  it("reaches another network through outbound NAT, past a FORWARD DROP policy", async () => {
    // "Outside": a network namespace behind a veth, 198.51.100.0/24 (TEST-NET-2), with no route
    // back to rbc's subnet. Its server answers with the peer address it saw: the host's, when
    // the bridge masqueraded the container's connection.
    const outside = `rbc-outside-${suffix}`;
    const [hostEnd, outsideEnd] = [`rbco${process.pid % 100000}`, `rbci${process.pid % 100000}`];
    const ip = (...args: string[]) => exec("ip", args);
    await ip("netns", "add", outside);
    let server: ReturnType<typeof spawn> | undefined;
    try {
      await ip("link", "add", hostEnd, "type", "veth", "peer", "name", outsideEnd);
      await ip("link", "set", outsideEnd, "netns", outside);
      await ip("addr", "add", "198.51.100.1/24", "dev", hostEnd);
      await ip("link", "set", hostEnd, "up");
      await ip("-n", outside, "addr", "add", "198.51.100.2/24", "dev", outsideEnd);
      await ip("-n", outside, "link", "set", outsideEnd, "up");
      await ip("-n", outside, "link", "set", "lo", "up");
      server = spawn(
        "ip",
        [
          "netns",
          "exec",
          outside,
          process.execPath,
          "-e",
          "require('http').createServer((q, r) => r.end(q.socket.remoteAddress + '\\n')).listen(8000, '198.51.100.2', () => console.log('up'))",
        ],
        { stdio: ["ignore", "pipe", "inherit"] },
      );
      const listening = server.stdout;
      await new Promise<void>((done) =>
        listening?.once("data", () => {
          done();
        }),
      );
      expect((await exec("iptables", ["-S", "FORWARD"])).stdout).toContain("-P FORWARD DROP");
      const root = await scratchProject({
        [`bundles/${names.nat}/bundle.yaml`]: [
          "image: rbc.local/busybox:1",
          // (no -T: busybox-static's wget crashes with it; the test's timeout bounds the wait)
          'command: ["/bin/busybox", "wget", "-q", "-O", "-", "http://198.51.100.2:8000/"]',
        ].join("\n"),
      });
      expect((await runRbc(["build", "--rootfs"], { cwd: root })).exitCode).toBe(0);
      await idOf(root, names.nat);
      const run = await runRbc(["run", `bundles/${names.nat}`], { cwd: root });
      expect(run.stderr).toBe("");
      expect(run.stdout).toBe("198.51.100.1\n");
      expect(run.exitCode).toBe(0);
    } finally {
      server?.kill();
      await ip("link", "del", hostEnd).catch(() => undefined);
      await ip("netns", "del", outside).catch(() => undefined);
    }
  });

  it("shares the host's network with network_mode host", async () => {
    const root = await scratchProject({
      [`bundles/${names.host}/bundle.yaml`]: [
        "image: rbc.local/busybox:1",
        "network_mode: host",
        'command: ["/bin/busybox", "ip", "-o", "link"]',
      ].join("\n"),
    });
    expect((await runRbc(["build", "--rootfs"], { cwd: root })).exitCode).toBe(0);
    const id = await idOf(root, names.host);
    const run = await runRbc(["run", `bundles/${names.host}`], { cwd: root });
    expect(run.exitCode).toBe(0);
    const linkNames = (text: string) =>
      text
        .split("\n")
        .filter((line) => line !== "")
        .map((line) => line.split(":")[1]?.trim().split("@")[0])
        .sort();
    const host = (await exec("ip", ["-o", "link"])).stdout;
    expect(linkNames(run.stdout)).toEqual(linkNames(host));
    expect(existsSync(`/run/rbc/${id}`)).toBe(false);
  });

  it("rolls back when the hook itself fails under plain runc (port taken after the check)", async () => {
    const port = basePort + 4;
    const root = await scratchProject({
      [`bundles/${names.hook}/bundle.yaml`]: webOverlay([`${port}:80`]),
    });
    expect((await runRbc(["build", "--rootfs"], { cwd: root })).exitCode).toBe(0);
    const id = await idOf(root, names.hook);
    // Run once through rbc so its hook launcher exists, then drive runc directly as a user may.
    expect((await runRbc(["run", "-d", `bundles/${names.hook}`], { cwd: root })).exitCode).toBe(0);
    expect(await fetchText(`http://127.0.0.1:${port}/`)).toBe("hello from rbc\n");
    expect((await runRbc(["stop", `bundles/${names.hook}`], { cwd: root })).exitCode).toBe(0);

    // A second container of the same bundle (another id, plain runc) is refused while it runs.
    expect((await runRbc(["run", "-d", `bundles/${names.hook}`], { cwd: root })).exitCode).toBe(0);
    const withRbc = { ...process.env, PATH: hookPath() };
    const bundleDir = `${root}/bundles/${names.hook}`;
    const twin = exec("runc", ["run", "--detach", "--bundle", bundleDir, `twin-${suffix}`], {
      env: withRbc,
    });
    await expect(twin).rejects.toThrow(`bundle ${id} is already running as container ${id}`);
    await exec("runc", ["delete", "--force", `twin-${suffix}`], { env: withRbc }).catch(
      () => undefined,
    );
    expect(await fetchText(`http://127.0.0.1:${port}/`)).toBe("hello from rbc\n");
    expect((await runRbc(["stop", `bundles/${names.hook}`], { cwd: root })).exitCode).toBe(0);

    const server = await listen(port);
    const leasesBefore = (await hostTraces()).leases;
    try {
      const env = { ...process.env, PATH: hookPath() };
      const bundle = `${root}/bundles/${names.hook}`;
      const runc = exec("runc", ["run", "--detach", "--bundle", bundle, id], { env });
      await expect(runc).rejects.toThrow(/already in use/);
      expect((await hostTraces()).runc).not.toContain(id);
      expect(existsSync(`/run/rbc/${id}`)).toBe(false);
      expect((await hostTraces()).leases).toEqual(leasesBefore);
    } finally {
      server.close();
    }
  });

  it("joins a running bundle's network with network_mode container:NAME", async () => {
    // Building a joiner resolves its donor on the engine, as docker run does; at run time the
    // donor is the rbc bundle of that name beside it, pinned under /run/rbc/<its id>/.
    dockerContainers.push(
      await createContainer(["--name", names.donor, "rbc.local/busybox:1", "true"]),
    );
    const root = await scratchProject({
      [`bundles/${names.donor}/bundle.yaml`]: webOverlay([]),
      [`bundles/${names.joiner}/bundle.yaml`]: [
        "image: rbc.local/busybox:1",
        `network_mode: container:${names.donor}`,
        'command: ["/bin/busybox", "wget", "-q", "-O", "-", "http://127.0.0.1/"]',
      ].join("\n"),
    });
    expect((await runRbc(["build", "--rootfs"], { cwd: root })).exitCode).toBe(0);
    const [donorId, joinerId] = [await idOf(root, names.donor), await idOf(root, names.joiner)];
    const joinerConfig = await readFile(`${root}/bundles/${names.joiner}/config.json`, "utf8");
    expect(joinerConfig).toContain(`"/run/rbc/${donorId}/ns/net"`);
    const early = await runRbc(["run", `bundles/${names.joiner}`], { cwd: root });
    expect(early.exitCode).toBe(3);
    expect(early.stderr).toContain(`running as ${donorId}) is not running`);
    expect((await runRbc(["run", "-d", `bundles/${names.donor}`], { cwd: root })).exitCode).toBe(0);
    try {
      const joined = await runRbc(["run", `bundles/${names.joiner}`], { cwd: root });
      expect(joined.stdout).toBe("hello from rbc\n");
      expect(joined.exitCode).toBe(0);
      // The joiner's own hooks pin nothing of their own once it is gone.
      expect(existsSync(`/run/rbc/${joinerId}`)).toBe(false);
    } finally {
      expect((await runRbc(["stop", `bundles/${names.donor}`], { cwd: root })).exitCode).toBe(0);
    }
    expect(existsSync(`/run/rbc/${donorId}`)).toBe(false);
  });
});
