import { execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { gitRepository } from "../helpers/git-repository.ts";
import {
  builtContainerId,
  forceDeleteContainer,
  hookPath,
  runRbc,
  scratchProject,
} from "../helpers/run-rbc.ts";

/*
 * Container ids are per bundle directory: two repositories' same-named bundles run side by side,
 * and each rbc command acts on its own bundle's container only.
 */

const exec = promisify(execFile);
const suffix = `${String(process.pid)}-${Math.random().toString(16).slice(2, 8)}`;
const name = `ident-${suffix}`;
const port = 42000 + (process.pid % 8000);
const ids = new Set<string>();

afterAll(async () => {
  for (const id of ids) await forceDeleteContainer(id);
});

/** A bundle that sleeps as root, stopped at once (SIGKILL after 1 s: sleep ignores SIGTERM). */
function sleeper(extra: readonly string[] = []): string {
  return [
    "image: rbc.local/busybox:1",
    'command: ["sleep", "300"]',
    "stop_grace_period: 1s",
    ...extra,
    "",
  ].join("\n");
}

/** A git repository holding `bundles/<name>`, built with its rootfs; its root and the id. */
async function repository(message: string, overlay: string): Promise<{ root: string; id: string }> {
  const root = await gitRepository({ [`bundles/${name}/bundle.yaml`]: overlay }, message);
  const built = await runRbc(["build", "--rootfs"], { cwd: root });
  expect(built.stderr).not.toContain("error");
  expect(built.exitCode).toBe(0);
  const id = await builtContainerId(root, `bundles/${name}`);
  ids.add(id);
  return { root, id };
}

/**
 * `runc run --detach` as a user (or an older rbc) runs it, with this checkout's hooks; the
 * container keeps runc's stdio, so it gets none that rbc would wait on.
 */
function runDetached(bundle: string, id: string): Promise<void> {
  return new Promise((done, fail) => {
    const env = { ...process.env, PATH: hookPath() };
    const runc = spawn("runc", ["run", "--detach", "--bundle", bundle, id], {
      env,
      stdio: "ignore",
    });
    runc.on("error", fail);
    runc.on("exit", (code) => {
      if (code === 0) done();
      else fail(new Error(`runc run --detach ${id} exited ${String(code)}`));
    });
  });
}

async function status(id: string): Promise<string | undefined> {
  try {
    return (JSON.parse((await exec("runc", ["state", id])).stdout) as { status: string }).status;
  } catch {
    return undefined;
  }
}

interface PsRow {
  readonly id: string;
  readonly status: string;
  readonly bundle: string;
}

async function ps(cwd: string): Promise<PsRow[]> {
  const listed = await runRbc(["ps", "--json"], { cwd });
  expect(listed.exitCode).toBe(0);
  return JSON.parse(listed.stdout) as PsRow[];
}

describe("container ids per bundle directory", () => {
  it("runs two repositories' same-named bundles at once, and each rbc stop stops only its own", async () => {
    const one = await repository("repository one", sleeper());
    const two = await repository("repository two", sleeper());
    expect(one.id).toMatch(new RegExp(`^rbc-${name}-[0-9a-f]{8}$`));
    expect(two.id).toMatch(new RegExp(`^rbc-${name}-[0-9a-f]{8}$`));
    expect(one.id).not.toBe(two.id);

    const runOne = await runRbc(["run", "-d", `bundles/${name}`], { cwd: one.root });
    expect(runOne.stdout).toBe(`${one.id}\n`);
    const runTwo = await runRbc(["run", "-d", `bundles/${name}`], { cwd: two.root });
    expect(runTwo.stderr).toBe("");
    expect(runTwo.stdout).toBe(`${two.id}\n`);

    const rows = await ps(one.root);
    expect(rows.find((row) => row.id === one.id)).toMatchObject({
      status: "running",
      bundle: join(one.root, "bundles", name),
    });
    expect(rows.find((row) => row.id === two.id)).toMatchObject({
      status: "running",
      bundle: join(two.root, "bundles", name),
    });
    const table = (await runRbc(["ps"], { cwd: one.root })).stdout;
    expect(table.split("\n")[0]).toMatch(/BUNDLE$/);
    expect(table).toContain(join(one.root, "bundles", name));
    expect(table).toContain(join(two.root, "bundles", name));

    const stopOne = await runRbc(["stop", `bundles/${name}`], { cwd: one.root });
    expect(stopOne.exitCode).toBe(0);
    expect(stopOne.stderr).toContain(`${one.id} stopped and deleted`);
    expect(await status(one.id)).toBeUndefined();
    expect(await status(two.id)).toBe("running");
    expect(existsSync(`/run/rbc/${two.id}/ns/net`)).toBe(true);

    const stopTwo = await runRbc(["stop", `bundles/${name}`], { cwd: two.root });
    expect(stopTwo.stderr).toContain(`${two.id} stopped and deleted`);
    expect(await status(two.id)).toBeUndefined();
    expect(existsSync(`/run/rbc/${two.id}`)).toBe(false);
  });

  it("still refuses the same published host port, naming the bundle that has it", async () => {
    const one = await repository("ports one", sleeper([`ports: ["${String(port)}:80"]`]));
    const two = await repository("ports two", sleeper([`ports: ["${String(port)}:80"]`]));
    expect((await runRbc(["run", "-d", `bundles/${name}`], { cwd: one.root })).exitCode).toBe(0);
    try {
      const clash = await runRbc(["run", "-d", `bundles/${name}`], { cwd: two.root });
      expect(clash.exitCode).toBe(3);
      expect(clash.stderr).toContain(
        `host port ${String(port)}/tcp is already in use (published by rbc bundle ${join(one.root, "bundles", name)}, running as ${one.id})`,
      );
      expect(await status(two.id)).toBeUndefined();
    } finally {
      expect((await runRbc(["stop", `bundles/${name}`], { cwd: one.root })).exitCode).toBe(0);
    }
  });

  it("leaves the container of another clone holding the same id alone", async () => {
    const origin = await repository("cloned", sleeper());
    const clone = join(await scratchProject({}), "clone");
    await exec("git", ["clone", "-q", origin.root, clone]);
    expect((await runRbc(["build", "--rootfs"], { cwd: clone })).exitCode).toBe(0);
    // Clones share ids, as Compose's project name makes them share container names.
    expect(await builtContainerId(clone, `bundles/${name}`)).toBe(origin.id);
    expect((await runRbc(["run", "-d", `bundles/${name}`], { cwd: origin.root })).exitCode).toBe(0);
    try {
      const run = await runRbc(["run", "-d", `bundles/${name}`], { cwd: clone });
      expect(run.exitCode).toBe(3);
      expect(run.stderr).toContain(
        `the container id ${origin.id} is in use by the bundle ${join(origin.root, "bundles", name)}`,
      );
      const stop = await runRbc(["stop", `bundles/${name}`], { cwd: clone });
      expect(stop.exitCode).toBe(0);
      expect(stop.stderr).toContain(
        `${origin.id} is not this bundle's: it runs ${join(origin.root, "bundles", name)}; left alone`,
      );
      expect(await status(origin.id)).toBe("running");
    } finally {
      expect((await runRbc(["stop", `bundles/${name}`], { cwd: origin.root })).exitCode).toBe(0);
    }
  });

  it("runs a bundle as its container_name", async () => {
    const containerName = `rbc-e2e-named-${suffix}`;
    ids.add(containerName);
    const { root, id } = await repository("named", sleeper([`container_name: ${containerName}`]));
    expect(id).toBe(containerName);
    const run = await runRbc(["run", "-d", `bundles/${name}`], { cwd: root });
    expect(run.stdout).toBe(`${containerName}\n`);
    expect(await status(containerName)).toBe("running");
    expect(existsSync(`/run/rbc/${containerName}/ns/net`)).toBe(true);
    expect((await ps(root)).find((row) => row.id === containerName)?.bundle).toBe(
      join(root, "bundles", name),
    );
    const stop = await runRbc(["stop", `bundles/${name}`], { cwd: root });
    expect(stop.stderr).toContain(`${containerName} stopped and deleted`);
    expect(await status(containerName)).toBeUndefined();
  });
});

describe("a container an older rbc started as rbc-<name>", () => {
  it("is found by rbc run, ps and stop of its bundle directory, and only of it", async () => {
    const legacyId = `rbc-${name}`;
    ids.add(legacyId);
    const { root, id } = await repository("upgraded", sleeper());
    const other = await repository("another repository", sleeper());
    const dir = join(root, "bundles", name);
    // What the older rbc built and ran: no id annotation, the hooks and /run/rbc keyed by the
    // directory name, the container named rbc-<name>.
    const config = await readFile(join(dir, "config.json"), "utf8");
    await writeFile(
      join(dir, "config.json"),
      config.replaceAll(`"${id}"`, `"${name}"`).replace(/,\n\s*"rbc\.container-id": "[^"]*"/, ""),
    );
    expect(await readFile(join(dir, "config.json"), "utf8")).not.toContain("rbc.container-id");
    // Any rbc stop installs the hook launcher runc's PATH finds (hookPath).
    expect((await runRbc(["stop", `bundles/${name}`], { cwd: other.root })).exitCode).toBe(0);
    await runDetached(dir, legacyId);
    expect(existsSync(`/run/rbc/${name}/ns/net`)).toBe(true);
    // The upgrade: rbc build writes the new id into config.json.
    expect((await runRbc(["build", `bundles/${name}`], { cwd: root })).exitCode).toBe(0);
    expect(await builtContainerId(root, `bundles/${name}`)).toBe(id);

    const run = await runRbc(["run", "-d", `bundles/${name}`], { cwd: root });
    expect(run.exitCode).toBe(3);
    expect(run.stderr).toContain(`${legacyId} is already running, started by an older rbc`);
    expect(await status(id)).toBeUndefined();
    expect((await ps(root)).find((row) => row.id === legacyId)?.bundle).toBe(dir);

    // Another repository's bundle of the same name does not touch it.
    expect((await runRbc(["stop", `bundles/${name}`], { cwd: other.root })).exitCode).toBe(0);
    expect(await status(legacyId)).toBe("running");

    const stop = await runRbc(["stop", `bundles/${name}`], { cwd: root });
    expect(stop.exitCode).toBe(0);
    expect(stop.stderr).toContain(`${legacyId} (started by an older rbc) stopped and deleted`);
    expect(await status(legacyId)).toBeUndefined();
    expect(existsSync(`/run/rbc/${name}`)).toBe(false);

    const fresh = await runRbc(["run", "-d", `bundles/${name}`], { cwd: root });
    expect(fresh.stdout).toBe(`${id}\n`);
    expect((await runRbc(["stop", `bundles/${name}`], { cwd: root })).exitCode).toBe(0);
  });
});
